/// The languages of a site, and its settings as a page in one of them shows them.
extension SiteConfig {
    /// The language pages are written in at the root of the site.
    public var defaultLanguage: String { languages.first ?? language }

    /// Every language of the site, the default first.
    public var allLanguages: [String] { languages.isEmpty ? [language] : languages }

    /// The settings with every label, the title and the description in `code`, each
    /// falling back to the default language where site.yml gives no translation.
    public func localized(to code: String) -> SiteConfig {
        guard code != defaultLanguage else { return self }
        var copy = self
        copy.language = code
        copy.title = translatedTitle[code] ?? title
        copy.description = translatedDescription[code] ?? description
        // Not the default language's: a language feed_name does not name keeps its own title's ids.
        copy.feedName = translatedFeedName[code]
        // Every label left in the default language is marked so (`shownIn`), for its `lang`.
        copy.statuses = statuses.localized(to: code, fallback: defaultLanguage)
        copy.roles = roles.localized(to: code, fallback: defaultLanguage)
        copy.eventTypes = eventTypes.localized(to: code, fallback: defaultLanguage)
        copy.sentenceTypes = sentenceTypes.localized(to: code, fallback: defaultLanguage)
        copy.organizationKinds = organizationKinds.localized(to: code, fallback: defaultLanguage)
        copy.affiliations = affiliations.localized(to: code, fallback: defaultLanguage)
        copy.documentKinds = documentKinds.localized(to: code, fallback: defaultLanguage)
        copy.decisionKinds = decisionKinds.localized(to: code, fallback: defaultLanguage)
        copy.decisionOutcomes.vocabulary = decisionOutcomes.vocabulary.localized(to: code, fallback: defaultLanguage)
        copy.custodyKinds.vocabulary = custodyKinds.vocabulary.localized(to: code, fallback: defaultLanguage)
        copy.charges = charges.map { charge in
            var copy = Charge(key: charge.key, label: charge.translatedLabel[code] ?? charge.label,
                              law: charge.translatedLaw[code] ?? charge.law)
            copy.unspecified = charge.unspecified
            copy.country = charge.country
            copy.labelLang = charge.translatedLabel[code] == nil ? defaultLanguage : nil
            copy.lawLang = charge.law != nil && charge.translatedLaw[code] == nil ? defaultLanguage : nil
            return copy
        }
        return copy
    }
}

extension Vocabulary {
    /// The same keys with the labels of `code` where given; with `fallback`, the others
    /// are marked as shown in it (`shownIn`).
    func localized(to code: String, fallback: String? = nil) -> Vocabulary {
        let own = translated[code] ?? [:]
        var copy = own.isEmpty ? self : Vocabulary(name: name, entries: keys.map { ($0, own[$0] ?? label($0)) })
        if let fallback {
            for key in keys where own[key] == nil { copy.shownIn[key] = fallback }
        }
        return copy
    }
}
