/// site.yml `custody_kinds`: the measures a custody period may be, each labelled and marked
/// as depriving of liberty (`held`) or not. Only held kinds count as "held now" and as days
/// in custody; the others (freedom limitation, a travel ban) are shown but never counted.
public struct CustodyKinds: Sendable {
    public var vocabulary: Vocabulary
    /// The keys that deprive of liberty.
    public var held: Set<String>

    public init(vocabulary: Vocabulary, held: Set<String>) {
        self.vocabulary = vocabulary
        self.held = held
    }

    public func isHeld(_ kind: String) -> Bool { held.contains(kind) }
}

/// The built-in kinds, labelled in English, Russian and Kazakh like `document_kinds`.
extension SiteConfig.Defaults {
    static let heldCustodyKinds: Set<String> = ["detention", "pretrial-detention", "house-arrest", "prison", "psychiatric"]

    static let custodyKindLabels: [String: [(String, String)]] = [
        "en": [
            ("detention", "police custody"), ("pretrial-detention", "pre-trial detention"),
            ("house-arrest", "house arrest"), ("prison", "prison"), ("psychiatric", "psychiatric hospital"),
            ("freedom-limitation", "freedom limitation"), ("travel-ban", "travel ban"),
        ],
        "ru": [
            ("detention", "задержание"), ("pretrial-detention", "содержание под стражей"),
            ("house-arrest", "домашний арест"), ("prison", "лишение свободы"),
            ("psychiatric", "психиатрический стационар"), ("freedom-limitation", "ограничение свободы"),
            ("travel-ban", "запрет на выезд"),
        ],
        "kk": [
            ("detention", "ұстау"), ("pretrial-detention", "күзетпен ұстау"),
            ("house-arrest", "үй қамағы"), ("prison", "бас бостандығынан айыру"),
            ("psychiatric", "психиатриялық стационар"), ("freedom-limitation", "бас бостандығын шектеу"),
            ("travel-ban", "елден шығуға тыйым"),
        ],
    ]

    /// The vocabulary for a site in `languages` (the default first), as `documentKinds(in:)`.
    public static func custodyKinds(in languages: [String]) -> CustodyKinds {
        CustodyKinds(vocabulary: builtInLabels(custodyKindLabels, name: "custody_kinds", in: languages), held: heldCustodyKinds)
    }
}
