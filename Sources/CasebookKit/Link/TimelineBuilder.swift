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
        // Date first; then a fixed order so equal dates never depend on input order.
        entries.sort { a, b in
            if a.entry.event.date != b.entry.event.date { return a.entry.event.date < b.entry.event.date }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.id != b.id { return a.id < b.id }
            return a.entry.event.position < b.entry.event.position
        }
        return entries.map(\.entry)
    }
}
