import Foundation

/// The render stage: lists every page the site has, renders each with its template in
/// parallel, and hands the HTML to the writer as soon as it is made.
struct SiteRenderer: Sendable {
    let archive: Archive
    let theme: Theme
    let frame: PageFrame
    let items: Items
    let lists: ListPageContext
    let cases: CasePageContext
    let people: PersonPageContext
    let organizations: OrganizationPageContext
    let timeline: TimelinePageContext
    let pagination: Pagination

    /// One page to make: where it goes and how to make it.
    enum Job: Sendable {
        case home, notFound, organizationIndex, timelineIndex, statistics, search
        case caseIndex(page: Int), peopleIndex(page: Int)
        case caseRecord(Int), person(Int), organization(Int), page(Int)
        case timelineYear(Int, page: Int)
        case facetIndex(Int), facetValue(Int, Int, page: Int)
        case dataIndex
    }

    /// - Parameter prerender: render every case list entry ahead, in parallel; the dev
    ///   server renders them as pages ask for them instead.
    init(archive: Archive, theme: Theme, includeDrafts: Bool, prerender: Bool = true) {
        // The frame is made on a thread of its own while the case entries are (in parallel).
        let frame = BackgroundValue {
            var frame = PageFrame(archive: archive, draftMode: includeDrafts, words: theme.words(for: archive.site.language))
            frame.renderFragments(theme)
            return frame
        }
        let items = Items(archive: archive, theme: theme, prerender: prerender)
        self.init(archive: archive, theme: theme, frame: frame.value, items: items)
    }

    init(archive: Archive, theme: Theme, frame: PageFrame, items: Items,
         timelineYears: [(year: Int, entries: [TimelineEntry])]? = nil) {
        self.archive = archive
        self.theme = theme
        self.frame = frame
        self.items = items
        self.timeline = TimelinePageContext(archive: archive, items: items, years: timelineYears)
        self.lists = ListPageContext(archive: archive, items: items)
        self.cases = CasePageContext(archive: archive, items: items)
        self.people = PersonPageContext(archive: archive, items: items)
        self.organizations = OrganizationPageContext(archive: archive, items: items)
        self.pagination = Pagination(size: archive.site.pageSize)
    }

    /// The renderer of an archive that differs from this one's in one case only: the
    /// header, footer and other case entries are kept (the dev server's quick path).
    func replacing(_ linked: LinkedCase, in archive: Archive) -> SiteRenderer {
        SiteRenderer(archive: archive, theme: theme, frame: frame, items: items.replacing(linked, site: archive.site),
                     timelineYears: timeline.years)
    }

    var jobs: [Job] {
        var jobs: [Job] = [.home, .notFound, .organizationIndex, .timelineIndex, .statistics, .search]
        jobs += (1...pagination.pageCount(archive.cases.count)).map { Job.caseIndex(page: $0) }
        jobs += (1...pagination.pageCount(archive.people.count)).map { Job.peopleIndex(page: $0) }
        jobs += archive.cases.indices.map(Job.caseRecord)
        jobs += archive.people.indices.map(Job.person)
        jobs += archive.organizations.indices.map(Job.organization)
        jobs += archive.pages.indices.map(Job.page)
        for y in timeline.years.indices { jobs += (1...timeline.pageCount(y)).map { Job.timelineYear(y, page: $0) } }
        for (f, facet) in archive.facets.enumerated() {
            jobs.append(.facetIndex(f))
            for (v, value) in facet.values.enumerated() {
                jobs += (1...pagination.pageCount(value.caseIDs.count)).map { Job.facetValue(f, v, page: $0) }
            }
        }
        jobs.append(.dataIndex)
        return jobs
    }

    /// Renders every page and makes every other file of the site (open data, feed, sitemap,
    /// search index, filter data), all in one parallel pass, and passes each (path, bytes)
    /// to `write` as soon as it is made. Returns the number of pages.
    /// Renders `jobs` (the caller has listed them already) and every other file, handing each to `write`.
    func renderAll(_ jobs: [Job], write: @Sendable (String, [UInt8]) throws -> Void) throws -> Int {
        let work = Self.interleave(otherFiles { [self] in Array(Set(jobs.map(path(of:)))).sorted() }.map(Work.files),
                                   into: jobs.map(Work.page))
        let errors = parallelMap(work, chunk: 1) { work -> String? in
            let files: [(path: String, bytes: [UInt8])]
            switch work {
            case .page(let job):
                let (path, html) = render(job)
                files = [(path, Self.resolveRoot(html, root: root(of: path)))]
            case .files(let make):
                files = make()
            }
            for file in files {
                do { try write(file.path, file.bytes) } catch { return OutputFailure.line(error) }
            }
            return nil
        }
        if let first = errors.compactMap({ $0 }).first { throw RenderError.write(first) }
        return jobs.count
    }

    /// The other files spread over the first half of the pages, largest first: early, so
    /// that none of them is left after the last page on one core, and apart, so that the
    /// largest (each held whole until written) are not all in memory at once.
    static func interleave(_ files: [Work], into pages: [Work]) -> [Work] {
        guard !files.isEmpty else { return pages }
        let gap = pages.count / 2 / files.count
        var work: [Work] = []
        work.reserveCapacity(files.count + pages.count)
        for (index, file) in files.enumerated() {
            work.append(file)
            work += pages[min(pages.count, index * gap)..<min(pages.count, (index + 1) * gap)]
        }
        work += pages[min(pages.count, files.count * gap)...]
        return work
    }

    enum Work: Sendable {
        case page(Job)
        case files(@Sendable () -> [(path: String, bytes: [UInt8])])
    }

    /// The files that are not pages, each made by one closure; `pages` are listed in the sitemap.
    func otherFiles(pages: @escaping @Sendable () -> [String]) -> [@Sendable () -> [(path: String, bytes: [UInt8])]] {
        DataOutputs(archive: archive).makers(pages: pages) + [
            { [archive] in [(SearchIndex.path, SearchIndex(archive: archive).bytes())] },
            // The data behind the filters of the cases index, written as it is.
            { [archive] in [(SitePaths.filterData, FilterData(archive: archive).bytes())] },
        ]
    }

    /// The way up to the site root from the page at `path`. Servers show `404.html` in place
    /// of any missing address, so relative links on it would climb from that address: with
    /// `base_url` they start from its path instead (`/archive/`), which works at any depth.
    func root(of path: String) -> String {
        if path == SitePaths.notFound, let prefix = SiteURLs(base: archive.site.baseURL).path { return prefix }
        return SitePaths.root(depth: SitePaths.depth(of: path))
    }

    /// The page's bytes with every root marker replaced by the way up to the site root.
    /// Runs over every byte of every page, so it copies the text between markers in
    /// blocks (memchr finds the next marker) rather than byte by byte.
    static func resolveRoot(_ html: String, root: String) -> [UInt8] {
        resolveRoot(Array(html.utf8), root: root)
    }

    static func resolveRoot(_ html: [UInt8], root: String) -> [UInt8] {
        let marker = Int32(SitePaths.rootMarker.utf8.first!)
        let rootBytes = Array(root.utf8)
        return html.withUnsafeBufferPointer { source -> [UInt8] in
            guard let base = source.baseAddress else { return [] }
            var out: [UInt8] = []
            out.reserveCapacity(source.count + 1024)
            var start = 0
            while start < source.count {
                guard let found = memchr(base + start, marker, source.count - start) else {
                    out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: source.count - start))
                    break
                }
                let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
                out.append(contentsOf: rootBytes)
                start = index + 1
            }
            return out
        }
    }

    enum RenderError: Error, CustomStringConvertible {
        case write(String)
        var description: String {
            switch self { case .write(let detail): detail }
        }
    }

    /// Where a page goes, from the site root.
    func path(of job: Job) -> String {
        switch job {
        case .home: SitePaths.home
        case .notFound: SitePaths.notFound
        case .caseIndex(let n): SitePaths.paged(SitePaths.index(.cases), page: n)
        case .peopleIndex(let n): SitePaths.paged(SitePaths.index(.people), page: n)
        case .statistics: SitePaths.statistics
        case .organizationIndex: SitePaths.index(.organizations)
        case .timelineIndex: SitePaths.timeline
        case .search: SitePaths.search
        case .caseRecord(let i): SitePaths.page(.cases, archive.cases[i].record.id)
        case .person(let i): SitePaths.page(.people, archive.people[i].record.id)
        case .organization(let i): SitePaths.page(.organizations, archive.organizations[i].record.id)
        case .page(let i): SitePaths.page(.pages, archive.pages[i].record.id)
        case .timelineYear(let i, let n): SitePaths.paged(SitePaths.timelineYear(timeline.years[i].year), page: n)
        case .facetIndex(let f): SitePaths.facetIndex(archive.facets[f].name)
        case .facetValue(let f, let v, let n):
            SitePaths.paged(SitePaths.facet(archive.facets[f].name, archive.facets[f].values[v].key), page: n)
        case .dataIndex: DataPageContext.path
        }
    }

    /// Renders one page: its path and its HTML, root markers not yet resolved.
    func render(_ job: Job) -> (String, [UInt8]) {
        let page = page(job)
        return (page.path, theme.renderBytes(page.context, template: page.template))
    }

    /// What one page is made of: where it goes, its template and the values it shows.
    func page(_ job: Job) -> (path: String, template: String, context: [String: Any]) {
        let path = path(of: job)
        let template: String, title: String?, section: String?, content: [String: any Sendable]
        var description: String?
        let words = items.words
        switch job {
        case .home:
            (template, title, section, content) = ("home", nil, nil, lists.home())
        case .notFound:
            (template, title, section, content) = ("404", words.text("titles.not_found"), nil, [:])
        case .caseIndex(let n):
            let count = pagination.pageCount(archive.cases.count)
            (template, title, section, content) = ("cases",
                                                         Pagination.title(words.text("nav.cases"), page: n, count: count, words: words), "cases", lists.cases(page: n))
        case .peopleIndex(let n):
            let count = pagination.pageCount(archive.people.count)
            (template, title, section, content) = ("people",
                                                         Pagination.title(words.text("nav.people"), page: n, count: count, words: words), "people", lists.people(page: n))
        case .statistics:
            (template, title, section, content) = ("statistics", words.text("nav.statistics"), "statistics",
                                                         StatisticsPageContext(archive: archive, words: words).context(counts: lists.counts))
        case .organizationIndex:
            (template, title, section, content) = ("organizations", words.text("nav.organizations"),
                                                         "organizations", lists.organizations())
        case .timelineIndex:
            (template, title, section, content) = ("timeline", words.text("nav.timeline"), "timeline", timeline.index())
        case .search:
            (template, title, section, content) = ("search", words.text("titles.search"), nil, ["counts": lists.counts])
        case .caseRecord(let i):
            // Read in place: copying the case retains each of its fields.
            description = archive.cases[i].record.summary
            (template, title, section, content) = ("case", archive.cases[i].record.title,
                                                         "cases", cases.context(archive.cases[i]))
        case .person(let i):
            (template, title, section, content) = ("person", archive.people[i].record.name,
                                                         "people", people.context(archive.people[i]))
        case .organization(let i):
            let linked = archive.organizations[i]
            (template, title, section, content) = ("organization",
                                                         linked.record.name, "organizations",
                                                         organizations.context(linked))
        case .page(let i):
            let page = archive.pages[i].record
            description = page.summary
            var context: [String: any Sendable] = ["title": page.title, "body_html": archive.pages[i].bodyHTML]
            context["summary"] = page.summary
            context["draft"] = page.draft ? true : nil
            (template, title, section, content) = ("page", page.title, nil, context)
        case .timelineYear(let i, let n):
            let year = timeline.years[i].year
            (template, title, section, content) = ("timeline-year",
                                                         Pagination.title(words.text("titles.timeline_year", ["year": String(year)]), page: n, count: timeline.pageCount(i), words: words),
                                                         "timeline", timeline.year(i, page: n))
        case .facetIndex(let f):
            let facet = archive.facets[f]
            (template, title, section, content) = ("facets", words.text("facets.\(facet.name)"), "cases",
                                                         lists.facetIndex(facet))
        case .facetValue(let f, let v, let n):
            let facet = archive.facets[f], value = facet.values[v]
            let count = pagination.pageCount(value.caseIDs.count)
            (template, title, section, content) = ("facet",
                                                         Pagination.title(value.title, page: n, count: count, words: words), "cases",
                                                         lists.facetValue(facet, value, page: n))
        case .dataIndex:
            description = words.text("data.description")
            (template, title, section, content) = ("data", words.text("titles.data"), nil,
                                                         DataPageContext(archive: archive, words: words).context())
        }
        let context = frame.context(title: title, section: section, description: description, path: path, content)
        return (path, template, context)
    }
}
