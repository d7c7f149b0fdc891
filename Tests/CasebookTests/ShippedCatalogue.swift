import Foundation
import Testing
@testable import CasebookKit

/// The catalogues the default theme ships (`templates/i18n/<language>.yml`), read through
/// the real reader, as a build reads them: over the built-in English.
enum ShippedCatalogue {
    static func text(_ language: String) throws -> String {
        try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/i18n/\(language).yml"), encoding: .utf8)
    }

    /// The catalogue as a build reads it; a problem fails the calling test.
    static func read(_ language: String) throws -> Catalogue {
        let (catalogue, problems) = CatalogueReader.read(try text(language), file: "i18n/\(language).yml", over: .english)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        return catalogue
    }

    /// The file alone (no English under it): what it gives itself.
    static func own(_ language: String) throws -> Catalogue {
        let (catalogue, problems) = CatalogueReader.read(try text(language), file: "i18n/\(language).yml", over: nil)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        return catalogue
    }

    /// Every key a file gives: texts, plural entries, month forms.
    static func keys(_ catalogue: Catalogue) -> Set<String> {
        Set(catalogue.texts.keys).union(catalogue.plurals.keys).union(catalogue.months.keys.map { "months.\($0)" })
    }

    /// The problems with a language's file against en.yml: keys missing or extra, plural
    /// entries without exactly the forms the language's rule chooses. Empty when right.
    static func keyProblems(_ language: String) throws -> [String] {
        let english = try own("en"), file = try own(language)
        var problems: [String] = []
        for key in keys(english).subtracting(keys(file)).sorted() { problems.append("missing \(key)") }
        for key in keys(file).subtracting(keys(english)).sorted() { problems.append("extra \(key)") }
        let categories = Set(file.rule.usedCategories)
        for (key, forms) in file.plurals where Set(forms.keys) != categories {
            problems.append("\(key) has \(forms.keys.sorted()), the rule chooses \(categories.sorted())")
        }
        for (key, pattern) in file.texts where english.texts[key]?.names != pattern.names {
            problems.append("\(key) has placeholders \(pattern.names.sorted())")
        }
        return problems
    }

    /// A site whose sentence types have `labels` (type -> label).
    static func site(_ labels: [(String, String)]) -> SiteConfig {
        var site = SiteConfig()
        site.sentenceTypes = Vocabulary(name: "sentence_types", entries: labels)
        return site
    }
}
