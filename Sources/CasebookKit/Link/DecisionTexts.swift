/// What a person's decisions add to the case's charges and to the texts the leak check reads.
extension CaseRecord.Participant {
    /// Charges a decision ruled on or a sentence part is for, as keys: a charge named only
    /// there (reclassified in court) still puts the case on that charge's page.
    var decisionChargeKeys: [String] {
        guard !decisions.isEmpty || sentence.contains(where: { $0.charge != nil }) else { return [] }
        var keys = sentence.compactMap(\.charge?.id)
        for decision in decisions {
            keys += (decision.charges ?? []).map(\.id)
            keys += (decision.sentence + decision.sentenceTotal).compactMap(\.charge?.id)
        }
        return keys
    }

    /// The published words of the decisions: their notes and their parts' notes.
    var decisionTexts: [String] {
        decisions.flatMap { decision in
            [decision.note].compactMap { $0 } + (decision.sentence + decision.sentenceTotal).compactMap(\.note)
        }
    }
}

extension Archive {
    /// Whether any published case lists decisions: only then the open data carry their
    /// columns and the statistics say which sentence they count.
    public var recordsDecisions: Bool {
        cases.contains { linked in linked.record.people.contains { !$0.decisions.isEmpty } }
    }
}
