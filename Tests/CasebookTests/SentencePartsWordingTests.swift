import Testing
@testable import CasebookKit

/// The parts of a sentence as courts give them (docs/content.md "Sentences"): an amount with
/// its currency on any type that takes one, probation, a ban from release, a term per
/// charge and life imprisonment, in English, Russian and Kazakh.
@Suite struct SentencePartsWordingTests {
    static func site(_ labels: [(String, String)], charge: (label: String, law: String)) -> SiteConfig {
        var site = ShippedCatalogue.site(labels)
        site.charges = [Charge(key: "kz-cc-174", label: charge.label, law: charge.law)]
        return site
    }

    static func parts() -> [SentenceComponent] {
        var fine = SentenceComponent(type: "fine", amount: 530250)
        fine.currency = "KZT"
        var suspended = SentenceComponent(type: "suspended", years: 3)
        suspended.probation = SentenceTerm(years: 4)
        var ban = SentenceComponent(type: "activity-ban", years: 3, note: "civic activities")
        ban.fromRelease = true
        var perCharge = SentenceComponent(type: "imprisonment", years: 5)
        perCharge.charge = Ref("kz-cc-174", at: .start)
        var confiscation = SentenceComponent(type: "confiscation", amount: 1000)
        confiscation.currency = "USD"
        return [fine, suspended, ban, perCharge, SentenceComponent(type: "life"), confiscation]
    }

    static func phrases(_ site: SiteConfig, _ words: Catalogue) -> [String] {
        parts().map { SentenceWording.phrase($0, site: site, words: words) }
    }

    @Test func english() {
        let site = Self.site([("fine", "fine"), ("suspended", "suspended sentence"), ("activity-ban", "ban on activity"),
                              ("imprisonment", "imprisonment"), ("life", "life imprisonment"), ("confiscation", "confiscation")],
                             charge: ("Inciting discord", "Criminal Code of Kazakhstan, Article 174"))
        #expect(Self.phrases(site, .english) == [
            "fine of 530,250 tenge",
            "3-year suspended sentence with 4 years of probation",
            "3-year ban on civic activities from release",
            "5 years of imprisonment (Criminal Code of Kazakhstan, Article 174)",
            "life imprisonment",
            "confiscation of 1,000 US dollars",
        ])
    }

    @Test func russian() throws {
        let site = Self.site([("fine", "штраф"), ("suspended", "условное лишение свободы"), ("activity-ban", "запрет на деятельность"),
                              ("imprisonment", "лишение свободы"), ("life", "пожизненное лишение свободы"), ("confiscation", "конфискация")],
                             charge: ("Возбуждение розни", "Уголовный кодекс Республики Казахстан, статья 174"))
        #expect(Self.phrases(site, try ShippedCatalogue.read("ru")) == [
            "штраф в размере 530\u{A0}250 тенге",
            "условное лишение свободы сроком на 3 года с испытательным сроком 4 года",
            "запрет на civic activities сроком на 3 года после освобождения",
            "лишение свободы сроком на 5 лет (Уголовный кодекс Республики Казахстан, статья 174)",
            "пожизненное лишение свободы",
            "конфискация в размере 1\u{A0}000 долларов США",
        ])
    }

    @Test func kazakh() throws {
        let site = Self.site([("fine", "айыппұл"), ("suspended", "шартты түрде бас бостандығынан айыру"),
                              ("activity-ban", "қызметпен айналысуға тыйым салу"), ("imprisonment", "бас бостандығынан айыру"),
                              ("life", "өмір бойы бас бостандығынан айыру"), ("confiscation", "тәркілеу")],
                             charge: ("Алауыздықты қоздыру", "Қазақстан Республикасының Қылмыстық кодексі, 174-бап"))
        let phrases = Self.phrases(site, try ShippedCatalogue.read("kk"))
        #expect(phrases[0] == "530\u{A0}250 теңге мөлшерінде айыппұл")
        #expect(phrases[1].hasSuffix(", сынақ мерзімі 4 жыл"))
        #expect(phrases[2].hasSuffix(", босатылғаннан кейін"))
        #expect(phrases[3] == "5 жыл мерзімге бас бостандығынан айыру (Қазақстан Республикасының Қылмыстық кодексі, 174-бап)")
        #expect(phrases[4] == "өмір бойы бас бостандығынан айыру")
        #expect(phrases[5] == "1\u{A0}000 АҚШ доллары мөлшерінде тәркілеу")
    }

    /// A currency the catalogue names takes the form its number asks for (Russian: the
    /// genitive "в размере" governs, "1 рубля", "3 рублей", "1,5 рубля"); a code it does not
    /// name follows the amount as written; a theme's catalogue may name more.
    @Test(arguments: [
        ("en", "RUB", 1, "fine of 1 rouble"), ("en", "RUB", 3, "fine of 3 roubles"), ("en", "CHF", 2000, "fine of 2,000 CHF"),
        ("ru", "RUB", 1, "штраф в размере 1 рубля"), ("ru", "RUB", 3, "штраф в размере 3 рублей"),
        ("ru", "RUB", 5000, "штраф в размере 5\u{A0}000 рублей"), ("ru", "KGS", 21, "штраф в размере 21 сома"),
        ("ru", "BYN", 1.5, "штраф в размере 1,5 белорусского рубля"), ("ru", "EUR", 100, "штраф в размере 100 евро"),
        ("ru", "CHF", 2000, "штраф в размере 2\u{A0}000 CHF"),
        ("kk", "RUB", 3, "3 рубль мөлшерінде айыппұл"), ("kk", "KZT", 1, "1 теңге мөлшерінде айыппұл"),
    ] as [(String, String, Double, String)])
    func aCurrencyTakesTheFormItsAmountAsks(_ language: String, _ currency: String, _ amount: Double, _ expected: String) throws {
        let words = language == "en" ? Catalogue.english : try ShippedCatalogue.read(language)
        let label = ["en": "fine", "ru": "штраф", "kk": "айыппұл"][language]!
        var fine = SentenceComponent(type: "fine", amount: DecimalNumber(String(format: amount == amount.rounded() ? "%.0f" : "%.1f", amount))!)
        fine.currency = currency
        #expect(SentenceWording.phrase(fine, site: ShippedCatalogue.site([("fine", label)]), words: words) == expected)
    }
}
