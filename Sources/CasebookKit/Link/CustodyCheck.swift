/// Checks custody periods against each other, against the cases' statuses and against the
/// build's day: what would make "held now" false on the site is an error; what only may
/// have gone stale is a warning, so editors know whom to re-check.
enum CustodyCheck {
    /// Statuses that say a person is no longer held; checked only when site.yml keeps them.
    static let endedStatuses = ["released", "acquitted", "closed"]

    static func problems(_ archive: Archive, content: ParsedContent) -> [Diagnostic] {
        let ledger = archive.custody
        var problems: [Diagnostic] = []
        var held: [String: [(period: CustodyPeriod, path: String)]] = [:]
        for record in content.cases {
            for participant in record.people {
                for period in participant.custody where archive.site.custodyKinds.isHeld(period.kind) {
                    held[participant.person.id, default: []].append((period, record.info.path))
                }
                if let day = ledger.asOf?.dayNumber {
                    // A status that says they are free already asks for the period's end.
                    let ended = ended(participant, in: record, site: archive.site, day: day)
                    problems += ended.isEmpty ? CustodyReleaseCheck.problems(participant, in: record, site: archive.site, ledger: ledger, day: day) : ended
                    problems += absent(participant, in: record, site: archive.site, day: day)
                    problems += HeldStatusCheck.problems(participant, in: record, site: archive.site, ledger: ledger, day: day,
                                                           died: archive.person(participant.person.id)?.record.died(asOf: ledger.asOf) != nil)
                }
            }
        }
        for (_, periods) in held where periods.count > 1 { problems += overlaps(periods) }
        problems += stale(archive)
        problems += lifelong(archive)
        problems += OpenMeasureCheck.problems(archive)
        problems += PlannedEndCheck.problems(archive)
        problems += heldPage(archive, content: content)
        return problems
    }

    /// While cases record custody, `/held/` is the list of people held now: a free page
    /// `held.md` at the same address silently replaced it. Without custody it is a free page.
    static let heldPageID = "held"

    static func heldPage(_ archive: Archive, content: ParsedContent) -> [Diagnostic] {
        guard archive.custody.recordsCustody, let page = content.pages.first(where: { $0.id == heldPageID }) else { return [] }
        return [Diagnostic(.error, page.info.path, .start,
            "held/ is the list of people held now, which the build makes because cases record custody: rename this page, like held-intro.md, and link to it")]
    }

    /// Two held periods of one person that share a day: one may end the day the next starts.
    static func overlaps(_ periods: [(period: CustodyPeriod, path: String)]) -> [Diagnostic] {
        let sorted = periods.sorted { ($0.period.from.firstDayNumber, $0.path, $0.period.position) < ($1.period.from.firstDayNumber, $1.path, $1.period.position) }
        var problems: [Diagnostic] = []
        var longest = sorted[0]
        for item in sorted.dropFirst() {
            let end = longest.period.endDayNumber ?? Int.max
            if item.period.from.firstDayNumber < end {
                let whereEarlier = item.path == longest.path ? "line \(longest.period.position.line)" : "\(longest.path):\(longest.period.position.line)"
                let advice = overlapAdvice(item.period, earlier: longest.period, end: end, otherCase: item.path != longest.path)
                problems.append(Diagnostic(.error, item.path, item.period.position,
                    "this custody period (from \(item.period.from)) overlaps the one from \(longest.period.from) (\(whereEarlier)); a person is held under one measure at a time: \(advice)"))
            }
            if (item.period.endDayNumber ?? Int.max) > end || item.period.to == nil { longest = item }
        }
        return problems
    }

    /// What to change. A month or a year (`from: 2023-05`) counts from its first day, so it
    /// may overlap an earlier period only because its day is not written: when the earlier
    /// one ends inside it (`to: 2023-05-20`), ending that one sooner would contradict a
    /// known date; the day this one began is what is missing. Two periods in two cases from
    /// one day are usually one custody written in each case the person is held in (joined
    /// cases): a day's period is not what to make of the other.
    static func overlapAdvice(_ period: CustodyPeriod, earlier: CustodyPeriod, end: Int, otherCase: Bool) -> String {
        if otherCase, period.from.firstDayNumber == earlier.from.firstDayNumber {
            return "both start on \(period.from): if they are one custody, written in each case the person is held in, keep it in one case "
                + "(the one whose court ordered it) and say in the other's text that the person is held under it; "
                + "if one ended the day the other began, give it that day as its 'to'"
        }
        guard let to = earlier.to else { return "the earlier period has no 'to': give it the day this one starts" }
        if period.from.precision != .day, period.from.lastDayNumber >= end {
            return "'from: \(period.from)' counts from its first day, before the earlier period ends ('to: \(to)'): "
                + "give the day this one began, on or after \(to)"
        }
        return "end the earlier period ('to') on or before \(period.from)"
    }

    /// A period still open on the build's day while the person's status says they are free.
    static func ended(_ participant: CaseRecord.Participant, in record: CaseRecord, site: SiteConfig, day: Int) -> [Diagnostic] {
        let status = participant.status ?? record.status.id
        guard endedStatuses.contains(status), site.statuses.contains(status) else { return [] }
        // The status tells how things stood on its own date: counted at an earlier day, the
        // person may well have been held then.
        if let said = record.statusAsOf ?? record.updated, said.lastDayNumber > day { return [] }
        return participant.custody.filter { period in
            site.custodyKinds.isHeld(period.kind) && period.from.firstDayNumber <= day
                && (period.endDayNumber.map { $0 > day } ?? true)
        }.map { period in
            let whose = participant.status == nil ? "the case's status" : "this person's status"
            return Diagnostic(.error, record.info.path, period.position,
                "this custody period makes the person held now, but \(whose) is '\(status)': give the period the day it ended ('to: YYYY-MM-DD'), or correct the status")
        }
    }

    /// A period still open on the build's day while the sentence in force was passed in the
    /// person's absence, and the period began before it: they cannot have been tried in their
    /// absence while held. A period that began after the verdict is an arrest since (abroad,
    /// on an extradition request; or after being handed over), and they are held.
    static func absent(_ participant: CaseRecord.Participant, in record: CaseRecord, site: SiteConfig, day: Int) -> [Diagnostic] {
        guard let decision = participant.currentDecision(site.decisionOutcomes), decision.inAbsentia else { return [] }
        return participant.custody.filter { period in
            site.custodyKinds.isHeld(period.kind) && period.from.firstDayNumber <= day
                && (period.endDayNumber.map { $0 > day } ?? true)
                && period.from.firstDayNumber <= decision.date.lastDayNumber
        }.map { period in
            Diagnostic(.error, record.info.path, period.position,
                "this custody period makes the person held now, but the sentence in force was passed in absentia (line \(decision.position.line)), after the period began: "
                + "give the period the day it ended ('to: YYYY-MM-DD'); if the person was arrested after the verdict (abroad, on an extradition request), "
                + "give the arrest a period of its own from that day; if they were handed over and retried, record the decision that followed")
        }
    }

    /// A held period longer than a human life: a year mistyped (1925 for 2025). A date before
    /// 1900 is warned of where it is written (`FieldReader.warnIfEarly`), and not again here.
    static let longestYears = 80

    static func lifelong(_ archive: Archive) -> [Diagnostic] {
        let limit = longestYears * 365 + longestYears / 4
        return archive.custody.entries.compactMap { entry in
            guard entry.isHeldKind, entry.days > limit, entry.period.from.year >= FieldReader.earliestYear,
                  let linked = archive.caseRecord(entry.caseID) else { return nil }
            let end = entry.period.to.map { "to \($0)" } ?? archive.custody.asOf.map { "to \($0.date), the as-of day" } ?? ""
            return Diagnostic(.warning, linked.record.info.path, entry.period.position,
                "this custody period counts \(entry.days) days (from \(entry.period.from) \(end)), more than \(longestYears) years, "
                + "longer than a human life: check the years of 'from' and 'to'")
        }
    }

    /// People held now whose case has not been updated for `stale_after_months` before the day.
    static func stale(_ archive: Archive) -> [Diagnostic] {
        guard let asOf = archive.custody.asOf else { return [] }
        let months = archive.site.staleAfterMonths
        let total = asOf.date.year * 12 + (asOf.date.month ?? 1) - 1 - months
        let (year, month) = (total / 12, total % 12 + 1)
        guard let limit = PartialDate(year: max(year, 1), month: month, day: min(asOf.date.day ?? 1, PartialDate.daysIn(month: month, year: max(year, 1)))) else { return [] }
        var problems: [Diagnostic] = []
        let origin = AsOfOrigin.said(archive)
        for (personID, index) in archive.custody.currentHeld.sorted(by: { $0.key < $1.key }) {
            let entry = archive.custody.entries[index]
            guard let linked = archive.caseRecord(entry.caseID), let updated = linked.updated,
                  updated.firstDayNumber < limit.firstDayNumber else { continue }
            problems.append(Diagnostic(.warning, linked.record.info.path, entry.period.position,
                "'\(personID)' is shown as held now, but the status was last confirmed \(updated), more than \(months) months before \(asOf.date)\(origin): check it and set 'updated' (site.yml 'stale_after_months' sets the limit)"))
        }
        return problems
    }
}
