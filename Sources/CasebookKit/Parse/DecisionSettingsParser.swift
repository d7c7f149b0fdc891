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
        } else {
            site.sentenceTypes = SiteConfig.Defaults.sentenceTypeVocabulary(in: languages)
        }
    }
}
