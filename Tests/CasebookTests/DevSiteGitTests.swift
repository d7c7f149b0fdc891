import Foundation
import Testing
@testable import CasebookKit

/// The dev server reads git as `build` does, again before each full link: an edit made while
/// it runs is an uncommitted change (no build stamp, as `build` of that tree), and a commit
/// made while it runs, with no file of the archive changed, is seen within a second or two
/// (the new stamp, the page's history). Every file still equals the build's.
@Suite(.serialized) struct DevSiteGitTests {
    static func stamp(_ commit: String) -> String {
        #"<data value="\#(commit)">Built from version \#(commit.prefix(7))"#
    }

    @Test func anEditAndACommitWhileServingShowAsTheBuildShowsThem() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let git = try GitRepository.initialized(at: fixture.root)
        try fixture.write(".gitignore", "built-*\n")
        try git.commitAll("Add the archive", on: "2024-01-10")
        let first = try git.run(["rev-parse", "HEAD"])
        let site = DevSite(options: DevSiteTests.options(fixture))
        func page(_ path: String = "cases/qambarova-2021/index.html") -> String {
            String(decoding: site.file(at: path) ?? [], as: UTF8.self)
        }
        #expect(page().contains(Self.stamp(first)))
        try DevSiteTests.expectSameAsBuild(site, fixture)

        // An edit: the site is no longer the commit's, so no page names it.
        try fixture.replace("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova",
                            with: "title: Taraz court sentences Qambarova again")
        site.changed([fixture.content.appendingPathComponent("cases/qambarova-2021.md").path])
        site.settle()
        #expect(page().contains("Taraz court sentences Qambarova again"))
        #expect(!page().contains("Built from version"))
        #expect(!page("index.html").contains("Built from version"))
        try DevSiteTests.expectSameAsBuild(site, fixture)

        // The edit committed: nothing under content/ changes, git's own files do.
        try git.commitAll("Retitle the Taraz case", on: "2024-02-20")
        let second = try git.run(["rev-parse", "HEAD"])
        let deadline = Date().addingTimeInterval(10)
        while !page().contains(Self.stamp(second)), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        site.settle()
        #expect(page().contains(Self.stamp(second)))
        #expect(page().contains("Retitle the Taraz case"))
        #expect(page().contains(#"<dt>Last updated</dt><dd><time datetime="2021-03-04">"#))  // front matter `updated` wins
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    /// Without git nothing is polled or read again, and nothing moves.
    @Test func withoutGitNothingMoves() {
        let memory = GitLogMemory()
        #expect(!memory.moved())
        #expect(memory.read(at: "abc", prefix: "content/") == nil)
    }
}
