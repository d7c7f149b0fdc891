/// Makes the timeline's values: an index of years, and one page per year grouped by month.
struct TimelinePageContext {
    let archive: Archive
    let items: Items
    /// Timeline entries grouped by year, years ascending.
    let years: [(year: Int, entries: [TimelineEntry])]

    /// - Parameter years: the timeline's events grouped by year, as the site plan has them.
    init(archive: Archive, items: Items, years: [(year: Int, entries: [TimelineEntry])]) {
        self.archive = archive
        self.items = items
        self.years = years
    }

    func index() -> TimelinePage {
        TimelinePage(
            years: years.reversed().map { YearLink(year: $0.year, href: SitePaths.timelineYear($0.year), count: $0.entries.count,
                                           countText: items.words.number.whole($0.entries.count)) },
            recent: archive.timeline.suffix(15).reversed().map(entry))
    }

    var pagination: Pagination { Pagination(size: archive.site.pageSize) }

    /// How many pages the events of year number `index` fill.
    func pageCount(_ index: Int) -> Int { pagination.pageCount(years[index].entries.count) }

    /// One page of a year's events, grouped by month (a month may continue on the next page).
    func year(_ index: Int, page: Int = 1) -> TimelineYearPage {
        let (year, entries) = years[index]
        var months: [TimelineMonth] = []
        var current: (month: Int?, events: [EventValue])?
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
        if continued, !months.isEmpty { months[0].label = items.words.text("timeline.continued", ["label": months[0].label]) }
        var yearPage = TimelineYearPage(
            year: year, count: entries.count, months: months,
            previous: index > 0 ? YearLink(year: years[index - 1].year, href: SitePaths.timelineYear(years[index - 1].year), count: nil) : nil,
            next: index + 1 < years.count
                ? YearLink(year: years[index + 1].year, href: SitePaths.timelineYear(years[index + 1].year), count: nil) : nil,
            pager: Pagination.pager(first: SitePaths.timelineYear(year), page: page, count: pageCount(index), words: items.words),
            countText: items.words.count("timeline.dated_events", entries.count))
        if page == 1 { yearPage.elsewhere = elsewhere(index, after: Set(months.map(\.anchor))) }
        return yearPage
    }

    /// The months of year number `index` that begin after its first page, each linked to the
    /// page it begins on: events added early in a year push its later months onto the next
    /// pages, and the year's address with a month's anchor must still find it. One pass over
    /// the year's events, on its first page only.
    func elsewhere(_ index: Int, after shown: Set<String>) -> [MonthLink] {
        let (year, entries) = years[index]
        guard entries.count > pagination.size else { return [] }
        var links: [MonthLink] = [], seen = shown
        for offset in pagination.size..<entries.count {
            let month = entries[offset].event.date.month
            let anchor = month.map { "m\($0)" } ?? "undated"
            guard seen.insert(anchor).inserted else { continue }
            let page = offset / pagination.size + 1
            links.append(MonthLink(label: monthGroup(year, month, []).label, anchor: anchor,
                                   href: SitePaths.paged(SitePaths.timelineYear(year), page: page) + "#" + anchor))
        }
        return links
    }

    func monthGroup(_ year: Int, _ month: Int?, _ events: [EventValue]) -> TimelineMonth {
        let label = month.map { items.words.date(PartialDate(year: year, month: $0)!) } ?? items.words.text("timeline.month_unknown", ["year": String(year)])
        return TimelineMonth(label: label, anchor: month.map { "m\($0)" } ?? "undated", events: events)
    }

    func entry(_ entry: TimelineEntry) -> EventValue {
        var item = EventContext.base(entry.event, site: archive.site, words: items.words)
        switch entry.owner {
        case .caseRecord(let id):
            // Fields read in place: copying the whole case for two of them is most of the cost.
            let index = archive.caseIndex[id]
            item.context = TitledLink(title: index.map { archive.cases[$0].record.title } ?? id, href: SitePaths.page(.cases, id),
                                      titleLang: index.flatMap { archive.cases[$0].untranslated?.titleLang })
            if let index {
                item.people = items.people(archive.cases[index].record.peopleConcerned(by: entry.event, died: { [deaths = archive.deaths] in deaths[$0] }))
            }
        case .person(let id):
            item.context = items.personLinks[id].map { TitledLink(title: $0.name, href: $0.href ?? "", titleLang: $0.nameLang) }
        case .organization(let id):
            item.context = items.organizationLinks[id].map { TitledLink(title: $0.name, href: $0.href, titleLang: $0.nameLang) }
        }
        return item
    }
}
