/// A vocabulary of site.yml whose labels are the built-in English ones on a site whose
/// language has built-in labels of its own (Russian, Kazakh): what `casebook init` writes,
/// left as it was when `language: ru` was set. Every page then showed "In pre-trial
/// detention" in a Russian sentence, and nothing said so. One warning per vocabulary, at
/// its first such label, with the built-in labels in the site's language to copy.
enum EnglishLabelsCheck {
    struct Label {
        let key: String
        let text: String
        let position: SourcePosition
    }

    static func check(_ name: String, _ labels: [Label], site: SiteConfig, reader: inout FieldReader) {
        let language = LanguageCode.primary(site.defaultLanguage)
        guard language != "en", let english = builtIn(name, in: "en"), let own = builtIn(name, in: language) else { return }
        let kept = labels.filter { label in
            english.labels[label.key] == label.text && own.labels[label.key].map { $0 != label.text } == true
        }
        guard let first = kept.first else { return }
        let named = kept.prefix(2).map { "'\($0.text)'" }.joined(separator: ", ") + (kept.count > 2 ? " and \(kept.count - 2) more" : "")
        let languageName = LanguageNames.name(of: language, in: "en") ?? language
        let examples = kept.prefix(2).compactMap { label in own.labels[label.key].map { "\(label.key): \($0)" } }.joined(separator: ", ")
        reader.diagnostics.warning(first.position,
            "'\(name)' keeps the built-in English \(kept.count == 1 ? "label" : "labels") \(named) on a site in \(languageName) (language: \(site.defaultLanguage)), which its pages show as they are; write \(kept.count == 1 ? "it" : "them") in \(languageName) (the built-in: \(examples)\(kept.count > 2 ? ", …" : "")), or remove '\(name)' if its keys are all built-in ones, to use the built-in \(languageName) labels")
    }

    /// The built-in vocabulary `name` labelled in `language`; nil for a vocabulary without
    /// built-in labels, or a language the built-in labels lack (they would be English).
    static func builtIn(_ name: String, in language: String) -> Vocabulary? {
        typealias Defaults = SiteConfig.Defaults
        let table: [String: [(String, String)]]
        switch name {
        case "statuses": table = Defaults.statusLabels
        case "roles": table = Defaults.roleLabels
        case "event_types": table = Defaults.eventTypeLabels
        case "sentence_types": table = Defaults.sentenceTypeLabels
        case "organization_kinds": table = Defaults.organizationKindLabels
        case "decision_kinds": table = Defaults.decisionKindLabels
        case "document_kinds": table = Defaults.documentKindLabels
        case "affiliations": table = Defaults.affiliationLabels
        default: return nil
        }
        guard table[language] != nil else { return nil }
        return Defaults.builtInLabels(table, name: name, in: [language])
    }
}
