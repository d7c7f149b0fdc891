/// What a person's decisions in a case add up to. `sentence:` on a person is the shorthand
/// for one first-instance decision; `decisions:` lists them all, in the order they were
/// made. The current sentence is set by the latest decision that sets one: a decision with
/// a sentence sets it, an acquittal or a verdict overturned ends it, and any other decision
/// (an appeal upheld, parole) leaves it as it was.
extension CaseRecord.Participant {
    /// The decision that set the current sentence; nil when the shorthand `sentence:` did,
    /// or when no decision set one.
    public func currentDecision(_ outcomes: DecisionOutcomes) -> Decision? {
        decisions.last { $0.setsSentence(outcomes) }
    }

    /// The sentence in force: the statistics, the open data and the pages' first line use it.
    public func currentSentence(_ outcomes: DecisionOutcomes) -> [SentenceComponent] {
        if let decision = currentDecision(outcomes) { return decision.effectiveSentence }
        return sentence
    }

    /// The first instance's sentence, for the open data's own column: the shorthand, else
    /// the first first-instance decision that gave one.
    public var firstInstanceSentence: [SentenceComponent] {
        if !sentence.isEmpty { return sentence }
        return decisions.first { $0.kind == SiteConfig.Defaults.firstInstance && !$0.sentence.isEmpty }?.effectiveSentence ?? []
    }

    /// Whether the sentence in force was passed in the person's absence: such a person is
    /// never counted as imprisoned or held.
    public func sentencedInAbsentia(_ outcomes: DecisionOutcomes) -> Bool {
        currentDecision(outcomes)?.inAbsentia == true
    }

    /// Whether the person was convicted after the last decision that set or ended a
    /// sentence, and no sentence is recorded since: the sentence is not known, which is not
    /// "none in force".
    public func sentenceUnknown(_ outcomes: DecisionOutcomes) -> Bool {
        guard currentSentence(outcomes).isEmpty else { return false }
        let after = decisions.lastIndex { $0.setsSentence(outcomes) }.map { $0 + 1 } ?? 0
        return decisions[after...].contains { $0.outcome == SiteConfig.Defaults.convicted }
    }

    /// Whether anything about a sentence is recorded: the shorthand or any decision.
    public var recordsDecisions: Bool { !decisions.isEmpty }
}
