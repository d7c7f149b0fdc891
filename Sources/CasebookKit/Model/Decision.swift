/// One decision about a person in a case (`people[].decisions`): a verdict, an appeal or
/// cassation ruling, a supervisory review, parole, an amnesty, a pardon, a sentence
/// replacement or an exchange. The current sentence is the one the latest decision that
/// sets one set (`CaseRecord.Participant.currentSentence`).
public struct Decision: Sendable, Hashable {
    public let date: PartialDate
    /// The court (an organization of kind `court`); nil for an amnesty or pardon.
    public let court: Ref?
    /// A key of site.yml `decision_kinds`.
    public let kind: String
    /// A key of site.yml `decision_outcomes`.
    public let outcome: String?
    /// The charges the court ruled on; nil when the decision does not say.
    public let charges: [Ref]?
    /// The sentence's parts, as the court gave them (per charge when it named them).
    public var sentence: [SentenceComponent]
    /// The combined term, when the court gave one beside the parts per charge.
    public var sentenceTotal: [SentenceComponent]
    public let inAbsentia: Bool
    public let sources: [Ref]
    public var note: String?
    public let certainty: Certainty?
    public let position: SourcePosition
    /// Set on a page of another language when the note is the default language's.
    public var shownIn: String? = nil

    public init(date: PartialDate, court: Ref? = nil, kind: String, outcome: String? = nil, charges: [Ref]? = nil,
                sentence: [SentenceComponent] = [], sentenceTotal: [SentenceComponent] = [], inAbsentia: Bool = false,
                sources: [Ref] = [], note: String? = nil, certainty: Certainty? = nil,
                position: SourcePosition) {
        self.date = date
        self.court = court
        self.kind = kind
        self.outcome = outcome
        self.charges = charges
        self.sentence = sentence
        self.sentenceTotal = sentenceTotal
        self.inAbsentia = inAbsentia
        self.sources = sources
        self.note = note
        self.certainty = certainty
        self.position = position
    }

    /// The sentence this decision sets: the parts, or with a combined term, the total's parts
    /// and the parts it does not combine. The total combines the terms per article: a part
    /// naming a charge, a part of a type the total gives, and, when the total is a prison term
    /// (or life, or suspended), every prison term. A part of another type given once for the
    /// whole sentence (a fine, a ban from release) stays beside it, or it would vanish.
    public var effectiveSentence: [SentenceComponent] {
        guard !sentenceTotal.isEmpty else { return sentence }
        var combined = Set(sentenceTotal.map(\.type))
        if !combined.isDisjoint(with: Self.termTypes) { combined.formUnion(Self.termTypes) }
        return sentenceTotal + sentence.filter { $0.charge == nil && !combined.contains($0.type) }
    }

    /// The forms of one prison term: a total of one of them combines parts of any.
    static let termTypes: Set<String> = ["imprisonment", "life", "suspended"]

    /// Whether the decision sets a sentence, or ends the one before (an acquittal, an
    /// overturned verdict, a case sent back or dismissed).
    public func setsSentence(_ outcomes: DecisionOutcomes) -> Bool {
        !sentence.isEmpty || outcome.map(outcomes.clearsSentence) == true
    }
}

/// A role a person had in a case before their current one (`earlier_roles`): a witness
/// who became a defendant.
public struct EarlierRole: Sendable, Hashable {
    public let role: String
    /// The last day of that role, when the sources give it.
    public let until: PartialDate?
    public let sources: [Ref]
    public let position: SourcePosition
}
