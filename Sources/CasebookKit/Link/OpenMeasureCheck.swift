/// A measure that deprives of no liberty (freedom limitation, a travel ban) still running on
/// the build's day while the person has since been taken into custody: the person's page
/// would show "freedom limitation … continues" beside "prison … still held", and custody.csv
/// both as current. Usually the measure ended when they were detained, or a court added it to
/// the new sentence, and the file was not updated. A warning at the measure, since the editor
/// may know why both go on, and an archive that built before keeps building.
enum OpenMeasureCheck {
    static func problems(_ archive: Archive) -> [Diagnostic] {
        let ledger = archive.custody
        guard let asOf = ledger.asOf else { return [] }
        var problems: [Diagnostic] = []
        for entry in ledger.entries where !entry.isHeldKind && entry.isCurrent {
            guard let current = ledger.currentHeld[entry.personID], let since = ledger.continuousStart(of: entry.personID),
                  since.firstDayNumber > entry.period.from.firstDayNumber,
                  let linked = archive.caseRecord(entry.caseID) else { continue }
            let held = ledger.entries[current]
            let path = linked.record.info.path
            // The period that began the unbroken custody, to point at: the one held now, or an earlier one that leads into it.
            let first = ledger.entries.first {
                $0.personID == entry.personID && $0.isHeldKind && $0.period.from == since && $0.days > 0
            } ?? held
            let firstPath = archive.caseRecord(first.caseID)?.record.info.path ?? path
            let place = firstPath == path ? "line \(first.period.position.line)" : "\(firstPath):\(first.period.position.line)"
            let runs = entry.period.to.map { "ends on \($0)" } ?? "has no end"
            problems.append(Diagnostic(.warning, path, entry.period.position,
                "this \(entry.period.kind) period \(runs), so the person's page shows it as running on \(asOf.date), "
                + "beside the \(first.period.kind) period that has held '\(entry.personID)' since \(since) (\(place)): "
                + "give it the day it ended ('to: \(since)', or the day a court replaced it or added it to a new sentence)"))
        }
        return problems
    }
}
