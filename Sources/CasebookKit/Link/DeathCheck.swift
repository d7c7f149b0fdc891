/// A person's `died`: its sources are the person's own (none is a warning, as for events), and
/// a person who has died is never held now. The ledger is not quietly ended at the death: an
/// editor who recorded a death and left the custody open has a file that says two things, so
/// the custody period is an error that gives the end to write. A decision dated after the
/// death, a death `in_custody` that no held period reaches, and a death not `in_custody` that a
/// held period runs up to (`in_custody` left out, its default `false`: the page says "Died on",
/// and the statistics count no death in custody), are warnings: a court may rule after a death
/// (a posthumous trial), and the files may only be behind.
enum DeathCheck {
    static func problems(_ archive: Archive, content: ParsedContent) -> [Diagnostic] {
        var deaths: [String: (death: Death, path: String)] = [:]
        for person in content.people { if let died = person.died { deaths[person.id] = (died, person.info.path) } }
        var problems = statusWithoutDeath(content, died: Set(deaths.keys), site: archive.site)
        guard !deaths.isEmpty else { return problems }
        // The last held period that ended before each death in custody, while none reaches it.
        var lastHeld: [String: (end: PartialDate, path: String, line: Int)] = [:], heldAtDeath: Set<String> = []
        // A death not written in custody while a held period runs to its day: the first such period.
        var heldToDeath: [String: (period: CustodyPeriod, path: String)] = [:]
        for record in content.cases {
            for participant in record.people {
                let id = participant.person.id
                guard let (death, _) = deaths[id] else { continue }
                for period in participant.custody where archive.site.custodyKinds.isHeld(period.kind) {
                    if let message = problem(period, death: death, personID: id) {
                        problems.append(Diagnostic(.error, record.info.path, period.position, message))
                    }
                    if !death.inCustody, heldToDeath[id] == nil, period.from.firstDayNumber <= death.date.firstDayNumber,
                       let to = period.to, to.firstDayNumber >= death.date.lastDayNumber {
                        heldToDeath[id] = (period, record.info.path)
                    }
                    guard death.inCustody else { continue }
                    if period.from.firstDayNumber <= death.date.lastDayNumber, period.to.map({ $0.lastDayNumber >= death.date.firstDayNumber }) ?? true {
                        heldAtDeath.insert(id)
                    } else if let end = period.to, end.lastDayNumber < death.date.firstDayNumber,
                              lastHeld[id].map({ $0.end.lastDayNumber < end.lastDayNumber }) ?? true {
                        lastHeld[id] = (end, record.info.path, period.position.line)
                    }
                }
                if let message = statusAfterDeath(participant, in: record, death: death, site: archive.site) {
                    problems.append(Diagnostic(.warning, record.info.path,
                                               participant.status == nil ? record.status.position : participant.person.position, message))
                }
                for decision in participant.decisions where decision.date.firstDayNumber > death.date.lastDayNumber {
                    problems.append(Diagnostic(.warning, record.info.path, decision.position,
                        "this decision ('date: \(decision.date)') is dated after '\(id)' died (\(death.date)): check both dates; "
                        + "if the court ruled after the death (a posthumous trial), say so in the decision's 'note'"))
                }
            }
        }
        for (id, last) in lastHeld.sorted(by: { $0.key < $1.key }) where !heldAtDeath.contains(id) {
            guard let (death, path) = deaths[id] else { continue }
            problems.append(Diagnostic(.warning, path, death.position,
                "'in_custody: true', but no custody period holds '\(id)' on \(death.date): the last held one ended on \(last.end) "
                + "(\(last.path):\(last.line)); give the period that held them when they died, or write 'in_custody: false'"))
        }
        for (id, held) in heldToDeath.sorted(by: { $0.key < $1.key }) {
            guard let (death, path) = deaths[id] else { continue }
            problems.append(Diagnostic(.warning, path, death.position,
                "'\(id)' died on \(death.date), and a custody period held them up to that day (from \(held.period.from) to \(held.period.to.map { "\($0)" } ?? ""), "
                + "\(held.path):\(held.period.position.line)), but 'died' does not say 'in_custody: true', so their page says 'Died on …' and the "
                + "statistics and people.csv do not count a death in custody: write 'in_custody: true'; if they died after they were freed, "
                + "give the period the day it ended"))
        }
        return problems
    }

    /// The status of a death in custody, as `casebook init` writes it and the messages suggest it.
    static let diedInCustody = "died-in-custody"

    /// A defendant under the status of a death in custody (their own, or the case's) whose file
    /// gives no `died`: the page says "Died in custody", but the person's page, the statistics'
    /// deaths in custody and people.csv say nothing of it. A warning at the status.
    static func statusWithoutDeath(_ content: ParsedContent, died: Set<String>, site: SiteConfig) -> [Diagnostic] {
        guard site.statuses.contains(diedInCustody) else { return [] }
        let people = Set(content.people.map(\.id))
        var problems: [Diagnostic] = []
        for record in content.cases {
            for participant in record.people where participant.isDefendant && (participant.status ?? record.status.id) == diedInCustody {
                let id = participant.person.id
                guard people.contains(id), !died.contains(id) else { continue }
                let whose = participant.status == nil ? "the case's status, '\(diedInCustody)', which the pages and the statistics give for '\(id)' too," : "this person's status, '\(diedInCustody)',"
                problems.append(Diagnostic(.warning, record.info.path, participant.status == nil ? record.status.position : participant.person.position,
                    "\(whose) says they died in custody, but people/\(id).md gives no 'died', so their page, the statistics' deaths in custody and people.csv do not say it: "
                    + "add 'died: {date: YYYY-MM-DD, in_custody: true, sources: [id]}' to people/\(id).md"
                    + (participant.status == nil && record.people.count > 1 ? ", or give this person a 'status' of their own if it was another person who died" : "")))
            }
        }
        return problems
    }

    /// The case's statuses that say the proceedings go on against a living person (a status of
    /// their own only when it says they are held); `sentenced` only when no conviction of
    /// theirs is recorded (the co-defendants' verdict after a death before it).
    static let livingStatuses: Set<String> = ["investigation", "detained", "trial", "appeal", "serving"]

    /// A defendant who has died, shown under a status that says they are held or on trial: the
    /// case's status, which describes their co-defendants, or their own left behind. The page
    /// and the statistics by status would give "On trial" or "Serving sentence" for the dead.
    static func statusAfterDeath(_ participant: CaseRecord.Participant, in record: CaseRecord, death: Death, site: SiteConfig) -> String? {
        guard participant.isDefendant else { return nil }
        let status = participant.status ?? record.status.id
        let unsentenced = participant.status == nil && status == FieldReader.sentencedStatus
            && participant.currentSentence(site.decisionOutcomes).isEmpty && !participant.decisions.contains { $0.outcome == SiteConfig.Defaults.convicted }
        // A status of their own is the editor's word: only one that says they are held cannot be.
        let contradicts = participant.status == nil ? livingStatuses.contains(status) : HeldStatusCheck.heldStatuses.contains(status)
        guard site.statuses.contains(status), contradicts || unsentenced else { return nil }
        let suggested = death.inCustody ? diedInCustody : "closed"
        let like = site.statuses.contains(suggested) ? ", like '\(suggested)'" : ""
        let whose = participant.status == nil ? "the case's status, '\(status)', which the pages and the statistics give for them too," : "their status, '\(status)',"
        let fix = participant.status == nil ? "give this person a 'status' of their own\(like)" : "update it\(like)"
        return "'\(participant.person.id)' died on \(death.date), but \(whose) says \(unsentenced ? "they were sentenced, and no conviction of theirs is recorded" : "the case goes on against them"): \(fix)"
    }

    /// An open period, or one that ends (or starts) after the day of death.
    static func problem(_ period: CustodyPeriod, death: Death, personID: String) -> String? {
        let last = death.date.lastDayNumber
        // A custody date is one plain date: "about July 2020" or "2019/2020" is suggested as its
        // last month or year, without the mark.
        let suggested = (death.date.end ?? death.date).start
        if period.from.firstDayNumber > last {
            return "this custody period starts on \(period.from), after '\(personID)' died on \(death.date): correct the dates, or the person's 'died'"
        }
        guard let to = period.to else {
            return "this custody period has no end, but '\(personID)' died on \(death.date): give the period 'to: \(suggested)'"
        }
        guard to.firstDayNumber > last else { return nil }
        return "this custody period ends on \(to), after '\(personID)' died on \(death.date): end it on or before \(death.date) ('to: \(suggested)')"
    }
}

extension ReferenceChecker {
    /// `died` cites the person's own sources, like a recognition; citing none is a warning.
    func checkDeath(_ person: Person, into d: inout Diagnostics) {
        guard let died = person.died else { return }
        checkCited(died.sources, in: Set(person.sources.compactMap(\.id)), by: "'died' cites", into: &d)
        if died.sources.isEmpty {
            d.warning(died.position, "this death cites no source; add 'sources: [id]' naming a source of this file that reports it")
        }
    }
}
