import Foundation
import Testing
@testable import CasebookKit

/// A theme's catalogue read over casebook's own: a plural rule it changes is held to the
/// entries it keeps too, an entry left empty is an error, and a file named so that no
/// language finds it is a warning.
@Suite struct CatalogueMergeTests {
    /// The theme problems of a templates folder holding only `files` (path: text).
    static func problems(_ files: [String: String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return Theme.load(from: folder, displayName: "templates").1.map(\.description)
    }

    /// kk with a 'few' category gave 2 the 'other' form of every entry it kept, unsaid.
    @Test func aRuleThatChoosesANewFormIsHeldToTheKeptEntries() throws {
        let problems = try Self.problems(["i18n/kk.yml": "plural_rule:\n  one: \"n = 1\"\n  few: \"n = 2..4\"\n"])
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.hasPrefix("templates/i18n/kk.yml:2:3: error: the plural rule chooses 'few', which "))
        #expect(problem.hasSuffix(" kept from casebook's 'kk' catalogue do not give; give them in this file with the forms one, few, other, or keep casebook's rule"))
        let kept = Catalogue.builtIn["kk"]!.plurals.count
        #expect(problem.contains("which \(kept) entries (casefacts.died_in_custody_count, casefacts.unnamed_defendants, casefacts.unnamed_only and \(kept - 3) more)"))
    }

    @Test func aRuleThatDropsAFormIsHeldToTheKeptEntries() throws {
        let problems = try Self.problems(["i18n/ru.yml": "plural_rule:\n  one: \"i = 1 and v = 0\"\n"])
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.hasPrefix("templates/i18n/ru.yml:2:3: error: the plural rule never chooses '") })
        #expect(problems.contains { $0.contains("never chooses 'few'") } && problems.contains { $0.contains("never chooses 'many'") })
    }

    /// The entries the file gives are told at themselves, not counted again at the rule; a
    /// rule with the categories of casebook's, and a language casebook does not carry, raise nothing.
    @Test func onlyTheKeptEntriesAreCountedAtTheRule() throws {
        let russianRule = "plural_rule:\n  one: \"v = 0 and i % 10 = 1 and i % 100 != 11\"\n  two: \"n = 2\"\n"
            + "  few: \"v = 0 and i % 10 = 2..4 and i % 100 != 12..14\"\n"
            + "  many: \"v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14\"\n"
        let entry = "units:\n  year: {one: \"{count} год\", few: \"{count} года\", many: \"{count} лет\", other: \"{count} года\"}\n"
        let problems = try Self.problems(["i18n/ru.yml": russianRule + entry]).sorted()
        #expect(problems.count == 2)
        #expect(problems[0].contains("ru.yml:2:3: error: the plural rule chooses 'two', which ") && !problems[0].contains("units.year"))
        #expect(problems[1] == "templates/i18n/ru.yml:7:3: error: 'units.year' lacks the plural form two; the plural rule gives one, two, few, many, other")
        #expect(try Self.problems(["i18n/kk.yml": "plural_rule:\n  one: \"n = 1\"\n"]) == [])
        #expect(try Self.problems(["i18n/uz.yml": "plural_rule:\n  one: \"n = 1\"\n  few: \"n = 2..4\"\n"]) == [])
    }

    /// `key:` with no value, or `""`, showed nothing: empty headings.
    @Test func anEmptyEntryIsAnError() throws {
        #expect(try Self.problems(["i18n/ru.yml": "case:\n  charged_under:\ncommon:\n  sources: \"\"\n"]) == [
            "templates/i18n/ru.yml:2:3: error: 'case.charged_under' is an empty text, which would show nothing: give the words, or remove the entry to use the built-in one",
            "templates/i18n/ru.yml:4:3: error: 'common.sources' is an empty text, which would show nothing: give the words, or remove the entry to use the built-in one",
        ])
        #expect(try Self.problems(["i18n/uz.yml": "case:\n  charged_under: ''\n"]) == [
            "templates/i18n/uz.yml:2:3: error: 'case.charged_under' is an empty text, which would show nothing: give the words (casebook has no 'uz' words of its own to fall back on)",
        ])
        #expect(try Self.problems(["i18n/en.yml": "units:\n  year:\n    one: \"\"\n    other: \"{count} years\"\n"]) == [
            "templates/i18n/en.yml:3:5: error: 'units.year.one' is an empty text, which would show nothing: give the words of this form",
        ])
        // A space is words enough: Kazakh joins a list with one.
        #expect(try Self.problems(["i18n/kk.yml": "list:\n  separator: \" \"\n"]) == [])
    }

    @Test func theBuiltInCataloguesHaveNoEmptyEntry() {
        for text in [BuiltInCatalogue.text, BuiltInCatalogue.russian, BuiltInCatalogue.kazakh] {
            #expect(CatalogueReader.read(text, file: "i18n.yml", over: nil).1.isEmpty)
            #expect(!text.contains(": \"\"\n") && !text.contains(": ''\n"))
        }
    }

    /// `i18n/ru.yaml` and `i18n/RU.yml` were read by no language, unsaid.
    @Test func aCatalogueNoLanguageFindsIsAWarning() throws {
        let entry = "case:\n  charged_under: \"X\"\n"
        #expect(try Self.problems(["i18n/ru.yaml": entry, "i18n/KK.yml": entry, "i18n/ru-KZ.yml": entry, "i18n/ru.old.yml": entry]) == [
            "templates/i18n/KK.yml:1:1: warning: this word catalogue is not used: casebook reads i18n/<language>.yml, with the language in lower case; rename it i18n/kk.yml",
            "templates/i18n/ru.yaml:1:1: warning: this word catalogue is not used: casebook reads i18n/<language>.yml, ending in .yml; rename it i18n/ru.yml",
        ])
    }
}
