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
            "fine of 530,250 KZT",
            "3-year suspended sentence with 4 years of probation",
            "3-year ban on civic activities from release",
            "5 years of imprisonment (Criminal Code of Kazakhstan, Article 174)",
            "life imprisonment",
            "confiscation of 1,000 USD",
        ])
    }

    @Test func russian() throws {
        let site = Self.site([("fine", "штраф"), ("suspended", "условное лишение свободы"), ("activity-ban", "запрет на деятельность"),
                              ("imprisonment", "лишение свободы"), ("life", "пожизненное лишение свободы"), ("confiscation", "конфискация")],
                             charge: ("Возбуждение розни", "Уголовный кодекс Республики Казахстан, статья 174"))
        #expect(Self.phrases(site, try ShippedCatalogue.read("ru")) == [
            "штраф в размере 530\u{A0}250 KZT",
            "условное лишение свободы сроком на 3 года с испытательным сроком 4 года",
            "запрет на civic activities сроком на 3 года после освобождения",
            "лишение свободы сроком на 5 лет (Уголовный кодекс Республики Казахстан, статья 174)",
            "пожизненное лишение свободы",
            "конфискация в размере 1\u{A0}000 USD",
        ])
    }

    @Test func kazakh() throws {
        let site = Self.site([("fine", "айыппұл"), ("suspended", "шартты түрде бас бостандығынан айыру"),
                              ("activity-ban", "қызметпен айналысуға тыйым салу"), ("imprisonment", "бас бостандығынан айыру"),
                              ("life", "өмір бойы бас бостандығынан айыру"), ("confiscation", "тәркілеу")],
                             charge: ("Алауыздықты қоздыру", "Қазақстан Республикасының Қылмыстық кодексі, 174-бап"))
        let phrases = Self.phrases(site, try ShippedCatalogue.read("kk"))
        #expect(phrases[0] == "530\u{A0}250 KZT мөлшерінде айыппұл")
        #expect(phrases[1].hasSuffix(", сынақ мерзімі 4 жыл"))
        #expect(phrases[2].hasSuffix(", босатылғаннан кейін"))
        #expect(phrases[3] == "5 жыл мерзімге бас бостандығынан айыру (Қазақстан Республикасының Қылмыстық кодексі, 174-бап)")
        #expect(phrases[4] == "өмір бойы бас бостандығынан айыру")
        #expect(phrases[5] == "1\u{A0}000 USD мөлшерінде тәркілеу")
    }
}
