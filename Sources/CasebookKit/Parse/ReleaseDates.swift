/// A decision that released a person (`outcome: released`, or an exchange) against the
/// custody the same person of the case records: a release comes while they are held, so a
/// release after their last period ended, or between two, is one of the dates mistyped (a
/// parole of 2022 for 2021), and the pages tell a reader that the person was freed while
/// the table beside it shows them free at the time. A release before the first period is
/// left alone: a person paroled and arrested again may have only the later custody recorded.
/// A warning at the decision: the file may be right. A person of the case with no custody
/// recorded is not judged (the archive does not follow their custody), nor are outcomes
/// that need no custody (an acquittal of someone free). Any measure counts, as an amnesty
/// may end a freedom limitation; a period may end some days after the decision (a parole
/// takes effect when it can no longer be appealed), so a date that may fall in it counts.
extension FieldReader {
    static let releasedOutcome = "released"

    mutating func checkReleaseDates(_ participant: CaseRecord.Participant) {
        guard !participant.custody.isEmpty else { return }
        let periods = participant.custody.sorted { $0.from.firstDayNumber < $1.from.firstDayNumber }
        for decision in participant.decisions
        where decision.outcome == Self.releasedOutcome || (decision.outcome == nil && decision.kind == CustodyReleaseCheck.exchange) {
            let first = decision.date.firstDayNumber, last = decision.date.lastDayNumber
            guard !periods.contains(where: { $0.from.firstDayNumber <= last && ($0.to.map { $0.lastDayNumber >= first } ?? true) }) else { continue }
            let start = "this \(decision.kind) released '\(participant.person.id)' ('date: \(decision.date)'), but "
            let before = periods.last { $0.to.map { $0.lastDayNumber < first } ?? false }
            let after = periods.first { $0.from.firstDayNumber > last }
            let why: String
            switch (before, after) {
            case (let before?, nil):
                why = "their custody in this case had ended before it ('to: \(before.to!)', line \(before.position.line)): check the dates of both; "
                    + "if they were held until this decision, give that period 'to: \(decision.date.end?.start ?? decision.date.start)'"
                diagnostics.warning(decision.position, start + why)
                continue
            case (let before?, let after?):
                why = "no custody period in this case holds them then (one ended on \(before.to!), line \(before.position.line); the next "
                    + "begins on \(after.from), line \(after.position.line))"
            default:
                // Before the first period began: a person paroled and arrested again, whose
                // earlier custody the case does not record, as much as a date mistyped.
                continue
            }
            diagnostics.warning(decision.position, start + why + ": check the dates of both")
        }
    }
}
