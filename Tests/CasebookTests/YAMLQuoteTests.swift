import Foundation
import Testing
@testable import CasebookKit

/// A value starting with a character YAML reads as syntax: a tag (`!Free`) or an anchor no
/// alias names (`&AT`) dropped a word without a message; `&Co.`, `*Update*` and `%20` were
/// told in libyaml's words. Each is now an error at the value, with the value quoted.
/// (Fixtures too: `yaml-tag-in-value`, `yaml-anchor-or-alias-in-value`.)
@Suite("YAML quoting")
struct YAMLQuoteTests {
    static func messages(_ frontMatter: String) -> [String] {
        EditorMessageTests.messages(frontMatter)
    }

    @Test func aTagOnATextIsAnErrorWithTheValueQuoted() {
        #expect(Self.messages("title: !Free Nazira Lesova\nsummary: !Urgent the blogger was detained again\n") == [
            ##"content/cases/x.md:2:8: error: a value starting with '!' must be put in quotes (YAML reads '!Free' as a tag and drops it): title: "!Free Nazira Lesova""##,
            ##"content/cases/x.md:3:10: error: a value starting with '!' must be put in quotes (YAML reads '!Urgent' as a tag and drops it): summary: "!Urgent the blogger was detained again""##,
        ])
        // `title: !` was "missing required key 'title'": the one message is at the value.
        #expect(Self.messages("title: !\n") == [
            ##"content/cases/x.md:2:8: error: a value starting with '!' must be put in quotes (YAML reads '!' as a tag and drops it): title: "!""##,
        ])
        // In a list, in braces, over several lines, beside an anchor: as written.
        #expect(Self.messages("title: x\ntags: [a, !b c]\n") == [
            ##"content/cases/x.md:3:11: error: a value starting with '!' must be put in quotes (YAML reads '!b' as a tag and drops it): "!b c""##,
        ])
        #expect(Self.messages("title: !t &a x\n").first?.hasSuffix(##": title: "!t &a x""##) == true)
        #expect(Self.messages("title: !Free\n  Nazira\n  Lesova\n").first?.hasSuffix(##": title: "!Free Nazira Lesova""##) == true)
        #expect(Self.messages("title: x\nevents:\n  - {summary: !a \"b\\\\\" c}\n").count == 1)
    }

    @Test("YAML's own tags are errors that say to remove them", arguments: [
        ("amount: !!int 5", "!!int"), ("title: !!str x", "!!str"), ("title: !!binary aGVsbG8=", "!!binary"),
        ("title: !!python/object:os.system x", "!!python/object:os.system"), ("title: !<tag:x> y", "!<tag:x>"),
    ])
    func explicitTags(_ line: String, _ tag: String) throws {
        let message = try #require(Self.messages(line + "\n").first)
        #expect(message.contains("error: a value starting with '!' must be put in quotes (YAML reads '\(tag)' as a tag and drops it)"), "\(message)")
        #expect(message.hasSuffix("; if '\(tag)' is not part of the value, remove it: YAML tags are not supported, and every value is read as text"), "\(message)")
    }

    @Test func aTagOnAListAMappingAKeyOrAQuotedTextIsToBeRemoved() {
        #expect(Self.messages("title: x\npeople: !!seq\n  - a\n") == ["content/cases/x.md:3:9: error: YAML tags such as '!!seq' are not supported; remove '!!seq'"])
        #expect(Self.messages("title: x\n!!str region: y\n") == ["content/cases/x.md:3:1: error: YAML tags such as '!!str' are not supported; remove '!!str'"])
        #expect(Self.messages("title: !x 'y'\n") == ["content/cases/x.md:2:8: error: YAML tags such as '!x' are not supported; remove '!x'"])
        #expect(Self.messages("title: x\nsentence: !m {type: fine}\n") == ["content/cases/x.md:3:11: error: YAML tags such as '!m' are not supported; remove '!m'"])
    }

    @Test func anAnchorNoAliasNamesOnATextIsAnError() {
        #expect(Self.messages("title: &AT Nazira Lesova trial\n") == [
            ##"content/cases/x.md:2:8: error: a value starting with '&' must be put in quotes (YAML reads '&AT' as an anchor and drops it): title: "&AT Nazira Lesova trial""##,
        ])
        #expect(Self.messages("title: x\npeople:\n  - &p nazira-lesova\n") == [
            ##"content/cases/x.md:4:5: error: a value starting with '&' must be put in quotes (YAML reads '&p' as an anchor and drops it): "&p nazira-lesova""##,
        ])
        // The name given again to a list: the alias names the list, not the text.
        #expect(Self.messages("title: x\nregion: &r Zhambyl\ntags: &r [a]\ncity: *r\n").contains(
            ##"content/cases/x.md:3:9: error: a value starting with '&' must be put in quotes (YAML reads '&r' as an anchor and drops it): region: "&r Zhambyl""##))
    }

    /// Aliases are refused as before, once, at the value they repeat; an anchor that loses
    /// no text (on a list, a mapping or a quoted text) is left alone, as before.
    @Test func aliasesAndHarmlessAnchorsAreAsBefore() {
        let repeated = "this value is repeated with a YAML alias (*name); aliases and anchors (&name) are not supported in content files, write the value out"
        #expect(Self.messages("title: x\nregion: &r Zhambyl\ncity: *r\n") == ["content/cases/x.md:3:9: error: \(repeated)"])
        #expect(Self.messages("title: x\nevents:\n  - &e {date: 2021, type: trial}\n  - <<: *e\n    date: 2022\n") == ["content/cases/x.md:4:5: error: \(repeated)"])
        #expect(!Self.messages("title: x\ntags: &t [a, b]\nregion: &r 'Zhambyl'\n").contains { $0.contains("'&") || $0.contains("alias") })
    }

    @Test("a syntax error at a value starting with &, *, %, @ or ` quotes the value", arguments: [
        ("summary: &Co. were detained", "2:10", "&", ##"summary: "&Co. were detained""##),
        ("summary: *Update:* detained again", "2:10", "*", ##"summary: "*Update:* detained again""##),
        ("summary: *Update* detained again", "2:10", "*", ##"summary: "*Update* detained again""##),
        ("region: &r x\ncity: *r Almaty", "3:7", "*", ##"city: "*r Almaty""##),
        ("summary: %20 of them # a comment", "2:10", "%", ##"summary: "%20 of them""##),
        ("summary: @handle said", "2:10", "@", ##"summary: "@handle said""##),
        ("tags:\n  - &x. y", "3:5", "&", ##"- "&x. y""##),
        ("tags: [a, *x. y, b]", "2:11", "*", ##""*x. y""##),
        ("events:\n  - {type: trial, summary: &Co. \"x\"}", "3:28", "&", ##"summary: "&Co. \"x\"""##),
    ])
    func syntaxErrors(_ yaml: String, _ at: String, _ first: String, _ suggestion: String) throws {
        let message = try #require(Self.messages("title: x\n" + yaml + "\n").first)
        let shifted = at.split(separator: ":").map { Int($0)! }
        #expect(message.hasPrefix("content/cases/x.md:\(shifted[0] + 1):\(shifted[1]): error: a value starting with '\(first)' must be put in quotes ("), "\(message)")
        #expect(message.hasSuffix("): " + suggestion), "\(message)")
    }

    @Test func siteYmlAndCataloguesAreReadAlike() {
        let (_, diagnostics, readable) = SiteParser.parse("title: !Free Archive\nlicence: &CC BY 4.0\n", path: "content/site.yml")
        #expect(!readable)
        #expect(diagnostics.items.map(\.description) == [
            ##"content/site.yml:1:8: error: a value starting with '!' must be put in quotes (YAML reads '!Free' as a tag and drops it): title: "!Free Archive""##,
            ##"content/site.yml:2:10: error: a value starting with '&' must be put in quotes (YAML reads '&CC' as an anchor and drops it): licence: "&CC BY 4.0""##,
        ])
        var catalogue = Diagnostics(file: "templates/i18n/en.yml")
        #expect(YAMLTree.parse("months:\n  nominative: !Now [a]\n", firstLine: 1, diagnostics: &catalogue) == nil)
        #expect(catalogue.items.map(\.message) == ["YAML tags such as '!Now' are not supported; remove '!Now'"])
    }

    /// Ordinary front matter, `!` and `&` inside its texts included, is built from the
    /// events and never read again for tags.
    @Test func ordinaryTextsDoNotLookFurther() {
        let text = "title: Free them! Lesova & Lepesova\nsummary: 'x'\ntags: [a & b]\n"
        guard case .tree = YAMLEvents.parse(text, lineOffset: 0) else {
            Issue.record("left to Yams")
            return
        }
        #expect(YAMLProperties.problems("title: x\nsummary: y\n", lineOffset: 0, map: nil).isEmpty)
        #expect(!Self.messages(text).contains { $0.contains("quotes") || $0.contains("YAML") })
    }
}
