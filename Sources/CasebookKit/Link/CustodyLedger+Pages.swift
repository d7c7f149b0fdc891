/// What the pages of who is held now read from the ledger besides its own figures: where a
/// person's unbroken custody began, and the days held in one case. Computed from the
/// ledger's entries, so the pages agree with its totals.
extension CustodyLedger {
    /// The first day of the custody a person held now is in without a break: the start of
    /// the period they are held under, or of an earlier held period that leads into it, each
    /// ending on or the day before the next one starts. Nil when not held now.
    public func continuousStart(of personID: String) -> PartialDate? {
        guard let current = currentHeld[personID] else { return nil }
        let held = (byPerson[personID] ?? []).map { entries[$0] }.filter { $0.isHeldKind && $0.days > 0 }
        var start = entries[current].period.from
        var joined = true
        while joined {
            joined = false
            for entry in held where entry.period.from.firstDayNumber < start.firstDayNumber {
                let end = entry.period.endDayNumber ?? Int.max
                if end >= start.firstDayNumber - 1 {
                    start = entry.period.from
                    joined = true
                }
            }
        }
        return start
    }

    /// Days held in one case (held kinds only, a day in two periods once), and whether the
    /// count rests on a partial date.
    public func daysHeld(of personID: String, inCase caseID: String) -> (days: Int, approximate: Bool) {
        var spans: [ClosedRange<Int>] = []
        var approximate = false
        for index in byPerson[personID] ?? [] {
            let entry = entries[index]
            guard entry.caseID == caseID, entry.isHeldKind, entry.days > 0 else { continue }
            let start = entry.period.from.firstDayNumber
            spans.append(start...(start + entry.days - 1))
            if entry.period.isApproximate { approximate = true }
        }
        return (Self.daysCovered(spans), approximate)
    }
}
