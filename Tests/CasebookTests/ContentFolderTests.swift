import Foundation
import Testing
@testable import CasebookKit

/// A content folder that holds files but none of an archive's (site.yml, the kind folders,
/// media/) is a mistyped `--content`: `casebook build --content .` run in the archive's own
/// folder built an empty site over the real one, with "Built 13 pages" and exit status 0.
/// It is a file problem now (exit status 2) that names the folder to pass; the output stays.
@Suite struct ContentFolderTests {
    static let notAnArchive = "error: does not look like an archive's content folder: it holds none of site.yml, cases/, people/, organizations/, pages/ or media/, so the site would be empty; pass --content with the archive's content folder"

    @Test func theArchivesOwnFolderIsNoContentFolder() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // Outside the archive's folder, which a build into would refuse on its own.
        let published = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-published-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: published) }
        let built = try CommandRun.run(["build", "--output", published.path], in: site.root)
        #expect(built.status == 0, "\(built.errors)")
        let before = SiteFixture.snapshot(published)
        #expect(!before.isEmpty)
        for (arguments, folder) in [(["build", "--content", ".", "--output", published.path], "."),
                                    (["check", "--content", "content/cases"], "content/cases")] {
            let run = try CommandRun.run(arguments, in: site.root)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.split(separator: "\n").first.map(String.init) == "\(folder):1:1: \(Self.notAnArchive), like --content content",
                    "\(arguments): \(run.errors)")
        }
        #expect(SiteFixture.snapshot(published) == before)
    }

    @Test func anEmptyFolderStillBuildsAnEmptySite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let loaded = ContentLoader.load(contentDirectory: site.root.appendingPathComponent("empty"), displayName: "empty")
        #expect(loaded.diagnostics.map(\.message) == ["no site.yml; using the default title and vocabularies"])
        let nested = ContentLoader.load(contentDirectory: site.root, displayName: "archive")
        let message = String(Self.notAnArchive.dropFirst("error: ".count)) + ", like --content archive/content"
        #expect(nested.diagnostics.map(\.message) == [message])
        #expect(nested.diagnostics.allSatisfy { $0.isIO })
    }
}
