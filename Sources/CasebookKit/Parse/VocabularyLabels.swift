/// The labels of site.yml's vocabularies and charges: the words pages print wherever a key
/// is used ("Koshe Party, alleged by the prosecution"). An empty label printed nothing (the
/// allegation read as plain membership) and `~` printed a literal "~", so a label that is
/// empty or null (`~`, `null`, nothing after the colon), in any language, is an error.
extension SiteParser {
    /// Which label is read: the key `key` of the vocabulary `vocabulary` (`charges` too).
    struct LabelOf {
        let vocabulary: String
        let key: String
    }

    /// A label given as a scalar that is null or blank; nil for any other node.
    static func isEmptyLabel(_ node: YAMLNode) -> Bool {
        guard case .scalar(let text, let isNull) = node.value else { return false }
        return isNull || TextShortcuts.isBlank(text)
    }

    /// The error for an empty label of `label`, given for `language` (nil: as a plain text,
    /// the default language's).
    static func emptyLabel(_ node: YAMLNode, _ label: LabelOf, language: String?, site: SiteConfig) -> String {
        let what = node.isNull ? "no label (YAML reads '~', 'null' and nothing after the colon as no value)" : "an empty label"
        let whose = "'\(label.key)' in '\(label.vocabulary)'"
        if let language, language != site.defaultLanguage {
            return "\(whose) has \(what) in '\(language)', so pages in that language would show nothing where it belongs; "
                + "write its words, or leave '\(language)' out to show the \(site.defaultLanguage) label"
        }
        let example = builtInLabel(label, language: site.defaultLanguage).map { ", like '\(label.key): \($0)'" } ?? ""
        return "\(whose) has \(what), so pages would show nothing where it belongs; write the words they show for it\(example)"
    }

    /// The built-in label of a key, in a language (English where casebook has none), for the suggestion.
    static func builtInLabel(_ label: LabelOf, language: String) -> String? {
        let languages = [language]
        let defaults = SiteConfig.Defaults.self
        let vocabulary: Vocabulary? = switch label.vocabulary {
        case "statuses": defaults.statusVocabulary(in: languages)
        case "roles": defaults.roleVocabulary(in: languages)
        case "event_types": defaults.eventTypeVocabulary(in: languages)
        case "sentence_types": defaults.sentenceTypeVocabulary(in: languages)
        case "organization_kinds": defaults.organizationKindVocabulary(in: languages)
        case "affiliations": defaults.affiliations(in: languages)
        case "document_kinds": defaults.documentKinds(in: languages)
        case "decision_kinds": defaults.decisionKinds(in: languages)
        case "decision_outcomes": defaults.decisionOutcomes(in: languages).vocabulary
        case "custody_kinds": defaults.custodyKinds(in: languages).vocabulary
        default: nil
        }
        guard let vocabulary, vocabulary.contains(label.key) else { return nil }
        return vocabulary.label(label.key)
    }
}
