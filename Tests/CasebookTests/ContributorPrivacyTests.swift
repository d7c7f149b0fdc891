import Foundation
import Testing
@testable import CasebookKit

/// Who edited the archive is not published: built inside a git repository whose commits
/// carry a telling author and committer (one message naming the author), no output byte
/// of the three-language sample holds their name or address.
@Suite struct ContributorPrivacyTests {
    @Test func noAuthorNameOrAddressReachesAnyOutput() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let git = try GitRepository.initialized(at: site.root)
        try git.commitAll("Add the archive", on: "2024-01-10")
        // A second commit, so the dates come from git for an edited file too.
        try site.replace("content/cases/qambarova-2021.md", "updated: 2021-03-04\n", with: "")
        try git.commitAll("Edit by \(GitRepository.author)", on: "2024-02-20")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-contributors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: output.path, relativeTo: site.root))
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(!SiteFixture.snapshot(output).isEmpty)
        let found = ProtectedOutputTests.occurrences(of: ["quillon", "vexmoor", "contributor.invalid"], in: output)
        #expect(found.isEmpty, "\(found)")
        // The build did read git: the edited case is dated by its commit, and its history
        // shows the message without the author's name.
        let page = try String(contentsOf: output.appendingPathComponent("cases/qambarova-2021/index.html"), encoding: .utf8)
        #expect(page.contains(#"<time datetime="2024-02-20">20 February 2024</time>: <bdi>Edit by …</bdi>"#))
    }

    /// Everyone else the log names, in every place git keeps them: a second line of a
    /// message, a trailer, a maintainer who only merges, a `.mailmap` spelling; and a
    /// message's control characters, which would be written into pages raw.
    @Test func noNameTheLogHoldsReachesAnyOutput() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let git = try GitRepository.initialized(at: site.root)
        try site.write(".mailmap", "Xandra Mapspelling <xm@mapped.invalid> Quillon Vexmoor <quillon.vexmoor@contributor.invalid>\n")
        try git.commitAll("Add the archive\nas asked by Quentin Secretname\n\nCo-authored-by: Ritazz Zzhidden <rz@zz.invalid>", on: "2024-01-10")
        try git.run(["checkout", "-q", "-b", "topic"])
        try site.replace("content/cases/qambarova-2021.md", "updated: 2021-03-04\n", with: "")
        try git.commitAll("Edit a date", on: "2024-01-11")
        try git.run(["checkout", "-q", "main"])
        try git.run(["merge", "-q", "--no-ff", "-m", "Merge topic", "topic"], date: "2024-01-12T12:00:00+00:00",
                    as: .init(name: "Maria Mergewell", email: "mm@merge.invalid"))
        try site.replace("content/cases/qambarova-2021.md", "Two years of", with: "Two full years of")
        try git.commitAll("Approved by Mergewell, thanks Ritazz, Mapspelling and ritazz \u{1B}[31m\u{1}", on: "2024-02-01")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let found = ProtectedOutputTests.occurrences(of: ["quillon", "vexmoor", "mapspelling", "secretname", "zzhidden", "ritazz", "mergewell", "zz.invalid", "\u{1B}", "\u{1}"], in: site.output)
        #expect(found.isEmpty, "\(found)")
        let page = try site.read("public/cases/qambarova-2021/index.html")
        #expect(page.contains("<bdi>Approved by … thanks … and … [31m</bdi>"))
    }
}
