/// The statistics' sentences after decisions: each defendant counts under the sentence in
/// force after their latest decision, and one sentenced in absentia counts in a row of
/// their own instead of under penalties they do not serve.
extension Statistics {
    /// Not a sentence type key (those are site.yml keys, which cannot start with a space).
    static let inAbsentia = " in-absentia"

    /// The keys a defendant counts under in "By sentence type": the current sentence's
    /// types, or `inAbsentia`; empty when no sentence is in force.
    static func sentenceKeys(_ participant: CaseRecord.Participant, site: SiteConfig) -> [String] {
        guard participant.recordsDecisions else { return participant.sentence.map(\.type) }
        if participant.sentencedInAbsentia(site.decisionOutcomes) { return [inAbsentia] }
        return participant.currentSentence(site.decisionOutcomes).map(\.type)
    }

    /// The parts of the sentence the figure counts (`sentenceKeys`): none for one passed in absentia.
    static func countedSentence(_ participant: CaseRecord.Participant, site: SiteConfig) -> [SentenceComponent] {
        guard participant.recordsDecisions else { return participant.sentence }
        if participant.sentencedInAbsentia(site.decisionOutcomes) { return [] }
        return participant.currentSentence(site.decisionOutcomes)
    }

    static func inAbsentiaRows(_ sentences: Tally, words: Catalogue) -> [Row] {
        sentences.keys.contains(inAbsentia)
            ? [sentences.row(inAbsentia, label: words.text("decisions.statistics_in_absentia"), href: nil)] : []
    }
}

extension StatisticsPageContext {
    /// The sentence figure with the sentence saying it counts sentences in force, on a site
    /// with decisions (without them, the only sentence is the first and the last).
    func sentenceFootnote(_ figure: Figure) -> Figure {
        guard recordsDecisions else { return figure }
        var figure = figure
        figure.footnote = words.text("decisions.statistics_note")
        return figure
    }
}
