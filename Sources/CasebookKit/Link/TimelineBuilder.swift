/// Gathers every dated event of every case, person and organization into one list.
enum TimelineBuilder {
    static func entries(cases: [LinkedCase], people: [LinkedPerson], organizations: [LinkedOrganization]) -> [TimelineEntry] {
        var entries: [(entry: TimelineEntry, kind: Int, id: String)] = []
        for linked in cases {
            for event in linked.record.events {
                entries.append((TimelineEntry(event: event, owner: .caseRecord(linked.record.id)), 0, linked.record.id))
            }
        }
        for linked in organizations {
            for event in linked.record.events {
                entries.append((TimelineEntry(event: event, owner: .organization(linked.record.id)), 1, linked.record.id))
            }
        }
        for linked in people {
            for event in linked.record.events {
                entries.append((TimelineEntry(event: event, owner: .person(linked.record.id)), 2, linked.record.id))
            }
        }
        // Grouped by the start's year and month (the year-only first), as the timeline pages
        // head them; within a group, in a fixed order of files and each file's own order,
        // which `EventOrder` keeps between overlapping dates.
        entries.sort { a, b in
            let (x, y) = (a.entry.event.date, b.entry.event.date)
            if x.year != y.year { return x.year < y.year }
            if x.month != y.month { return (x.month ?? 0) < (y.month ?? 0) }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.id != b.id { return a.id < b.id }
            return a.entry.event.position < b.entry.event.position
        }
        var ordered: [TimelineEntry] = []
        ordered.reserveCapacity(entries.count)
        var groupStart = 0
        for index in entries.indices where index + 1 == entries.count
            || entries[index + 1].entry.event.date.year != entries[index].entry.event.date.year
            || entries[index + 1].entry.event.date.month != entries[index].entry.event.date.month {
            ordered += EventOrder.ordered(entries[groupStart...index].map(\.entry), by: \.event.date)
            groupStart = index + 1
        }
        return ordered
    }
}
