import Foundation
import Testing
@testable import CasebookKit

/// A file git left mid-merge (a pull, a rebase, a merge of an editor's branch that both
/// changed one line) is an error at its first marker line, never a page that shows both
/// versions and the markers, nor a YAML message about a colon.
@Suite struct ConflictMarkerTests {
    static func find(_ text: String) -> ConflictMarkers.Found? {
        var text = text
        return text.withUTF8(ConflictMarkers.find)
    }

    @Test func aConflictIsFoundAtItsOpeningMarkerWithItsLastLine() {
        let text = "---\ntitle: A\n---\nOne.\n<<<<<<< HEAD\nTwo.\n=======\nThree.\n>>>>>>> branch\nFour.\n"
        #expect(Self.find(text) == ConflictMarkers.Found(offset: 22, line: 5, endLine: 9, count: 1))
        // At the very start of a file (both sides added it), in diff3 style, and counted.
        let start = "<<<<<<< HEAD\n---\n||||||| base\n=======\n---\n>>>>>>>\nA\n<<<<<<< ours\nB\n=======\nC\n>>>>>>> theirs"
        #expect(Self.find(start) == ConflictMarkers.Found(offset: 0, line: 1, endLine: 6, count: 2))
        // Lines ended by CR LF, as a theme's files are read.
        #expect(Self.find("<<<<<<< HEAD\r\nA\r\n=======\r\nB\r\n>>>>>>> x\r\n") == ConflictMarkers.Found(offset: 0, line: 1, endLine: 5, count: 1))
    }

    @Test func textThatOnlyLooksLikeMarkersIsNotAConflict() {
        #expect(Self.find("---\ntitle: A\n---\nNo conflict here.\n") == nil)
        // Eight of a mark, a mark not at the line's start, or a marker missing is not git's.
        #expect(Self.find("<<<<<<<< HEAD\nA\n=======\nB\n>>>>>>> x\n") == nil)
        #expect(Self.find("x <<<<<<< HEAD\nA\n=======\nB\n>>>>>>> x\n") == nil)
        #expect(Self.find("<<<<<<< HEAD\nA\n======= B\n>>>>>>> x\n") == nil)
        #expect(Self.find("<<<<<<< HEAD\nA\n=======\nB\n") == nil)
        #expect(Self.find("<<<<<<<HEAD\nA\n=======\nB\n>>>>>>> x\n") == nil)
        // A Markdown rule of seven `=` under a paragraph, with no markers around it.
        #expect(Self.find("Title\n=======\n\nText.\n") == nil)
    }

    @Test func aConflictInTheBodyIsAnErrorAndTheSiteIsNotBuilt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/vladimir-kozlov.md", "\n---\n", with: "\n---\n<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> edit\n")
        let result = site.build()
        #expect(result.exitStatus == 1)
        let conflicts = result.diagnostics.filter { $0.message.hasPrefix("an unresolved git merge conflict") }
        #expect(conflicts.map(\.file) == ["content/people/vladimir-kozlov.md"])
        #expect(FileManager.default.fileExists(atPath: site.output.path) == false)
    }

    @Test func aConflictInFrontMatterIsOneMessageNotAYAMLError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/kozlov-2012.md", "status: released\n",
                         with: "<<<<<<< HEAD\nstatus: released\n=======\nstatus: serving\n>>>>>>> 4f0c2a1 (Update the status)\n")
        let result = site.build()
        #expect(result.exitStatus == 1)
        let messages = result.diagnostics.filter { $0.file == "content/cases/kozlov-2012.md" }.map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("an unresolved git merge conflict: lines") == true, "\(messages)")
    }

    /// A theme's template or catalogue in conflict would put the markers on every page, or
    /// give a YAML message; the catalogue is one message too.
    @Test func aConflictInTheThemeIsAnErrorAtItsMarker() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let page = try site.read("templates/page.mustache")
        try site.write("templates/page.mustache", "<<<<<<< HEAD\n" + page + "=======\n" + page + ">>>>>>> theme\n")
        let catalogue = try site.read("templates/i18n/en.yml")
        try site.write("templates/i18n/en.yml", "# words\n<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> theme\n" + catalogue)
        let result = site.build()
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.filter { $0.severity == .error }.map { "\($0.file):\($0.position.line)" }.sorted()
                == ["templates/i18n/en.yml:2", "templates/page.mustache:1"], "\(result.diagnostics)")
        #expect(result.diagnostics.allSatisfy { $0.severity != .error || $0.message.hasPrefix("an unresolved git merge conflict") })
    }
}
