/// site.yml `decision_kinds` and `decision_outcomes`, with built-in keys labelled in
/// English, Russian and Kazakh like `custody_kinds`.
public struct DecisionOutcomes: Sendable {
    public var vocabulary: Vocabulary
    /// Outcomes that end the sentence before them (an acquittal, a verdict overturned, a
    /// case sent back or dismissed): the person has no sentence until a later one sets one.
    public var clearing: Set<String>

    public init(vocabulary: Vocabulary, clearing: Set<String>) {
        self.vocabulary = vocabulary
        self.clearing = clearing
    }

    public func clearsSentence(_ outcome: String) -> Bool { clearing.contains(outcome) }
}

extension SiteConfig.Defaults {
    static let firstInstance = "first-instance"
    /// The outcome that finds a person guilty: with no sentence recorded, the sentence is unknown.
    static let convicted = "convicted"
    static let clearingOutcomes: Set<String> = ["acquitted", "overturned", "sent-back", "dismissed"]

    static let decisionKindLabels: [String: [(String, String)]] = [
        "en": [
            ("first-instance", "first instance"), ("appeal", "appeal"), ("cassation", "cassation"),
            ("supervisory", "supervisory review"), ("parole", "parole"), ("amnesty", "amnesty"), ("pardon", "pardon"),
            ("sentence-replacement", "sentence replacement"), ("exchange", "prisoner exchange"),
        ],
        "ru": [
            ("first-instance", "первая инстанция"), ("appeal", "апелляция"), ("cassation", "кассация"),
            ("supervisory", "надзорная инстанция"), ("parole", "условно-досрочное освобождение"),
            ("amnesty", "амнистия"), ("pardon", "помилование"), ("sentence-replacement", "замена наказания"),
            ("exchange", "обмен заключёнными"),
        ],
        "kk": [
            ("first-instance", "бірінші саты"), ("appeal", "апелляция"), ("cassation", "кассация"),
            ("supervisory", "қадағалау сатысы"), ("parole", "шартты түрде мерзімінен бұрын босату"),
            ("amnesty", "рақымшылық"), ("pardon", "кешірім"), ("sentence-replacement", "жазаны ауыстыру"),
            ("exchange", "тұтқындармен алмасу"),
        ],
    ]

    static let decisionOutcomeLabels: [String: [(String, String)]] = [
        "en": [
            ("convicted", "convicted"), ("acquitted", "acquitted"), ("upheld", "upheld"), ("changed", "changed"),
            ("overturned", "overturned"), ("sent-back", "sent back for a new trial"), ("released", "released"),
            ("dismissed", "case dismissed"),
        ],
        "ru": [
            ("convicted", "обвинительный приговор"), ("acquitted", "оправдательный приговор"),
            ("upheld", "оставлено без изменения"), ("changed", "изменено"), ("overturned", "отменено"),
            ("sent-back", "направлено на новое рассмотрение"), ("released", "освобождение"),
            ("dismissed", "дело прекращено"),
        ],
        "kk": [
            ("convicted", "айыптау үкімі"), ("acquitted", "ақтау үкімі"), ("upheld", "өзгеріссіз қалдырылды"),
            ("changed", "өзгертілді"), ("overturned", "күші жойылды"), ("sent-back", "қайта қарауға жіберілді"),
            ("released", "босату"), ("dismissed", "іс тоқтатылды"),
        ],
    ]

    /// A vocabulary of built-in keys labelled in the site's default language (English when
    /// the table has none for it), with the table's other languages as translations: the
    /// built-in custody kinds, document kinds, decision kinds and outcomes.
    static func builtInLabels(_ table: [String: [(String, String)]], name: String, in languages: [String]) -> Vocabulary {
        func builtIn(_ code: String) -> [(String, String)]? {
            table[LanguageCode.primary(code)]
        }
        var vocabulary = Vocabulary(name: name, entries: languages.first.flatMap(builtIn) ?? table["en"]!)
        for code in languages.dropFirst() {
            if let entries = builtIn(code) { vocabulary.translated[code] = Dictionary(uniqueKeysWithValues: entries) }
        }
        return vocabulary
    }

    public static func decisionKinds(in languages: [String]) -> Vocabulary {
        builtInLabels(decisionKindLabels, name: "decision_kinds", in: languages)
    }

    public static func decisionOutcomes(in languages: [String]) -> DecisionOutcomes {
        DecisionOutcomes(vocabulary: builtInLabels(decisionOutcomeLabels, name: "decision_outcomes", in: languages),
                         clearing: clearingOutcomes)
    }
}
