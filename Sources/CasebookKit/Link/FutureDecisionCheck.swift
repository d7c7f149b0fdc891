/// A decision dated after the day the site is counted at, when that day is not one the
/// editor chose (the latest update of any case, or today's date). A decision is recorded
/// once it is made, and the latest that sets a sentence sets the one the pages, the
/// statistics and the open data give as in force: a year mistyped (2052 for 2025) put a
/// sentence nobody has passed in force with nothing said, or a hearing set for a later day
/// was written as its outcome. A warning at the decision, like `PlannedEndCheck`'s at a
/// custody period: the case's last update may be what is late. A day given (`--as-of DATE`,
/// site.yml `as_of`) may be one in the past on purpose, and is not judged.
enum FutureDecisionCheck {
    static func problems(_ archive: Archive) -> [Diagnostic] {
        let ledger = archive.custody
        guard let asOf = ledger.asOf, asOf.source == .latestUpdate || asOf.source == .today else { return [] }
        let origin = asOf.source == .today ? " (today)" : AsOfOrigin.said(archive)
        let advice = asOf.source == .today ? "check its date" : "check its year; if it has been made, set the case's 'updated' to the day it was checked"
        // An update known to its month (`updated: 2025-05`) may have been on its last day.
        let limit = ledger.dayFrom.flatMap { archive.caseRecord($0)?.updated?.lastDayNumber } ?? asOf.dayNumber
        var problems: [Diagnostic] = []
        for linked in archive.cases {
            for participant in linked.record.people {
                for decision in participant.decisions where decision.date.firstDayNumber > limit {
                    let sets = decision.setsSentence(archive.site.decisionOutcomes) && participant.decisions.last(where: {
                        $0.setsSentence(archive.site.decisionOutcomes) }) == decision
                        ? ", and the pages, the statistics and the open data give the sentence it sets as in force" : ""
                    problems.append(Diagnostic(.warning, linked.record.info.path, decision.position,
                        "this decision ('date: \(decision.date)') is dated after the day the site is counted at, \(asOf.date)\(origin)\(sets): "
                        + "a decision is recorded once it is made (a hearing set for a later day is an event): \(advice)"))
                }
            }
        }
        return problems
    }
}
