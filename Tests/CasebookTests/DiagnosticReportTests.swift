import Foundation
import Testing
@testable import CasebookKit

/// Every diagnostic is one line in `text` and `github` output, whatever its file name or
/// message holds: a value cannot forge a line, colour the terminal or ring its bell.
@Suite struct DiagnosticReportTests {
    static let hostile = "a\nx.md:1:1: error: forged\u{1B}[31m\u{7}\r\u{0}\u{9B}\u{2028}\u{202E}z"

    @Test func controlCharactersAreShownAsEscapes() {
        #expect(VisibleText.escape("plain 'text' — Қамбарова") == "plain 'text' — Қамбарова")
        #expect(VisibleText.escape(Self.hostile)
            == #"a\nx.md:1:1: error: forged\u{1B}[31m\u{7}\r\u{0}\u{9B}\u{2028}\u{202E}z"#)
        #expect(VisibleText.escape("tab\there\u{7F}") == #"tab\there\u{7F}"#)
    }

    @Test func textIsOneLinePerDiagnostic() {
        let report = DiagnosticReport([
            Diagnostic(.error, "content/cases/\(Self.hostile).md", SourcePosition(line: 3, column: 4), "'\(Self.hostile)' is wrong"),
            Diagnostic(.warning, "content/site.yml", .start, "fine"),
        ])
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0] == #"content/cases/a\nx.md:1:1: error: forged\u{1B}[31m\u{7}\r\u{0}\u{9B}\u{2028}\u{202E}z.md:3:4: error: 'a\nx.md:1:1: error: forged\u{1B}[31m\u{7}\r\u{0}\u{9B}\u{2028}\u{202E}z' is wrong"#)
        #expect(!report.text.unicodeScalars.contains { VisibleText.needsEscape($0) && $0 != "\n" })
    }

    @Test func githubAnnotationsAreOneLineEach() {
        let report = DiagnosticReport([Diagnostic(.error, "c/\(Self.hostile),:.md", .start, "bad \(Self.hostile) 100%")])
        #expect(report.github == #"::error file=c/a\nx.md%3A1%3A1%3A error%3A forged\u{1B}[31m\u{7}\r\u{0}\u{9B}\u{2028}\u{202E}z%2C%3A.md,line=1,col=1::bad a\nx.md:1:1: error: forged\u{1B}[31m\u{7}\r\u{0}\u{9B}\u{2028}\u{202E}z 100%25"# + "\n")
    }

    @Test func jsonKeepsValuesExactInsideTheirStrings() throws {
        let report = DiagnosticReport([Diagnostic(.error, "c/\(Self.hostile).md", .start, "bad \(Self.hostile)")])
        let json = report.json
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != " " })
        // Line breaks only between members: no value breaks a line.
        #expect(json.split(separator: "\n").allSatisfy { !$0.contains("forged") || $0.contains("\"file\"") || $0.contains("\"message\"") })
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entry = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["file"] as? String == "c/\(Self.hostile).md")
        #expect(entry["message"] as? String == "bad \(Self.hostile)")
    }

    /// A file whose name holds ESC and a newline, in a real check: the message names it escaped.
    @Test func fileNamesWithControlCharactersAreEscaped() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/bad\u{1B}[2J\nname.md", "---\ntitle: T\n---\n")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        let text = DiagnosticReport(result.diagnostics).text
        #expect(text.contains(#"content/cases/bad\u{1B}[2J\nname.md:1:1: error: "#), "\(text)")
        #expect(!text.contains("\u{1B}"))
        #expect(text.split(separator: "\n").count == result.diagnostics.count)
    }

    /// A value may hold a line break; quoted in a message it shows as \n, in text and in annotations.
    @Test func aLineBreakInAValueCannotForgeADiagnostic() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced",
                         with: #"status: "sentencd\ncontent/cases/x.md:1:1: error: forged\r\tz""#)
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        let report = DiagnosticReport(result.diagnostics)
        #expect(report.text.split(separator: "\n").count == 1)
        #expect(report.text.hasPrefix(#"content/cases/qambarova-2021.md:4:9: error: 'sentencd\ncontent/cases/x.md:1:1: error: forged\r\tz' is not one of the site's statuses"#), "\(report.text)")
        #expect(report.github.split(separator: "\n").count == 1)
        #expect(report.github.contains(#"::'sentencd\ncontent/cases/x.md:1:1: error: forged\r\tz' is not one"#))
    }
}
