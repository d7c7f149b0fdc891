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
            // A death known to its month or year that may fall before the day: its date is
            // not wrong, only rough, and the day of it, when the sources give it, is the fix.
            let rough = died.date.firstDayNumber <= asOf.dayNumber
            let dated = rough
                ? "is known only to its \(died.date.precision == .year ? "year" : "month"), whose last day comes after the day the site is counted at, \(asOf.date)\(origin)"
                : "is dated after the day the site is counted at, \(asOf.date)\(origin)"
            let fix = !rough ? advice : asOf.source == .today ? "give the day of the death if the sources do"
                : "give the day of the death if the sources do, or set the 'updated' of their case to the day it was checked, or 'as_of: YYYY-MM-DD' in site.yml"
            problems.append(Diagnostic(.warning, person.info.path, died.position,
                "this death ('date: \(died.date)') \(dated), so no page, figure or data file says that '\(person.id)' died: \(fix)"))
        }
        return problems
    }
}
