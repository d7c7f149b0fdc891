/// Whom a case's event concerns: the people it names, else the case's defendants, each
/// only from the time they were one, and only while they lived. A witness who became a
/// defendant (`earlier_roles`) was not concerned by what happened to the defendants while she
/// was still a witness; a defendant who died is not by the co-defendants' verdict after it.
/// The person page's timeline, the timeline page and cases.json all ask this one rule.
extension CaseRecord.Participant {
    /// The event names this person, or names nobody and they were a defendant by its date,
    /// and alive (`died`: the person's `died` date).
    func concerns(_ event: Event, died: PartialDate? = nil) -> Bool {
        guard event.people.isEmpty else { return event.people.contains { $0.id == person.id } }
        return isDefendant && !precedesRole(event.date) && !follows(died, event.date)
    }

    /// Whether a date begins after the last day a death may have been: a rough date that may
    /// fall on or before it is not (nothing is left out on a guess).
    func follows(_ died: PartialDate?, _ date: PartialDate) -> Bool {
        guard let died else { return false }
        return date.firstDayNumber > died.lastDayNumber
    }

    /// Whether a date ends before the day the person's last earlier role ended (the latest
    /// `until` they give): they certainly still had that role then. A rough date that may
    /// fall on or after that day does not (nothing is left out on a guess).
    func precedesRole(_ date: PartialDate) -> Bool {
        var until: Int? = nil
        for role in earlierRoles { if let end = role.until?.firstDayNumber { until = max(until ?? end, end) } }
        guard let until else { return false }
        return date.lastDayNumber < until
    }
}

extension CaseRecord {
    /// The ids of the people an event concerns, in the order the case lists them; `died`
    /// gives a person's `died` date.
    func peopleConcerned(by event: Event, died: (String) -> PartialDate?) -> [String] {
        guard event.people.isEmpty else { return event.people.map(\.id) }
        // `concerns`, by index: filtering copied every participant, and `died` looked up the
        // lawyers and judges too (the timeline page and cases.json ask for every event).
        let people = self.people
        var ids: [String] = []
        for index in people.indices where people[index].isDefendant && !people[index].precedesRole(event.date) {
            let id = people[index].person.id
            if !people[index].follows(died(id), event.date) { ids.append(id) }
        }
        return ids
    }
}
