import Foundation
import Testing
@testable import CasebookKit

/// docs/content.md, the content format, held to the parsers: every key a file may hold is
/// named there, and the table of what a translation may hold is what the parser takes (an
/// organization's `former_names`, which translations take, was once missing from it).
@Suite struct ContentDocTests {
    static var doc: String {
        get throws { try String(contentsOf: SiteFixture.repository.appendingPathComponent("docs/content.md"), encoding: .utf8) }
    }

    /// Every key list of the parsers: files, their entries, site.yml and its vocabularies.
    static let keyLists: [String: [String]] = [
        "a case": CaseParser.keys, "a person of a case": CaseParser.participantKeys, "a person": PersonParser.keys,
        "an organization": OrganizationParser.keys, "a page": PageParser.keys,
        "site.yml": SiteParser.keys + SiteParser.imageKeys, "a charge": SiteParser.chargeKeys,
        "a custody kind": SiteParser.custodyKindKeys, "an event": FieldReader.eventKeys, "a source": FieldReader.sourceKeys,
        "a correction": FieldReader.correctionKeys, "a decision": FieldReader.decisionKeys,
        "an earlier role": FieldReader.earlierRoleKeys, "a sentence part": FieldReader.sentenceKeys,
        "a document": FieldReader.documentKeys, "a custody period": FieldReader.custodyKeys,
        "letters": FieldReader.lettersKeys, "a recognition": FieldReader.recognitionKeys, "died": FieldReader.deathKeys,
        "a link to an organization": FieldReader.affiliationKeys, "a former name": FieldReader.formerNameKeys,
        "a ban": FieldReader.banKeys, "a photo": FieldReader.photoKeys, "protection": FieldReader.protectionKeys,
    ]

    @Test func everyKeyTheParsersKnowIsNamed() throws {
        let doc = try Self.doc
        for (what, keys) in Self.keyLists {
            // Named as `key`, or written as a key in an example (`- person: …`, `{label: …}`).
            let unnamed = keys.filter { !doc.contains("`\($0)`") && doc.range(of: "(?<![a-z_])\($0): ", options: .regularExpression) == nil }
            #expect(unnamed.isEmpty, "docs/content.md never names these keys of \(what): \(unnamed)")
        }
    }

    /// The rows of "## Translations"' table: kind -> the keys it names, without those
    /// named in brackets (`photo` (its `credit` and `alt` only)).
    static func translationRows(_ doc: String) -> [String: Set<String>] {
        let lines = doc.split(separator: "\n")
        guard let start = lines.firstIndex(of: "## Translations") else { return [:] }
        var rows: [String: Set<String>] = [:]
        for line in lines[(start + 1)...].prefix(while: { !$0.hasPrefix("#") }) where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, ContentKind.allCases.contains(where: { $0.rawValue == cells[0] }) else { continue }
            var outside = cells[1], inner = ""
            while inner != outside {  // brackets inside brackets: the innermost first
                inner = outside
                outside = inner.replacingOccurrences(of: #"\([^()]*\)"#, with: "", options: .regularExpression)
            }
            rows[cells[0]] = Set(outside.matches(of: #/`([a-z_]+)`/#).map { String($0.output.1) })
        }
        return rows
    }

    @Test func theTranslationTableIsWhatTheParserTakes() throws {
        let rows = Self.translationRows(try Self.doc)
        #expect(rows.count == ContentKind.allCases.count, "\(rows)")
        for kind in ContentKind.allCases {
            #expect(rows[kind.rawValue] == Set(TranslationParser.textKeys(kind)), "\(kind.rawValue): the doc has \(rows[kind.rawValue] ?? []), the parser takes \(TranslationParser.textKeys(kind))")
        }
    }
}
