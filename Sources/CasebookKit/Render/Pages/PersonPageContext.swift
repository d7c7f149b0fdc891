/// The context of a person page: their cases with role, status and sentence, their
/// organizations, and a personal timeline drawn from their own and their cases' events.
struct PersonPageContext {
    let archive: Archive
    let items: Items

    func context(_ linked: LinkedPerson) -> [String: any Sendable] {
        let person = linked.record
        let site = archive.site
        var timeline: [(date: PartialDate, order: Int, item: [String: any Sendable])] = []
        for (order, event) in person.events.enumerated() {
            timeline.append((event.date, order, EventContext.base(event, site: site, words: items.words)))
        }
        var cases: [[String: any Sendable]] = []
        for (caseID, index) in linked.cases {
            guard let caseIndex = archive.caseIndex[caseID] else { continue }
            let record = archive.cases[caseIndex].record
            let participant = record.people[index]
            // Without the list entry's fragment: this entry adds the person's role and
            // sentence, so it is rendered here.
            var item = items.caseContext(caseID) ?? [:]
            // "Defendant · Sentenced: 2 years of freedom limitation"
            var line = site.roles.label(participant.role)
            if participant.isDefendant { line += " · " + site.statuses.label(participant.status ?? record.status.id) }
            if !participant.sentence.isEmpty { line += ": " + SentenceWording.describe(participant.sentence, site: site, words: items.words) }
            item["role_line"] = line
            cases.append(item)
            for event in record.events where event.people.isEmpty || event.people.contains(where: { $0.id == person.id }) {
                var entry = EventContext.base(event, site: site, words: items.words)
                entry["context"] = ["title": record.title, "href": SitePaths.page(.cases, caseID)] as [String: any Sendable]
                timeline.append((event.date, 1_000_000 + timeline.count, entry))
            }
        }
        timeline.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        var context: [String: any Sendable] = [
            "name": person.name,
            "aliases": person.aliases,
            "cases": cases,
            "organizations": linked.organizationIDs.compactMap { id -> [String: any Sendable]? in
                guard var link = items.organizationLinks[id] else { return nil }
                if linked.ledOrganizationIDs.contains(id) { link["leader"] = true }
                return link
            },
            "timeline": timeline.map(\.item),
            "body_html": linked.bodyHTML,
            "sources": SourceContext.list(person.sources, words: items.words),
        ]
        context["born"] = person.born.map(items.words.dateContext)
        context["region"] = person.region
        context["photo"] = person.photo.map { $0.id.percentEncodedPath }
        return context
    }
}
