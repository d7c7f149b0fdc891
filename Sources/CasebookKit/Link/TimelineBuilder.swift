/// Gathers every dated event of every case, person and organization into one list.
enum TimelineBuilder {
    static func entries(cases: [LinkedCase], people: [LinkedPerson], organizations: [LinkedOrganization]) -> [TimelineEntry] {
        // Each file's id by its rank among the ids of its kind, so the sort below compares
        // numbers; and the entries sorted by index, as moving the entries moved each event.
        func ranks(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var entries: [TimelineEntry] = []
        var keys: [(year: Int, month: Int, kind: Int, rank: Int, position: SourcePosition)] = []
        func add(_ events: [Event], _ owner: TimelineEntry.Owner, kind: Int, rank: Int) {
            for event in events {
                entries.append(TimelineEntry(event: event, owner: owner))
                keys.append((event.date.year, event.date.month ?? 0, kind, rank, event.position))
            }
        }
        let caseRanks = ranks(cases.map(\.record.id))
        for index in cases.indices {
            let id = cases[index].record.id
            add(cases[index].record.events, .caseRecord(id), kind: 0, rank: caseRanks[id]!)
        }
        let organizationRanks = ranks(organizations.map(\.record.id))
        for index in organizations.indices {
            let id = organizations[index].record.id
            add(organizations[index].record.events, .organization(id), kind: 1, rank: organizationRanks[id]!)
        }
        let personRanks = ranks(people.map(\.record.id))
        for index in people.indices {
            let id = people[index].record.id
            add(people[index].record.events, .person(id), kind: 2, rank: personRanks[id]!)
        }
        // Grouped by the start's year and month (the year-only first), as the timeline pages
        // head them; within a group, in a fixed order of files and each file's own order,
        // which `EventOrder` keeps between overlapping dates.
        let order = keys.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x.year != y.year { return x.year < y.year }
            if x.month != y.month { return x.month < y.month }
            if x.kind != y.kind { return x.kind < y.kind }
            if x.rank != y.rank { return x.rank < y.rank }
            return x.position < y.position
        }
        let sorted = order.map { entries[$0] }
        var ordered: [TimelineEntry] = []
        ordered.reserveCapacity(sorted.count)
        var groupStart = 0
        for index in sorted.indices where index + 1 == sorted.count
            || sorted[index + 1].event.date.year != sorted[index].event.date.year
            || sorted[index + 1].event.date.month != sorted[index].event.date.month {
            ordered += EventOrder.ordered(Array(sorted[groupStart...index]), by: \.event.date)
            groupStart = index + 1
        }
        return ordered
    }
}
