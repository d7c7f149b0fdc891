import Testing
@testable import CasebookKit

/// site.yml `languages` and per-language texts: the list, its agreement with `language`,
/// and `{en: .., ru: ..}` for the title, the description, every label and each charge.
@Suite struct SiteLanguagesTests {
    private func parse(_ yaml: String) -> (SiteConfig, [String]) {
        let (site, diagnostics, _) = SiteParser.parse(yaml, path: "content/site.yml")
        return (site, diagnostics.items.map(\.description))
    }

    @Test func languagesListTheDefaultFirst() {
        let (site, messages) = parse("title: Site\nlanguages: [en, ru, kk]\n")
        #expect(messages.isEmpty)
        #expect(site.languages == ["en", "ru", "kk"])
        #expect(site.language == "en")
        #expect(site.defaultLanguage == "en")
    }

    @Test func oneLanguageListedIsAOneLanguageSite() {
        let (site, messages) = parse("title: Site\nlanguages: [ru]\n")
        #expect(messages.isEmpty)
        #expect(site.languages.isEmpty)
        #expect(site.language == "ru")
        #expect(site.allLanguages == ["ru"])
    }

    @Test func languageAloneStillWorks() {
        let (site, messages) = parse("title: Site\nlanguage: kk-Cyrl-KZ\n")
        #expect(messages.isEmpty)
        #expect(site.languages.isEmpty)
        #expect(site.language == "kk-Cyrl-KZ")
    }

    @Test func languageMustBeTheFirstOfLanguages() {
        #expect(parse("title: Site\nlanguage: en\nlanguages: [en, ru]\n").1.isEmpty)
        let (site, messages) = parse("title: Site\nlanguage: ru\nlanguages: [en, ru]\n")
        #expect(messages == ["content/site.yml:2:11: error: 'language' is 'ru' but the first of 'languages' is 'en'; the first of 'languages' is the default language: remove 'language', or make it 'en'"])
        #expect(site.language == "en")
    }

    @Test(arguments: [
        ("[english, ru]", "content/site.yml:2:13: error: 'english' in 'languages' is not a language code; write 'en'"),
        ("[en, RU]", "content/site.yml:2:17: error: 'RU' in 'languages' is not a language code; write 'ru'"),
        ("[en, en-US]", "content/site.yml:2:17: error: 'en-US' in 'languages' is not a language code; write 'en'"),
        ("[en, kz]", "content/site.yml:2:17: error: 'kz' in 'languages' is not a language code; write 'kk'"),
        ("[en, xyz1]", "content/site.yml:2:17: error: 'xyz1' in 'languages' is not a language code; write a two-letter ISO 639-1 code like en, ru or kk"),
        // Typed on a Cyrillic keyboard, or as ISO 639-2: the code meant, said to be Latin.
        ("[en, кк]", "content/site.yml:2:17: error: 'кк' in 'languages' is not a language code; write 'kk' in Latin letters"),
        ("[en, ққ]", "content/site.yml:2:17: error: 'ққ' in 'languages' is not a language code; write 'kk' in Latin letters"),
        ("[en, rus]", "content/site.yml:2:17: error: 'rus' in 'languages' is not a language code; write 'ru'"),
        ("[en, ru, en]", "content/site.yml:2:21: error: 'en' is listed twice in 'languages'; list each language once"),
        ("[]", "content/site.yml:2:12: error: 'languages' must list at least one language, the default first, like [en, ru, kk]"),
        ("en, ru", "content/site.yml:2:12: error: write the languages as a list in brackets: [en, ru]"),
    ])
    func badLanguages(_ value: String, _ message: String) {
        #expect(parse("title: Site\nlanguages: \(value)\n").1 == [message])
    }

    @Test func aBadCodeIsKeptAsMeantSoMapsAreNotReportedAgain() {
        let (site, messages) = parse("title: {en: Site, ru: Сайт}\nlanguages: [en, RU]\n")
        #expect(messages.count == 1)
        #expect(site.translatedTitle == ["ru": "Сайт"])
    }

    @Test func aCodeTypedInCyrillicIsKeptAsMeantSoItsFilesAndMapsAreNotReportedAgain() {
        let (site, messages) = parse("title: {en: Site, kk: Сайт}\nlanguages: [en, кк]\n")
        #expect(messages == ["content/site.yml:2:17: error: 'кк' in 'languages' is not a language code; write 'kk' in Latin letters"])
        #expect(site.translatedTitle == ["kk": "Сайт"])
    }

    @Test func titleAndDescriptionPerLanguage() {
        let (site, messages) = parse("""
            languages: [en, ru, kk]
            title: {en: Monitor, ru: Монитор, kk: Монитор kk}
            description:
              en: Cases
              ru: Дела
            """)
        #expect(messages.isEmpty)
        #expect(site.title == "Monitor")
        #expect(site.translatedTitle == ["ru": "Монитор", "kk": "Монитор kk"])
        #expect(site.description == "Cases")
        #expect(site.translatedDescription == ["ru": "Дела"])
        #expect(site.localized(to: "kk").description == "Cases")
        #expect(site.localized(to: "ru").title == "Монитор")
    }

    @Test func vocabularyLabelsAndChargesPerLanguage() {
        let (site, messages) = parse("""
            languages: [en, ru, kk]
            title: Site
            statuses: {sentenced: {en: Sentenced, ru: Осуждён, kk: Сотталды}, closed: Closed}
            charges:
              a-1: {en: Article one, ru: Статья один}
              a-2:
                label: {en: Article two, kk: Екінші бап}
                law: {en: Criminal Code, ru: Уголовный кодекс}
              a-3: Plain
            """)
        #expect(messages.isEmpty)
        #expect(site.statuses.label("sentenced") == "Sentenced")
        #expect(site.statuses.translated == ["ru": ["sentenced": "Осуждён"], "kk": ["sentenced": "Сотталды"]])
        #expect(site.localized(to: "ru").statuses.label("closed") == "Closed")
        #expect(site.charges.map(\.label) == ["Article one", "Article two", "Plain"])
        #expect(site.charges[0].translatedLabel == ["ru": "Статья один"])
        #expect(site.charges[1].translatedLabel == ["kk": "Екінші бап"])
        #expect(site.charges[1].law == "Criminal Code")
        #expect(site.charges[1].translatedLaw == ["ru": "Уголовный кодекс"])
    }

    @Test(arguments: [
        ("languages: [en, ru, kk]\ntitle: {en: Site, de: Seite}",
         "content/site.yml:2:19: error: 'de' is not one of the site's languages (en, ru, kk); add it to 'languages' in site.yml, or remove this text"),
        ("languages: [en, ru, kk]\ntitle: {en: Site, kz: Сайт}",
         "content/site.yml:2:19: error: 'kz' is not one of the site's languages (en, ru, kk); did you mean 'kk'?"),
        ("languages: [en, ru, kk]\ntitle: {en: Site, ur: Сайт}",
         "content/site.yml:2:19: error: 'ur' is not one of the site's languages (en, ru, kk); did you mean 'ru'?"),
        ("languages: [en, ru]\ntitle: {ru: Сайт}",
         "content/site.yml:2:8: error: 'title' has no text in the default language; add 'en: ...' (the first of the site's languages)"),
        ("title: {en: Site, ru: Сайт}",
         "content/site.yml:1:19: error: 'ru' is not the site's language ('en'); to publish in more languages, add `languages: [en, ru]` to site.yml"),
        ("languages: [en, ru]\ntitle: Site\nroles: {defendant: {en: Defendant, Russian: Обвиняемый}}",
         "content/site.yml:3:36: error: 'Russian' is not a language code; did you mean 'ru'?"),
        ("languages: [en, ru]\ntitle: [Site]",
         "content/site.yml:2:8: error: expected text for 'title', or a text per language like {en: ...}, found a list"),
    ])
    func badPerLanguageTexts(_ yaml: String, _ message: String) {
        #expect(parse(yaml + "\n").1 == [message])
    }

    @Test func aMapOnAOneLanguageSiteIsFineWithThatLanguage() {
        let (site, messages) = parse("language: ru\ntitle: {ru: Сайт}\n")
        #expect(messages.isEmpty)
        #expect(site.title == "Сайт")
        #expect(site.translatedTitle.isEmpty)
    }

    @Test func aMappingThatIsNotLanguagesSaysToQuote() {
        let messages = parse("title: Site\nstatuses: {closed: {Closed: for good}}\n").1
        #expect(messages == ["content/site.yml:2:21: error: 'Closed' is not a language code; a text per language is written {en: ...}; if the text contains ': ', put it in quotes"])
    }
}

/// A one-language site's slip (`kz` for `kk`) is told as the language meant, not as a
/// second language to add.
@Suite struct OneLanguageSlipTests {
    @Test func kzOnAKazakhSiteMeansKk() {
        var site = SiteConfig()
        site.language = "kk"
        #expect(LanguageCode.unlisted("kz", site: site) == "'kz' is not the site's language ('kk'); did you mean 'kk'?")
        #expect(LanguageCode.unlisted("ru", site: site).hasSuffix("add `languages: [kk, ru]` to site.yml"))
    }
}
