/// Dates of a person's decisions that contradict the rest of the case file: a decision more
/// than a year before the case's first event (a year mistyped, 2015 for 2019: the pages and
/// the order of the decisions rest on it), and an appeal, cassation or supervisory ruling
/// listed and dated before the first-instance verdict it would review. Warnings at the decision: the file may
/// be right (a case whose early events are not recorded), and an archive that built before
/// keeps building.
extension FieldReader {
    /// Decision kinds that review a verdict.
    static let reviewKinds: Set<String> = ["appeal", "cassation", "supervisory"]

    mutating func checkDecisionDates(_ people: [CaseRecord.Participant], events: [Event]) {
        let firstEvent = events.min { $0.date.firstDayNumber < $1.date.firstDayNumber }
        for participant in people where !participant.decisions.isEmpty {
            if let firstEvent {
                for decision in participant.decisions where decision.date.lastDayNumber < firstEvent.date.firstDayNumber - 365 {
                    diagnostics.warning(decision.position,
                        "this decision ('date: \(decision.date)') is more than a year before the case's first event "
                        + "('\(firstEvent.date)', line \(firstEvent.position.line)): check its year; if the case began earlier, "
                        + "record the events that began it")
                }
            }
            // The shorthand `sentence` is an earlier verdict (a first-instance decision listed
            // after an appeal is then a retrial's); one listed after a later decision is an error already.
            guard participant.sentence.isEmpty,
                  let first = participant.decisions.firstIndex(where: { $0.kind == SiteConfig.Defaults.firstInstance }) else { continue }
            let verdict = participant.decisions[first]
            for decision in participant.decisions[..<first] where Self.reviewKinds.contains(decision.kind)
                && decision.date.lastDayNumber < verdict.date.firstDayNumber {
                diagnostics.warning(decision.position,
                    "this \(decision.kind) ('date: \(decision.date)') is dated before the first-instance decision it would review "
                    + "('date: \(verdict.date)', line \(verdict.position.line)): check both dates; an appeal against another "
                    + "ruling (a measure of restraint) is an event of the case, not a decision")
            }
        }
    }
}
