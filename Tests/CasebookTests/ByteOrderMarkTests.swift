import Foundation
import Testing
@testable import CasebookKit

/// Files saved with a UTF-8 byte order mark (Windows Notepad writes one), with LF or CRLF
/// line ends, build and are checked exactly like the same files without it.
@Suite struct ByteOrderMarkTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let files = ["content/cases/qambarova-2021.md", "content/people/nazira-lesova.md", "content/site.yml"]

    /// The file rewritten with a BOM in front, its line ends CRLF when `crlf`.
    static func addBOM(_ fixture: SiteFixture, _ path: String, crlf: Bool) throws {
        let url = fixture.root.appendingPathComponent(path)
        var text = try String(contentsOf: url, encoding: .utf8)
        if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        try Data(bom + Array(text.utf8)).write(to: url)
    }

    @Test(arguments: [false, true])
    func aCaseAPersonAndSiteYmlWithABOMBuildTheSameSite(crlf: Bool) throws {
        let plain = try SiteFixture(), marked = try SiteFixture()
        defer { plain.remove(); marked.remove() }
        for path in Self.files { try Self.addBOM(marked, path, crlf: crlf) }
        let plainResult = plain.build(), markedResult = marked.build()
        #expect(plainResult.succeeded && plainResult.diagnostics.isEmpty, "\(plainResult.diagnostics)")
        #expect(markedResult.succeeded && markedResult.diagnostics.isEmpty, "\(markedResult.diagnostics)")
        let before = SiteFixture.snapshot(plain.output), after = SiteFixture.snapshot(marked.output)
        #expect(before.count > 30)
        #expect(Set(before.keys) == Set(after.keys))
        for (path, data) in before where path != OutputGuard.markerName {
            #expect(after[path] == data, "\(path) differs when the sources have a BOM (crlf: \(crlf))")
        }
    }

    /// A case whose lines begin with Kazakh letters: with CRLF line ends this takes the
    /// decoding path that does not remove CRs in place.
    static let kazakhCase = """
        ---
        title: Қазақ тілі
        status: trial
        region: Zhambyl\u{200B}Region
        people: [nazira-lesova]
        sources:
          - {id: s, title: Есеп, url: 'https://example.org/x'}
        ---
        Қазақ body.

        Әлем \u{07} bell.

        """

    @Test(arguments: [false, true])
    func errorsInABOMFileAreAtTheSameLineAndColumn(crlf: Bool) throws {
        let plain = try SiteFixture(), marked = try SiteFixture()
        defer { plain.remove(); marked.remove() }
        for fixture in [plain, marked] {
            try fixture.write("content/cases/kazakh-2022.md", Self.kazakhCase)
            let person = "content/people/nazira-lesova.md"
            try fixture.write(person, try fixture.read(person) + "\nБір \u{07} bell.\n")
        }
        try Self.addBOM(marked, "content/cases/kazakh-2022.md", crlf: crlf)
        try Self.addBOM(marked, "content/people/nazira-lesova.md", crlf: crlf)
        let expected = plain.build().diagnostics.map(\.description)
        #expect(expected.contains { $0.hasPrefix("content/cases/kazakh-2022.md:4:16: error:") }, "\(expected)")
        #expect(expected.contains { $0.hasPrefix("content/cases/kazakh-2022.md:11:6: error:") }, "\(expected)")
        #expect(expected.contains { $0.contains("nazira-lesova.md:") && $0.contains("U+0007") }, "\(expected)")
        #expect(marked.build().diagnostics.map(\.description) == expected)
    }

    @Test func aFileThatIsNotFrontMatterIsReportedAtTheStartWithOrWithoutABOM() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try Data(Self.bom + Array("title: T\r\n".utf8)).write(to: fixture.content.appendingPathComponent("cases/x-2022.md"))
        let errors = fixture.build().errors
        #expect(errors.map(\.position) == [.start])
        #expect(errors.first?.message.contains("expected front matter") == true)
    }
}
