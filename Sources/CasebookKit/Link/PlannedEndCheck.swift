/// A held period dated after the day the site is counted at, when that day is not one the
/// editor chose: the latest update of any case, or today's date. `to` is the day the period
/// ended, but courts set days in advance ("detention extended until 10 February", the end of
/// a term), and such a day written as `to` shows an end that has not come and, once the day
/// passes, takes the person off the list of who is held now (and their address off
/// `/letters/`) with nothing saying they were freed. A `from` after the day counts nothing:
/// an arrest recorded without the case's last update leaves the person off the list as
/// "not begun". Warnings, since the case's last update may be what is late; a day given
/// (`--as-of DATE`, site.yml `as_of`) may be one in the past on purpose, and is not judged.
enum PlannedEndCheck {
    static func problems(_ archive: Archive) -> [Diagnostic] {
        let ledger = archive.custody
        guard let asOf = ledger.asOf, asOf.source == .latestUpdate || asOf.source == .today else { return [] }
        let origin = asOf.source == .today ? " (today)" : AsOfOrigin.said(archive)
        // Counted at today's date, the day has not come; at the latest update, the update may be what is late.
        let ended = asOf.source == .today ? "" : "; if it has ended, set the case's 'updated' to the day it was checked"
        let begun = asOf.source == .today ? "check the date; a period is recorded once it has begun"
            : "if it has begun, set the case's 'updated' to the day it was checked; a period is recorded once it has begun"
        // An update known to its month (`updated: 2025-05`) may have been on its last day.
        let limit = ledger.dayFrom.flatMap { archive.caseRecord($0)?.updated?.lastDayNumber } ?? asOf.dayNumber
        return ledger.entries.compactMap { entry in
            guard entry.isHeldKind, let linked = archive.caseRecord(entry.caseID) else { return nil }
            let at = "after the day the site is counted at, \(asOf.date)\(origin)"
            if entry.period.from.firstDayNumber > asOf.dayNumber {
                return Diagnostic(.warning, linked.record.info.path, entry.period.position,
                    "this custody period starts ('from: \(entry.period.from)') \(at): it counts no day, and '\(entry.personID)' is not held under it "
                    + "on the site ('not begun' on their page): " + begun)
            }
            guard let to = entry.period.to, to.firstDayNumber > limit else { return nil }
            return Diagnostic(.warning, linked.record.info.path, entry.period.position,
                "this custody period ends ('to: \(to)') \(at): 'to' is the day a period ended, "
                + "and a day set in advance (a detention extended until then, the end of a term) takes the person off the list of who is held now "
                + "when it comes, with nothing saying they were freed: leave 'to' out while the period lasts" + ended)
        }
    }
}
