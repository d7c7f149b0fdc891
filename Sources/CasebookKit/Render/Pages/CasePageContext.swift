/// The context of a case page: facts box, people with sentences, events, body, sources.
struct CasePageContext {
    let archive: Archive
    let items: Items

    func context(_ linked: LinkedCase) -> [String: any Sendable] {
        let record = linked.record
        let site = archive.site
        let sourceNumbers = Dictionary(record.sources.enumerated().compactMap { index, source in
            source.id.map { ($0, index + 1) } }, uniquingKeysWith: { a, _ in a })
        var facts: [String: any Sendable] = [
            "status": site.statuses.label(record.status.id),
            "status_href": SitePaths.facet("statuses", record.status.id),
            "charges": charges(record.charges.map(\.id)),
        ]
        facts["status_as_of"] = record.statusAsOf.map(items.words.dateContext)
        if let court = record.court { facts["court"] = items.organizationLinks[court.id] }
        if let region = record.region {
            facts["region"] = ["label": region, "href": SitePaths.facet("regions", FacetBuilder.slug(region))]
        }
        facts["city"] = record.city
        var context: [String: any Sendable] = [
            "title": record.title,
            "facts": facts,
            "people": record.people.map { participant($0, in: record) },
            "organizations": items.organizations(record.organizations.map(\.id).uniqued()),
            "events": record.events.sorted { $0.date < $1.date }.map { event($0, record: record, sourceNumbers: sourceNumbers) },
            "body_html": linked.bodyHTML,
            "sources": SourceContext.list(record.sources, words: items.words),
            "corrections": record.corrections.sorted { $0.date < $1.date }.map { ["date": items.words.dateContext($0.date), "note": $0.note] as [String: any Sendable] },
            "tags": record.tags.uniqued().map { ["label": $0, "href": SitePaths.facet("tags", FacetBuilder.slug($0))] },
        ]
        context["summary"] = record.summary
        if !linked.relatedCaseIDs.isEmpty { context["related"] = ["cases": items.cases(linked.relatedCaseIDs)] as [String: any Sendable] }
        context["updated"] = linked.updated.map(items.words.dateContext)
        context["draft"] = record.draft ? true : nil
        return context
    }

    func participant(_ p: CaseRecord.Participant, in record: CaseRecord) -> [String: any Sendable] {
        var item: [String: any Sendable] = items.personLinks[p.person.id] ?? ["name": p.person.id]
        item["role"] = archive.site.roles.label(p.role)
        item["charges"] = [[String: any Sendable]]()
        if p.isDefendant {
            item["status"] = archive.site.statuses.label(p.status ?? record.status.id)
            item["charges"] = charges((p.charges ?? record.charges).map(\.id))
        }
        if !p.sentence.isEmpty { item["sentence"] = SentenceWording.describe(p.sentence, site: archive.site, words: items.words) }
        return item
    }

    func charges(_ keys: [String]) -> [[String: any Sendable]] {
        keys.uniqued().compactMap { key in
            guard let charge = archive.site.charge(key) else { return nil }
            var item: [String: any Sendable] = ["label": charge.label, "href": SitePaths.facet("charges", key)]
            item["law"] = charge.law
            return item
        }
    }

    func event(_ event: Event, record: CaseRecord, sourceNumbers: [String: Int]) -> [String: any Sendable] {
        var item = EventContext.base(event, site: archive.site, words: items.words)
        if !event.people.isEmpty, event.people.count < record.people.count {
            item["people"] = items.people(event.people.map(\.id))
        }
        item["sources"] = event.sources.compactMap { ref in
            sourceNumbers[ref.id].map { ["number": $0, "anchor": "source-\($0)"] as [String: any Sendable] }
        }
        return item
    }
}

/// Events and sources look the same on case, person and organization pages.
enum EventContext {
    static func base(_ event: Event, site: SiteConfig, words: Catalogue) -> [String: any Sendable] {
        // Lists are always present: an absent key would be looked up in the enclosing page.
        ["date": words.dateContext(event.date), "type": site.eventTypes.label(event.type), "type_key": event.type,
         "summary": event.summary, "people": [[String: any Sendable]](), "sources": [[String: any Sendable]]()]
    }
}

enum SourceContext {
    static func list(_ sources: [Source], words: Catalogue) -> [[String: any Sendable]] {
        sources.enumerated().map { index, source in
            var item: [String: any Sendable] = ["number": index + 1, "anchor": "source-\(index + 1)", "title": source.title]
            item["publisher"] = source.publisher
            item["url"] = source.url
            // The link as one value, so the template reads the title beside the address
            // without climbing out of a section opened on the address.
            item["link"] = source.url.map { ["href": $0, "title": source.title] as [String: any Sendable] }
            item["archive_url"] = source.archiveURL
            item["date"] = source.date.map(words.dateContext)
            item["language"] = source.language
            return item
        }
    }
}
