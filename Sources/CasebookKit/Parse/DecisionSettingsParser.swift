/// site.yml's settings for decisions and sentences: `decision_kinds`, `decision_outcomes`
/// (each `{label, clears_sentence}` or a label alone) and the `amount` flag of
/// `sentence_types` entries (`{label, amount: true}`).
extension SiteParser {
    static func decisionSettings(_ site: inout SiteConfig, _ fields: Fields, reader: inout FieldReader) {
        let languages = site.allLanguages
        site.decisionKinds = vocabulary(fields, "decision_kinds", site: site, reader: &reader)
            ?? SiteConfig.Defaults.decisionKinds(in: languages)
        if let (vocabulary, flags) = flaggedVocabulary(fields, "decision_outcomes", flag: "clears_sentence", site: site, reader: &reader) {
            let clearing = vocabulary.keys.filter { flags[$0] ?? SiteConfig.Defaults.clearingOutcomes.contains($0) }
            site.decisionOutcomes = DecisionOutcomes(vocabulary: vocabulary, clearing: Set(clearing))
        } else {
            site.decisionOutcomes = SiteConfig.Defaults.decisionOutcomes(in: languages)
        }
        if let (vocabulary, flags) = flaggedVocabulary(fields, "sentence_types", flag: "amount", site: site, reader: &reader) {
            site.sentenceTypes = vocabulary
            site.durationOnlyTypes = Set(vocabulary.keys.filter { !(flags[$0] ?? !SiteConfig.Defaults.durationOnlyTypes.contains($0)) })
        }
    }

    /// A vocabulary whose entries may also be `{label: …, <flag>: true|false}`; the flags
    /// given, by key. Entries without the flag keep their built-in meaning.
    static func flaggedVocabulary(_ fields: Fields, _ name: String, flag: String, site: SiteConfig,
                                  reader: inout FieldReader) -> (Vocabulary, [String: Bool])? {
        guard let node = fields[name], !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected '\(name)' as a mapping of key: label, found \(node.kindName)")
            return nil
        }
        var pairs: [(String, String)] = []
        var translated: [String: [String: String]] = [:]
        var flags: [String: Bool] = [:]
        for entry in entries {
            let key = checkKey(entry, in: name, reader: &reader)
            var label: (text: String?, translated: [String: String])
            var value: Bool?
            if case .mapping = entry.value.value, !isLabelPerLanguage(entry.value) {
                guard let item = reader.fields(entry.value, known: ["label", flag], what: "an entry of '\(name)'",
                                               example: "{label: …, \(flag): true}") else { continue }
                label = localized(item, "label", site: site, required: true, reader: &reader) ?? (nil, [:])
                value = reader.bool(item, flag)
            } else {
                label = localized(entry.value, entry.key, site: site, reader: &reader)
            }
            guard let key else { continue }
            pairs.append((key, label.text ?? key))
            for (code, text) in label.translated { translated[code, default: [:]][key] = text }
            if let value { flags[key] = value }
        }
        if pairs.isEmpty {
            reader.diagnostics.error(node.position, "'\(name)' must list at least one key")
            return nil
        }
        var vocabulary = Vocabulary(name: name, entries: pairs)
        vocabulary.translated = translated
        return (vocabulary, flags)
    }
}
