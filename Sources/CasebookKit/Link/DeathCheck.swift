/// A person's `died`: its sources are the person's own (none is a warning, as for events), and
/// a person who has died is never held now. The ledger is not quietly ended at the death: an
/// editor who recorded a death and left the custody open has a file that says two things, so
/// the custody period is an error that gives the end to write.
enum DeathCheck {
    static func problems(_ archive: Archive, content: ParsedContent) -> [Diagnostic] {
        var deaths: [String: (death: Death, path: String)] = [:]
        for person in content.people { if let died = person.died { deaths[person.id] = (died, person.info.path) } }
        guard !deaths.isEmpty else { return [] }
        var problems: [Diagnostic] = []
        for record in content.cases {
            for participant in record.people {
                guard let (death, _) = deaths[participant.person.id] else { continue }
                for period in participant.custody where archive.site.custodyKinds.isHeld(period.kind) {
                    if let message = problem(period, death: death, personID: participant.person.id) {
                        problems.append(Diagnostic(.error, record.info.path, period.position, message))
                    }
                }
            }
        }
        return problems
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
