import Foundation
import Testing
@testable import CasebookKit

/// A language casebook does not carry needs every section of en.yml in its catalogue: its
/// month names in each form and its plural rule too, which were taken from the English
/// without a word (English month names on an Uzbek site).
@Suite struct ThemeLanguagesTests {
    /// The problems of a site in English and Uzbek whose theme's `uz.yml` is `text`.
    private func problems(_ text: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("i18n"), withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("i18n/uz.yml"), atomically: true, encoding: .utf8)
        let (theme, loading) = Theme.load(from: folder, displayName: "templates")
        #expect(loading.isEmpty, "\(loading)")
        var site = SiteConfig()
        site.languages = ["en", "uz"]
        return try #require(theme).languageProblems(site, displayName: "templates").map(\.description)
    }

    /// en.yml without the section `name` (its comment line above it stays).
    private func english(without name: String) throws -> String {
        let text = BuiltInCatalogue.text
        let start = try #require(text.range(of: "\n\(name):"))
        let end = try #require(text.range(of: "\n\n", range: start.upperBound..<text.endIndex))
        return String(text[..<start.lowerBound]) + "\n" + String(text[end.lowerBound...])
    }

    @Test func everySectionOfEnglishIsRequired() throws {
        #expect(try problems(BuiltInCatalogue.text) == [])
        #expect(try problems(english(without: "months")) == [
            "templates/i18n/uz.yml:1:1: error: the catalogue has no 'months.genitive', month names the site's dates use; give the language's 12 names in that form, January first, as templates/i18n/en.yml (or the built-in English) does",
            "templates/i18n/uz.yml:1:1: error: the catalogue has no 'months.nominative', month names the site's dates use; give the language's 12 names in that form, January first, as templates/i18n/en.yml (or the built-in English) does",
        ])
        #expect(try problems(english(without: "plural_rule")) == [
            "templates/i18n/uz.yml:1:1: error: the catalogue has no 'plural_rule', which chooses the plural form of every count; give the language's CLDR rule (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) as templates/i18n/en.yml (or the built-in English) gives English's",
        ])
        // A month form left out is told at the section; a rule on one line counts.
        let oneForm = try english(without: "months").replacingOccurrences(of: "\ndates:", with: "\nmonths:\n  nominative: [a, b, c, d, e, f, g, h, i, j, k, l]\n\ndates:")
        let line = oneForm.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "months:")! + 1
        #expect(try problems(oneForm) == [
            "templates/i18n/uz.yml:\(line):1: error: the catalogue has no 'months.genitive', month names the site's dates use; give the language's 12 names in that form, January first, as templates/i18n/en.yml (or the built-in English) does",
        ])
        let inline = try english(without: "plural_rule") + "plural_rule: {one: \"i = 1 and v = 0\"}\n"
        #expect(try problems(inline) == [])
    }
}
