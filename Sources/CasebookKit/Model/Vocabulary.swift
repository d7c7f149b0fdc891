/// A closed list of keys with their display labels (statuses, roles, event types ...).
public struct Vocabulary: Sendable, Hashable {
    public let name: String
    /// Keys in the order site.yml (or the default) lists them; pages list values in this order.
    public let keys: [String]
    public let labels: [String: String]
    /// Labels in the site's other languages: language -> key -> label. A key missing
    /// there is shown with its default-language label.
    public var translated: [String: [String: String]] = [:]
    /// Old key -> the key it was renamed to (site.yml `former_keys`), so a file still
    /// writing the old one is told which to write.
    public var renamed: [String: String] = [:]
    /// In a language's settings (`localized(to:fallback:)`): key -> the default language's
    /// code, for each label shown in it for want of a translation (its `lang` on the page).
    public var shownIn: [String: String] = [:]

    public init(name: String, entries: [(String, String)]) {
        self.name = name
        self.keys = entries.map(\.0)
        var labels: [String: String] = [:]
        for (key, label) in entries { labels[key] = label }
        self.labels = labels
    }

    public func contains(_ key: String) -> Bool { labels[key] != nil }

    public func label(_ key: String) -> String { labels[key] ?? key }

    /// The key a label stands for, in any of the site's languages, letter case and `ё` aside
    /// (`освобожден` for `released`); nil for none. For messages: a file writes the key.
    public func key(labelled value: String) -> String? {
        let fold = { (text: String) in text.lowercased().replacingOccurrences(of: "ё", with: "е").trimmingCharacters(in: .whitespaces) }
        let wanted = fold(value)
        return keys.first { key in
            fold(label(key)) == wanted || translated.keys.sorted().contains { translated[$0]?[key].map(fold) == wanted }
        }
    }

    /// "expected one of: a, b, c" for messages.
    public var allowedList: String { keys.joined(separator: ", ") }
}

/// A criminal-code article or other charge, from site.yml `charges`.
public struct Charge: Sendable, Hashable {
    public let key: String
    public let label: String
    public let law: String?
    /// `unspecified: true`: the sources report the accusation without its article.
    public var unspecified = false
    /// The label and law in the site's other languages (language -> text).
    public var translatedLabel: [String: String] = [:]
    public var translatedLaw: [String: String] = [:]
    /// `country`: the ISO 3166-1 code of the country whose law it is; a case of another country may not use it.
    public var country: String?
    /// In a language's settings (`SiteConfig.localized(to:)`): the default language's code
    /// where the label or law has no text in that language and is shown in the default's.
    public var labelLang: String?
    public var lawLang: String?

    public init(key: String, label: String, law: String?) {
        self.key = key
        self.label = label
        self.law = law
    }
}
