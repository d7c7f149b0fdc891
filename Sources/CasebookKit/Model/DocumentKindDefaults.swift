/// The built-in `document_kinds` vocabulary, labelled in English, Russian and Kazakh like
/// `affiliations`: a kind of document is shown on every page, so a site that leaves the
/// vocabulary out still shows each language its own words.
extension SiteConfig.Defaults {
    static let documentKindLabels: [String: [(String, String)]] = [
        "en": [
            ("indictment", "indictment"), ("verdict", "verdict"), ("appeal-ruling", "appeal ruling"),
            ("complaint", "complaint"), ("un-opinion", "UN opinion"), ("other", "other document"),
        ],
        "ru": [
            ("indictment", "обвинительное заключение"), ("verdict", "приговор"),
            ("appeal-ruling", "решение апелляционного суда"), ("complaint", "жалоба"),
            ("un-opinion", "мнение органа ООН"), ("other", "другой документ"),
        ],
        "kk": [
            ("indictment", "айыптау қорытындысы"), ("verdict", "үкім"),
            ("appeal-ruling", "апелляциялық сот шешімі"), ("complaint", "шағым"),
            ("un-opinion", "БҰҰ органының пікірі"), ("other", "басқа құжат"),
        ],
    ]

    /// The vocabulary for a site in `languages` (the default first), as `affiliations(in:)`.
    public static func documentKinds(in languages: [String]) -> Vocabulary {
        builtInLabels(documentKindLabels, name: "document_kinds", in: languages)
    }
}
