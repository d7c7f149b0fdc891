import Foundation
import Testing
@testable import CasebookKit

/// The word catalogue: the built-in English is templates/i18n/en.yml, every key the code
/// and templates ask for is in it, a theme's entries override it, and a Russian catalogue
/// words sentences and dates with no code change.
@Suite struct CatalogueTests {
    @Test func builtInIsTheTemplatesFile() throws {
        let file = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/i18n/en.yml"), encoding: .utf8)
        #expect(BuiltInCatalogue.text == file, "paste templates/i18n/en.yml into Render/Words/BuiltInCatalogue.swift")
    }

    /// `words.section.key` in templates and `text("section.key")` / `count("section.key", …)`
    /// in Swift: each names an entry (a missing one would show its key on the page).
    @Test func everyKeyAskedForExists() throws {
        let english = Catalogue.english
        let known = Set(english.texts.keys).union(english.plurals.keys)
        var asked: [String] = []
        let fm = FileManager.default
        for folder in ["templates", "Sources/CasebookKit"] {
            let root = SiteFixture.repository.appendingPathComponent(folder)
            for path in fm.enumerator(atPath: root.path)!.compactMap({ $0 as? String })
            where path.hasSuffix(".mustache") || path.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                let pattern = path.hasSuffix(".mustache") ? #/words\.([a-z_]+\.[a-z_]+)/# : #/(?:text|count)\("([a-z_]+\.[a-z_]+)"/#
                asked += text.matches(of: pattern).map { String($0.1) }
            }
        }
        #expect(asked.count > 150)
        for key in asked { #expect(known.contains(key), "\(key) is not in the catalogue") }
    }

    static let russian = """
        plural_rule:
          one: "v = 0 and i % 10 = 1 and i % 100 != 11"
          few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"
          many: "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14"
        number: {group: " ", decimal: ",", group_size: "3"}
        months:
          nominative: [январь, февраль, март, апрель, май, июнь, июль, август, сентябрь, октябрь, ноябрь, декабрь]
          genitive: [января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря]
        dates:
          year: "{year} год"
          day: "{day} {month:genitive} {year}"
        units:
          year: {one: "{count} год", few: "{count} года", many: "{count} лет", other: "{count} года"}
          month: {one: "{count} месяц", few: "{count} месяца", many: "{count} месяцев", other: "{count} месяца"}
          year_adjective: {one: "{count}-летний", few: "{count}-летний", many: "{count}-летний", other: "{count}-летний"}
          case: {one: "{count} дело", few: "{count} дела", many: "{count} дел", other: "{count} дела"}
        sentence:
          durations: "{label}: {durations}"
          fine: "{label} в размере {amount}"
        list:
          last: " и "
        case:
          charged_under: "Обвинение по статье"
        """

    @Test func aRussianCatalogueNeedsNoCode() throws {
        let (words, problems) = CatalogueReader.read(Self.russian, file: "i18n/ru.yml", over: .english)
        #expect(problems.isEmpty, "\(problems)")
        #expect(words.count("units.case", 1) == "1 дело")
        #expect(words.count("units.case", 3) == "3 дела")
        #expect(words.count("units.case", 5) == "5 дел")
        #expect(words.count("units.case", 21) == "21 дело")
        #expect(words.count("units.case", 12) == "12 дел")
        #expect(words.date(PartialDate(year: 2021, month: 3, day: 5)!) == "5 марта 2021")
        #expect(words.date(PartialDate(year: 2021, month: 3)!) == "март 2021")
        #expect(words.date(PartialDate(year: 2021)!) == "2021 год")
        var site = SiteConfig()
        site.sentenceTypes = Vocabulary(name: "sentence_types", entries: [("imprisonment", "лишение свободы"), ("fine", "штраф"), ("suspended", "условный срок")])
        func sentence(_ c: SentenceComponent) -> String { SentenceWording.phrase(c, site: site, words: words) }
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1)) == "лишение свободы: 1 год")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 2, months: 6)) == "лишение свободы: 2 года и 6 месяцев")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 5)) == "лишение свободы: 5 лет")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1.5)) == "лишение свободы: 1,5 года")
        #expect(sentence(SentenceComponent(type: "fine", amount: 500000)) == "штраф в размере 500 000")
        #expect(sentence(SentenceComponent(type: "suspended", years: 3)) == "3-летний условный срок")
        // What the file does not give stays English.
        #expect(words.text("case.facts") == "Facts")
        #expect(words.text("case.charged_under") == "Обвинение по статье")
    }

    @Test func englishPluralsAndDatesAsBefore() {
        let words = Catalogue.english
        #expect(words.count("units.case", 1) == "1 case" && words.count("units.case", 0) == "0 cases")
        #expect(words.date(PartialDate(year: 2021, month: 3, day: 4)!) == "4 March 2021")
        #expect(words.number.grouped(DecimalNumber("1500000.5")!) == "1,500,000.5")
        #expect(words.list(["a", "b", "c"]) == "a, b and c")
    }

    @Test func aThemeWithoutCataloguesUsesTheBuiltInEnglish() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/i18n"))
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("<dt>Charged under</dt>"))
    }
}

/// The open data page's column descriptions come from the catalogue; the built-in English
/// says what the column definitions say, for every column of every file.
@Suite struct CatalogueColumnTests {
    @Test func everyColumnHasItsEntry() {
        let words = Catalogue.english
        let files: [(String, [(String, String)])] = [
            ("columns_cases_json", CasesJSON.fields.map { ($0.name, $0.description) }),
            ("columns_cases_json", CasesJSON.custodyFields.map { ($0.name, $0.description) }),
            ("columns_custody_csv", CustodyTable.columns.map { ($0.name, $0.description) }),
            ("columns_people_csv", [PersonTable.heldNow(.empty)].map { ($0.name, $0.description) }),
            ("columns_people_csv", ([PersonTable.gender] + PersonTable.death(nil)).map { ($0.name, $0.description) }),
            ("columns_cases_csv", CaseTable.countryColumns("en").map { ($0.name, $0.description) }),
        ]
        for (section, columns) in files {
            for (name, description) in columns { #expect(words.texts["\(section).\(name)"]?.source == description, "\(section).\(name)") }
        }
        let sections = Set(words.texts.keys.filter { $0.hasPrefix("columns_") }.map { $0.prefix { $0 != "." } })
        #expect(sections == ["columns_cases_json", "columns_cases_csv", "columns_people_csv", "columns_organizations_csv", "columns_custody_csv"])
    }
}
