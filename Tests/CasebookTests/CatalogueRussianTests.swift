import Testing
@testable import CasebookKit

/// templates/i18n/ru.yml: Russian plurals, dates, numbers and every sentence form of
/// docs/content.md "Sentences", read through the real reader.
@Suite struct CatalogueRussianTests {
    let words: Catalogue
    /// Labels in the nominative, as ru.yml's comment asks site.yml to give them.
    let site = ShippedCatalogue.site([
        ("imprisonment", "лишение свободы"), ("freedom-limitation", "ограничение свободы"),
        ("suspended", "условное лишение свободы"), ("fine", "штраф"), ("community-work", "общественные работы"),
        ("activity-ban", "запрет на деятельность"), ("psychiatric", "принудительное лечение"),
    ])

    init() throws {
        words = try ShippedCatalogue.read("ru")
    }

    private func sentence(_ components: SentenceComponent...) -> String {
        SentenceWording.describe(components, site: site, words: words)
    }

    private func years(_ n: DecimalNumber) -> String {
        words.plural("units.year", digits: n.digits, shown: words.number.plain(n))
    }

    @Test func hasExactlyTheKeysOfEnglish() throws {
        #expect(try ShippedCatalogue.keyProblems("ru") == [])
        #expect(words.rule.usedCategories == ["one", "few", "many", "other"])
    }

    /// The home page's "12 more" after a facet cut short puts the number where Russian wants it.
    @Test func moreValuesFollowTheirWord() throws {
        #expect(words.count("home.more_count", 12) == "ещё 12")
        #expect(try ShippedCatalogue.read("kk").count("home.more_count", 3) == "тағы 3")
        #expect(Catalogue.english.count("home.more_count", 12) == "12 more")
    }

    @Test func yearsTakeTheirPluralForms() {
        let expected: [(DecimalNumber, String)] = [
            (1, "1 год"), (2, "2 года"), (5, "5 лет"), (11, "11 лет"), (12, "12 лет"), (21, "21 год"),
            (22, "22 года"), (25, "25 лет"), (101, "101 год"), (111, "111 лет"), (1.5, "1,5 года"), (0.5, "0,5 года"),
        ]
        for (n, text) in expected { #expect(years(n) == text) }
    }

    @Test func everyUnitHasItsForms() {
        #expect(words.count("units.month", 1) == "1 месяц")
        #expect(words.count("units.month", 3) == "3 месяца")
        #expect(words.count("units.month", 6) == "6 месяцев")
        #expect(words.count("units.day", 1) == "1 день")
        #expect(words.count("units.day", 2) == "2 дня")
        #expect(words.count("units.day", 10) == "10 дней")
        #expect(words.count("units.hour", 1) == "1 час")
        #expect(words.count("units.hour", 24) == "24 часа")
        #expect(words.count("units.hour", 100) == "100 часов")
        #expect(words.count("units.case", 21) == "21 дело")
        #expect(words.count("units.case", 3) == "3 дела")
        #expect(words.count("units.case", 14) == "14 дел")
        #expect(words.count("units.person_prosecuted", 1) == "1 человек, подвергшийся преследованию")
        #expect(words.count("units.person_prosecuted", 3) == "3 человека, подвергшихся преследованию")
        #expect(words.count("units.person_prosecuted", 15) == "15 человек, подвергшихся преследованию")
        #expect(words.count("units.prosecution_word", 12) == "уголовных дел")
        #expect(words.count("organizations.intro", 2).hasPrefix("2 организации: "))
        #expect(words.count("script.search_results", 101) == "101 результат")
    }

    @Test func datesAtEachPrecision() {
        #expect(words.date(PartialDate(year: 2021)!) == "2021")
        #expect(words.date(PartialDate(year: 2021, month: 3)!) == "март 2021")
        #expect(words.date(PartialDate(year: 2021, month: 3, day: 5)!) == "5 марта 2021")
        #expect(words.date(PartialDate(year: 2020, month: 12, day: 31)!) == "31 декабря 2020")
        #expect(words.date(PartialDate(year: 2022, month: 1)!) == "январь 2022")
    }

    /// A citation's date at every precision reads as Russian: "обновлено март 2021" did not.
    @Test func theCitationsDateIsALabelAtEachPrecision() {
        for (date, text) in [(PartialDate(year: 2021, month: 3)!, "март 2021"), (PartialDate(year: 2021)!, "2021"),
                             (PartialDate(year: 2020, month: 7, day: 28)!, "28 июля 2020")] {
            #expect(words.text("permanence.cite_updated", ["date": words.date(date)]) == "дата обновления: \(text)")
        }
        // The home page's recent cases: "обновлено: март 2021".
        #expect(words.text("home.updated") == "обновлено:")
    }

    @Test func numbersGroupWithANoBreakSpaceAndADecimalComma() {
        #expect(words.number.grouped(500000.5) == "500\u{A0}000,5")
        #expect(words.number.grouped(1_234_567) == "1\u{A0}234\u{A0}567")
        #expect(words.number.grouped(999) == "999")
        #expect(words.number.plain(1.5) == "1,5")
    }

    /// A count in a sentence is grouped as every other number on the page ("медиана — 1 355
    /// дней"): "В архиве 1440 человек" beside it read as a year, and 10000 as a typo.
    @Test func countsOfAThousandAndMoreAreGrouped() {
        #expect(words.count("units.people", 1440) == "1\u{A0}440 человек")
        #expect(words.count("units.case", 10000) == "10\u{A0}000 дел")
        #expect(words.count("units.case", 1_000_001) == "1\u{A0}000\u{A0}001 дело")
        #expect(words.count("units.case", 999) == "999 дел")
        #expect(words.count("units.row", 2888) == "2\u{A0}888 строк")
        #expect(words.number.whole(-1440) == "-1\u{A0}440")
        #expect(Catalogue.english.count("units.people", 1440) == "1,440 people")
    }

    @Test func everySentenceForm() {
        #expect(sentence(SentenceComponent(type: "freedom-limitation", years: 2)) == "ограничение свободы сроком на 2 года")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1)) == "лишение свободы сроком на 1 год")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 2, months: 6)) == "лишение свободы сроком на 2 года и 6 месяцев")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1, months: 1, days: 10))
            == "лишение свободы сроком на 1 год, 1 месяц и 10 дней")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1.5)) == "лишение свободы сроком на 1,5 года")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 7, note: "общий режим"))
            == "лишение свободы сроком на 7 лет (общий режим)")
        #expect(sentence(SentenceComponent(type: "community-work", hours: 100)) == "общественные работы сроком на 100 часов")
        #expect(sentence(SentenceComponent(type: "psychiatric")) == "принудительное лечение")
        #expect(sentence(SentenceComponent(type: "fine", amount: 500000)) == "штраф в размере 500\u{A0}000")
        #expect(sentence(SentenceComponent(type: "fine", amount: 500000, note: "тенге")) == "штраф в размере 500\u{A0}000 (тенге)")
        #expect(sentence(SentenceComponent(type: "fine", amount: 1500.5)) == "штраф в размере 1\u{A0}500,5")
        #expect(sentence(SentenceComponent(type: "fine")) == "штраф")
        #expect(sentence(SentenceComponent(type: "suspended", years: 3)) == "условное лишение свободы сроком на 3 года")
        #expect(sentence(SentenceComponent(type: "suspended", years: 2, months: 6)) == "условное лишение свободы сроком на 2 года и 6 месяцев")
        #expect(sentence(SentenceComponent(type: "suspended", years: 3, note: "испытательный срок 3 года"))
            == "условное лишение свободы сроком на 3 года (испытательный срок 3 года)")
        #expect(sentence(SentenceComponent(type: "activity-ban", years: 5, note: "общественную и политическую деятельность"))
            == "запрет на общественную и политическую деятельность сроком на 5 лет")
        #expect(sentence(SentenceComponent(type: "activity-ban", years: 5)) == "запрет на деятельность сроком на 5 лет")
        #expect(sentence(SentenceComponent(type: "activity-ban", years: 1, months: 6)) == "запрет на деятельность сроком на 1 год и 6 месяцев")
    }

    /// docs/content.md's example, three penalties joined.
    @Test func theContractExample() {
        #expect(sentence(
            SentenceComponent(type: "freedom-limitation", years: 2),
            SentenceComponent(type: "community-work", hours: 100),
            SentenceComponent(type: "activity-ban", years: 5, note: "общественную и политическую деятельность")
        ) == "ограничение свободы сроком на 2 года; общественные работы сроком на 100 часов; запрет на общественную и политическую деятельность сроком на 5 лет")
    }

    @Test func theScriptsGetRussianWords() throws {
        let attributes = ScriptWords(words).attributes
        #expect(attributes.keys.sorted() == ["script_filters", "script_search"])
        #expect(attributes["script_search"]?.contains(#""results":{"few":"{count} результата","many":"{count} результатов","one":"{count} результат","other":"{count} результата"}"#) == true)
        #expect(attributes["script_filters"]?.contains(#""any":"Все ({count})""#) == true)
    }
}
