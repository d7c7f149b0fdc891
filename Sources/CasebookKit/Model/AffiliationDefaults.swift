/// The built-in `affiliations` vocabulary. Unlike the other vocabularies its labels come in
/// English, Russian and Kazakh: "alleged by the prosecution" must never reach a reader in
/// another language's words only because site.yml left the vocabulary out.
extension SiteConfig.Defaults {
    static let affiliationLabels: [String: [(String, String)]] = [
        "en": [
            (AffiliationLink.member, "member"), ("leader", "leader"), ("founder", "founder"),
            ("supporter", "supporter"), (AffiliationLink.alleged, "alleged by the prosecution"),
        ],
        "ru": [
            (AffiliationLink.member, "член"), ("leader", "руководитель"), ("founder", "основатель"),
            ("supporter", "сторонник"), (AffiliationLink.alleged, "по версии обвинения"),
        ],
        "kk": [
            (AffiliationLink.member, "мүше"), ("leader", "жетекші"), ("founder", "негізін қалаушы"),
            ("supporter", "жақтаушы"), (AffiliationLink.alleged, "айыптау тарапының айтуы бойынша"),
        ],
    ]

    /// The vocabulary for a site in `languages` (the default first): the labels of each
    /// language by its primary subtag (`ru-KZ` is Russian), English for the default language
    /// when it has none built in; another language without them shows the default's.
    public static func affiliations(in languages: [String]) -> Vocabulary {
        func builtIn(_ code: String) -> [(String, String)]? {
            affiliationLabels[LanguageCode.primary(code)]
        }
        var vocabulary = Vocabulary(name: "affiliations",
                                    entries: languages.first.flatMap(builtIn) ?? affiliationLabels["en"]!)
        for code in languages.dropFirst() {
            if let entries = builtIn(code) { vocabulary.translated[code] = Dictionary(uniqueKeysWithValues: entries) }
        }
        return vocabulary
    }
}
