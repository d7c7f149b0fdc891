import Testing
@testable import CasebookKit

/// templates/i18n/kk.yml: Kazakh counts, the official date order, numbers and every
/// sentence form of docs/content.md "Sentences", read through the real reader.
@Suite struct CatalogueKazakhTests {
    let words: Catalogue
    /// Labels in the nominative, as kk.yml's comment asks site.yml to give them.
    let site = ShippedCatalogue.site([
        ("imprisonment", "бас бостандығынан айыру"), ("freedom-limitation", "бас бостандығын шектеу"),
        ("suspended", "шартты түрде бас бостандығынан айыру"), ("fine", "айыппұл"),
        ("community-work", "қоғамдық жұмыстарға тарту"), ("activity-ban", "қызметпен айналысуға тыйым салу"),
        ("psychiatric", "мәжбүрлеп емдеу"),
    ])

    init() throws {
        words = try ShippedCatalogue.read("kk")
    }

    private func sentence(_ components: SentenceComponent...) -> String {
        SentenceWording.describe(components, site: site, words: words)
    }

    @Test func hasExactlyTheKeysOfEnglish() throws {
        #expect(try ShippedCatalogue.keyProblems("kk") == [])
        #expect(words.rule.usedCategories == ["one", "other"])
    }

    @Test func aNounDoesNotChangeAfterANumber() {
        for n: DecimalNumber in [1, 2, 5, 11, 21, 101, 1.5] {
            #expect(words.plural("units.year", digits: n.digits, shown: words.number.plain(n)) == "\(words.number.plain(n)) жыл")
        }
        #expect(words.rule.category("1") == "one")
        #expect(words.rule.category("21") == "other")
        #expect(words.count("units.month", 6) == "6 ай")
        #expect(words.count("units.day", 10) == "10 күн")
        #expect(words.count("units.hour", 100) == "100 сағат")
        #expect(words.count("units.case", 3) == "3 іс")
        #expect(words.count("units.person_prosecuted", 15) == "қудалауға ұшыраған 15 адам")
        #expect(words.text("people.intro", ["people": words.count("units.people", 120), "persons": words.count("units.person_prosecuted", 15)])
            == "Мұрағатта 120 адам бар, оның ішінде қудалауға ұшыраған 15 адам.")
    }

    @Test func datesInTheOfficialOrder() {
        #expect(words.date(PartialDate(year: 2021)!) == "2021")
        #expect(words.date(PartialDate(year: 2021, month: 3)!) == "2021 жылғы наурыз")
        #expect(words.date(PartialDate(year: 2021, month: 3, day: 5)!) == "2021 жылғы 5 наурыз")
        #expect(words.date(PartialDate(year: 2020, month: 12, day: 31)!) == "2020 жылғы 31 желтоқсан")
    }

    @Test func numbersGroupWithANoBreakSpaceAndADecimalComma() {
        #expect(words.number.grouped(500000.5) == "500\u{A0}000,5")
        #expect(words.number.grouped(1_234_567) == "1\u{A0}234\u{A0}567")
        #expect(words.number.grouped(999) == "999")
    }

    /// A count in a sentence is grouped as the other numbers are: "Мұрағатта 1 440 адам бар".
    @Test func countsOfAThousandAndMoreAreGrouped() {
        #expect(words.count("units.people", 1440) == "1\u{A0}440 адам")
        #expect(words.count("units.person_prosecuted", 12000) == "қудалауға ұшыраған 12\u{A0}000 адам")
    }

    @Test func everySentenceForm() {
        #expect(sentence(SentenceComponent(type: "freedom-limitation", years: 2)) == "2 жыл мерзімге бас бостандығын шектеу")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1)) == "1 жыл мерзімге бас бостандығынан айыру")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 2, months: 6)) == "2 жыл 6 ай мерзімге бас бостандығынан айыру")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1, months: 1, days: 10))
            == "1 жыл 1 ай 10 күн мерзімге бас бостандығынан айыру")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 1.5)) == "1,5 жыл мерзімге бас бостандығынан айыру")
        #expect(sentence(SentenceComponent(type: "imprisonment", years: 7, note: "жалпы режим"))
            == "7 жыл мерзімге бас бостандығынан айыру (жалпы режим)")
        #expect(sentence(SentenceComponent(type: "community-work", hours: 100)) == "100 сағат мерзімге қоғамдық жұмыстарға тарту")
        #expect(sentence(SentenceComponent(type: "psychiatric")) == "мәжбүрлеп емдеу")
        #expect(sentence(SentenceComponent(type: "fine", amount: 500000)) == "500\u{A0}000 мөлшерінде айыппұл")
        #expect(sentence(SentenceComponent(type: "fine", amount: 500000, note: "теңге")) == "500\u{A0}000 мөлшерінде айыппұл (теңге)")
        #expect(sentence(SentenceComponent(type: "fine")) == "айыппұл")
        #expect(sentence(SentenceComponent(type: "suspended", years: 3)) == "3 жыл мерзімге шартты түрде бас бостандығынан айыру")
        #expect(sentence(SentenceComponent(type: "suspended", years: 2, months: 6)) == "2 жыл 6 ай мерзімге шартты түрде бас бостандығынан айыру")
        #expect(sentence(SentenceComponent(type: "activity-ban", years: 5, note: "қоғамдық және саяси қызметпен"))
            == "5 жыл мерзімге қоғамдық және саяси қызметпен айналысуға тыйым салу")
        #expect(sentence(SentenceComponent(type: "activity-ban", years: 5)) == "5 жыл мерзімге қызметпен айналысуға тыйым салу")
    }

    @Test func theContractExample() {
        #expect(sentence(
            SentenceComponent(type: "freedom-limitation", years: 2),
            SentenceComponent(type: "community-work", hours: 100),
            SentenceComponent(type: "activity-ban", years: 5, note: "қоғамдық және саяси қызметпен")
        ) == "2 жыл мерзімге бас бостандығын шектеу; 100 сағат мерзімге қоғамдық жұмыстарға тарту; 5 жыл мерзімге қоғамдық және саяси қызметпен айналысуға тыйым салу")
    }

    @Test func theScriptsGetKazakhWords() {
        let attributes = ScriptWords(words).attributes
        #expect(attributes["script_search"]?.contains(#""found":"«{query}» бойынша {results}""#) == true)
        #expect(attributes["script_filters"]?.contains(#""matches":{"one":"{count} іс сәйкес келеді.","other":"{count} іс сәйкес келеді."}"#) == true)
    }
}
