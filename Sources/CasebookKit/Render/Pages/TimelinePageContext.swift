/// The timeline: an index of years, and one page per year grouped by month.
struct TimelinePageContext {
    let archive: Archive
    let items: Items
    /// Timeline entries grouped by year, years ascending.
    let years: [(year: Int, entries: [TimelineEntry])]

    /// - Parameter years: the grouping of an archive with the same timeline, when known.
    init(archive: Archive, items: Items, years known: [(year: Int, entries: [TimelineEntry])]? = nil) {
        self.archive = archive
        self.items = items
        if let known {
            years = known
            return
        }
        var years: [(year: Int, entries: [TimelineEntry])] = []
        for entry in archive.timeline {
            if years.last?.year == entry.event.date.year {
                years[years.count - 1].entries.append(entry)
            } else {
                years.append((entry.event.date.year, [entry]))
            }
        }
        self.years = years
    }

    func index() -> [String: any Sendable] {
        let recent = archive.timeline.suffix(15).reversed().map(entry)
        return [
            "years": years.reversed().map { ["year": $0.year, "href": SitePaths.timelineYear($0.year), "count": $0.entries.count] as [String: any Sendable] },
            "recent": Array(recent),
        ]
    }

    var pagination: Pagination { Pagination(size: archive.site.pageSize) }

    /// How many pages the events of year number `index` fill.
    func pageCount(_ index: Int) -> Int { pagination.pageCount(years[index].entries.count) }

    /// One page of a year's events, grouped by month (a month may continue on the next page).
    func year(_ index: Int, page: Int = 1) -> [String: any Sendable] {
        let (year, entries) = years[index]
        var months: [[String: any Sendable]] = []
        var current: (month: Int?, events: [[String: any Sendable]])?
        let slice = pagination.slice(entries, page: page)
        // A month that began on the page before is marked as continued.
        let continued = slice.startIndex > 0 && entries[slice.startIndex - 1].event.date.month == slice.first?.event.date.month
        for timelineEntry in slice {
            let month = timelineEntry.event.date.month
            if current == nil || current!.month != month {
                if let current { months.append(monthGroup(year, current.month, current.events)) }
                current = (month, [])
            }
            current!.events.append(entry(timelineEntry))
        }
        if let current { months.append(monthGroup(year, current.month, current.events)) }
        if continued, let first = months.first, let label = first["label"] as? String { months[0]["label"] = items.words.text("timeline.continued", ["label": label]) }
        var context: [String: any Sendable] = ["year": year, "months": months, "count": entries.count]
        context["pager"] = Pagination.pager(first: SitePaths.timelineYear(year), page: page, count: pageCount(index), words: items.words)
        if index > 0 { context["previous"] = ["year": years[index - 1].year, "href": SitePaths.timelineYear(years[index - 1].year)] as [String: any Sendable] }
        if index + 1 < years.count { context["next"] = ["year": years[index + 1].year, "href": SitePaths.timelineYear(years[index + 1].year)] as [String: any Sendable] }
        return context
    }

    func monthGroup(_ year: Int, _ month: Int?, _ events: [[String: any Sendable]]) -> [String: any Sendable] {
        let label = month.map { items.words.date(PartialDate(year: year, month: $0)!) } ?? items.words.text("timeline.month_unknown", ["year": String(year)])
        return ["label": label, "anchor": month.map { "m\($0)" } ?? "undated", "events": events]
    }

    func entry(_ entry: TimelineEntry) -> [String: any Sendable] {
        var item = EventContext.base(entry.event, site: archive.site, words: items.words)
        switch entry.owner {
        case .caseRecord(let id):
            // Fields read in place: copying the whole case for two of them is most of the cost.
            let index = archive.caseIndex[id]
            item["context"] = ["title": index.map { archive.cases[$0].record.title } ?? id, "href": SitePaths.page(.cases, id)] as [String: any Sendable]
            if let index {
                let ids = entry.event.people.isEmpty
                    ? archive.cases[index].record.people.filter(\.isDefendant).map(\.person.id) : entry.event.people.map(\.id)
                item["people"] = items.people(ids)
            }
        case .person(let id):
            item["context"] = items.personLinks[id].map { ["title": $0["name"]!, "href": $0["href"]!] as [String: any Sendable] }
        case .organization(let id):
            item["context"] = items.organizationLinks[id].map { ["title": $0["name"]!, "href": $0["href"]!] as [String: any Sendable] }
        }
        return item
    }
}
