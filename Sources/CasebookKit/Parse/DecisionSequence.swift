/// What a person's decisions say against each other, told as warnings at the decision (the
/// file may be right, and an archive that built before keeps building):
///
/// - an outcome `changed` that gives no `sentence` (nor the `charges` it changed): the pages,
///   the statistics and the open data keep the sentence before it in force, right under the
///   word "changed";
/// - a decision that acts on a sentence (parole, a pardon, a sentence replacement, or any
///   decision that changed one) with no conviction before it: the verdict is missing, or
///   one of the dates is wrong, and the page shows a parole of nothing.
///
/// An amnesty or an exchange may free a person before any verdict, and an appeal that
/// upholds may uphold an acquittal, so neither is asked for a conviction.
extension FieldReader {
    static let changedOutcome = "changed"
    /// Decision kinds that act on a sentence already passed.
    static let kindsOnASentence: Set<String> = ["parole", "pardon", "sentence-replacement"]

    mutating func checkDecisionSequence(_ participant: CaseRecord.Participant) {
        let decisions = participant.decisions
        for (index, decision) in decisions.enumerated() {
            let changed = decision.outcome == Self.changedOutcome
            if changed, decision.sentence.isEmpty, decision.sentenceTotal.isEmpty, decision.charges == nil {
                let before = decisions[..<index].last { !$0.sentence.isEmpty || $0.outcome == SiteConfig.Defaults.convicted }
                let kept = before.map { "the sentence of the decision before it (line \($0.position.line))" }
                    ?? (participant.sentence.isEmpty ? "no sentence" : "the sentence under 'sentence'")
                diagnostics.warning(decision.position,
                    "this \(decision.kind)'s outcome is 'changed', but it gives no 'sentence', so the pages, the statistics and the open "
                    + "data keep \(kept) in force after it: give the sentence as the court changed it (sentence: [{type: …, years: …}]); "
                    + "if it changed only the charges, list them under 'charges'; if it left the sentence as it was, write 'outcome: upheld'")
                continue
            }
            guard changed || Self.kindsOnASentence.contains(decision.kind), participant.sentence.isEmpty,
                  !decisions[..<index].contains(where: { !$0.sentence.isEmpty || $0.outcome == SiteConfig.Defaults.convicted }) else { continue }
            let what = changed ? "this \(decision.kind) changed a sentence" : "this \(decision.kind) acts on a sentence"
            if let verdict = decisions[(index + 1)...].first(where: { !$0.sentence.isEmpty || $0.outcome == SiteConfig.Defaults.convicted }) {
                diagnostics.warning(decision.position,
                    "\(what) ('date: \(decision.date)'), but it comes before the decision that convicted '\(participant.person.id)' "
                    + "('date: \(verdict.date)', line \(verdict.position.line)): check both dates, and list the decisions in the order they were made")
            } else {
                diagnostics.warning(decision.position,
                    "\(what), but no decision before it convicts '\(participant.person.id)' and the person has no 'sentence', so the page "
                    + "does not show what it \(changed ? "changed" : "acted on"): record the verdict as a first-instance decision before it, "
                    + "with its date, court and sentence (when only the year is known and not the sentence, like "
                    + "{date: 2015, kind: first-instance, outcome: convicted})")
            }
        }
    }
}
