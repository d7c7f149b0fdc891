/// A death dated after the day the site is counted at, when that day is not one the editor
/// chose (the latest update of any case, or today's date). The pages, the statistics and the
/// open data give a death only once its day has come (`Person.died(asOf:)`), so a death
/// recorded in the person's file without the case's last update being moved, or a year
/// mistyped, would leave it unsaid with nothing said. A warning at `died`, like
/// `FutureDecisionCheck`'s at a decision: a day given (`--as-of DATE`, site.yml `as_of`) may
/// be one in the past on purpose, and is not judged.
enum FutureDeathCheck {
    static func problems(_ archive: Archive) -> [Diagnostic] {
        guard let asOf = archive.custody.asOf, asOf.source == .latestUpdate || asOf.source == .today else { return [] }
        let origin = asOf.source == .today ? " (today)" : AsOfOrigin.said(archive)
        let advice = asOf.source == .today
            ? "check its date"
            : "check its year; if it is right, set the 'updated' of their case to the day it was checked, or 'as_of: YYYY-MM-DD' in site.yml"
        var problems: [Diagnostic] = []
        for linked in archive.people {
            let person = linked.record
            guard let died = person.died, person.died(asOf: asOf) == nil else { continue }
            problems.append(Diagnostic(.warning, person.info.path, died.position,
                "this death ('date: \(died.date)') is dated after the day the site is counted at, \(asOf.date)\(origin), "
                + "so no page, figure or data file says that '\(person.id)' died: \(advice)"))
        }
        return problems
    }
}
