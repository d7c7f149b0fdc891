import Foundation
import Testing
@testable import CasebookKit

/// Messages an editor met: an unquoted colon in a value is reported at the colon with the
/// value quoted, and a date written without a leading zero gets its two-digit form.
/// (Each has a fixture too: `yaml-colon-*`, `yaml-unquoted-colon-in-value`, `date-without-leading-zero`.)
@Suite struct EditorMessageTests {
    /// The messages of one case file's front matter.
    static func messages(_ frontMatter: String) -> [String] {
        let info = DocumentInfo(kind: .cases, id: "x", path: "content/cases/x.md")
        var reader = FieldReader(file: info.path)
        _ = ContentParser.parse(text: "---\n" + frontMatter + "---\n", info: info, site: SiteConfig(), reader: &reader)
        return reader.diagnostics.items.map(\.description)
    }

    @Test func aColonInsideBracesIsReportedAtTheColon() {
        #expect(Self.messages("title: x\nsentence:\n  - {type: fine, note: tenge: paid}\n").first
                    == ##"content/cases/x.md:4:29: error: a ':' inside '{…}' starts a new key; put the value in quotes: note: "tenge: paid""##)
        #expect(Self.messages("title: {title: Kazakhstan: activist sentenced}\n").first
                    == ##"content/cases/x.md:2:26: error: a ':' inside '{…}' starts a new key; put the value in quotes: title: "Kazakhstan: activist sentenced""##)
        // A quote in the value is escaped in the suggestion.
        #expect(Self.messages("a: {note: the \"Koshe\": party}\n").first
                    == ##"content/cases/x.md:2:22: error: a ':' inside '{…}' starts a new key; put the value in quotes: note: "the \"Koshe\": party""##)
    }

    @Test func aColonInsideBracketsQuotesTheItem() {
        #expect(Self.messages("tags: [x, a: b: c]\n").first
                    == ##"content/cases/x.md:2:15: error: a ':' inside '[…]' starts a new key; put the item in quotes: "a: b: c""##)
        // One colon is valid YAML, a mapping among texts: the reader quotes it.
        #expect(Self.messages("title: x\ntags: [x, a: b]\n").contains(
            ##"content/cases/x.md:3:11: error: expected text for 'tags', found a mapping (key: value); if the value contains ': ', put it in quotes: "a: b""##))
    }

    @Test func aSecondColonOnALineQuotesTheValue() {
        #expect(Self.messages("title: Kazakhstan: activist sentenced\n").first
                    == ##"content/cases/x.md:2:18: error: a second ': ' on this line makes the value a key; put the value in quotes: title: "Kazakhstan: activist sentenced""##)
        #expect(Self.messages("people:\n  - note: tenge: paid\n").first
                    == ##"content/cases/x.md:3:16: error: a second ': ' on this line makes the value a key; put the value in quotes: note: "tenge: paid""##)
    }

    /// A comma left out looks the same to YAML: the message offers both fixes.
    @Test func aLeftOutCommaIsOffered() {
        #expect(Self.messages("roles: {defendant: Defendant witness: Witness}\n").first
                    == ##"content/cases/x.md:2:37: error: a ':' inside '{…}' starts a new key; put the value in quotes: defendant: "Defendant witness: Witness", or, if 'witness' starts a new key, put a ',' before it"##)
    }

    /// A bracket left open keeps its message, at the bracket; so does bad indentation.
    @Test func otherMistakesKeepTheirMessages() {
        #expect(Self.messages("a: {b: c\nd: e\n").first == "content/cases/x.md:2:4: error: this '{' is never closed with '}'; close it after the last item")
        #expect(Self.messages("a: [b, c\nd: e\n").first == "content/cases/x.md:2:4: error: this '[' is never closed with ']'; close it after the last item")
        #expect(Self.messages("a: {b: c,\n  d: e\nf: g\n").first == "content/cases/x.md:2:4: error: this '{' is never closed with '}'; close it after the last item")
        #expect(Self.messages("title: x\n  summary: y\n").first?.hasPrefix("content/cases/x.md:3:10: error: invalid YAML: mapping values are not allowed") == true)
        // Quoted, the value is text.
        #expect(!Self.messages("title: \"Kazakhstan: x\"\n").contains { $0.contains("':'") })
    }

    /// A tab before a list's dash was told in libyaml's words; lines ended by CR alone as a
    /// file without front matter.
    @Test func aTabBeforeADashAndLinesEndedByCRAloneAreNamed() {
        #expect(Self.messages("title: T\nsources:\n\t- {title: a, url: \"https://e.org\"}\n")
                == ["content/cases/x.md:4:1: error: a tab is used for indentation; indent with spaces only"])
        let info = DocumentInfo(kind: .cases, id: "x", path: "content/cases/x.md")
        var reader = FieldReader(file: info.path)
        _ = ContentParser.parse(text: "---\rtitle: T\r---\rText\r", info: info, site: SiteConfig(), reader: &reader)
        #expect(reader.diagnostics.items.map(\.description)
                == ["content/cases/x.md:1:1: error: the file's lines end with a carriage return alone (CR, as classic Mac OS saved text): save it with LF (or CRLF) line endings"])
    }

    @Test func aDateWithoutALeadingZeroGetsTheTwoDigitForm() {
        #expect(DateSuggestion.suggestion(for: "2021-7-14") == "2021-07-14")
        #expect(DateSuggestion.suggestion(for: "2021-7") == "2021-07")
        #expect(DateSuggestion.suggestion(for: "2021-07-4") == "2021-07-04")
        #expect(DateSuggestion.suggestion(for: "2021-13") == nil)
        #expect(DateSuggestion.suggestion(for: "2021-2-30") == nil)
        #expect(DateSuggestion.suggestion(for: "2021-007-01") == nil)
        #expect(DateSuggestion.suggestion(for: "14.07.2021") == "2021-07-14")
        #expect(Self.messages("title: x\nupdated: 2021-7-14\n").contains(
            "content/cases/x.md:3:10: error: '2021-7-14' is not a date for 'updated'; expected YYYY, YYYY-MM or YYYY-MM-DD, like '2021-07-14'"))
    }
}
