import Foundation

/// The render stage: lists every page the site has, renders each with its template in
/// parallel, and hands the HTML to the writer as soon as it is made. A class: each page
/// reaches its language's renderer, and a struct this size was copied for every page.
final class SiteRenderer: Sendable {
    let archive: Archive
    let theme: Theme
    let frame: PageFrame
    let items: Items
    let lists: ListPageContext
    let cases: CasePageContext
    let people: PersonPageContext
    let organizations: OrganizationPageContext
    let timeline: TimelinePageContext
    let held: HeldPageContext
    let permanence: PermanenceContext
    let pagination: Pagination
    /// Every file of the site; the renderer makes the pages and data files it lists in its language.
    let plan: SitePlan
    /// This renderer's language: an index into `plan.languages`.
    let language: Int
    /// The theme's compiled templates with this language's `{{words.…}}` in place
    /// (`WordsFolding`); nil to render with the theme's own.
    let pageTemplates: [String: CompiledTemplate]?

    /// The plan's pages, under the name the page builders use.
    typealias Job = SitePage

    /// - Parameter prerender: render every case list entry ahead, in parallel; the dev
    ///   server renders them as pages ask for them instead.
    convenience init(archive: Archive, theme: Theme, includeDrafts: Bool, prerender: Bool = true, plan: SitePlan? = nil, language: Int = 0) {
        let plan = plan ?? SitePlan(archives: [archive], theme: theme)
        // The frame is made on a thread of its own while the case entries are (in parallel).
        let frame = BackgroundValue {
            var frame = PageFrame(archive: archive, draftMode: includeDrafts, words: theme.words(for: archive.site.language),
                                  languages: LanguageLinks(plan: plan, language: language, theme: theme, base: archive.site.baseURL),
                                  correctionsPage: plan.hasCorrectionsPage)
            frame.renderFragments(theme)
            return frame
        }
        let items = Items(archive: archive, theme: theme, prerender: prerender)
        self.init(archive: archive, theme: theme, frame: frame.value, items: items, plan: plan, language: language)
    }

    init(archive: Archive, theme: Theme, frame: PageFrame, items: Items, plan: SitePlan, language: Int = 0) {
        self.archive = archive
        self.plan = plan
        self.language = language
        self.theme = theme
        self.frame = frame
        self.items = items
        self.timeline = TimelinePageContext(archive: archive, items: items, years: plan.languages[language].timelineYears)
        self.lists = ListPageContext(archive: archive, items: items)
        self.cases = CasePageContext(archive: archive, items: items)
        self.people = PersonPageContext(archive: archive, items: items)
        self.organizations = OrganizationPageContext(archive: archive, items: items)
        self.held = HeldPageContext(archive: archive, items: items)
        self.permanence = PermanenceContext(archive: archive, words: items.words)
        self.pagination = Pagination(size: archive.site.pageSize)
        self.pageTemplates = theme.compiled.flatMap { WordsFolding.fold($0, words: frame.words) }
    }

    /// The renderer of an archive that differs from this one's in one case only: the
    /// header, footer, other case entries and the plan are kept (the dev server's quick
    /// path, which applies only when every page stays at its place).
    func replacing(_ linked: LinkedCase, in archive: Archive) -> SiteRenderer {
        SiteRenderer(archive: archive, theme: theme, frame: frame, items: items.replacing(linked, site: archive.site), plan: plan, language: language)
    }

    /// A file that is not a page, with its parts (the sitemap's, past its limit), each with
    /// its path in this language's folder.
    func make(_ file: DataFile, spellings: SearchSpellings? = nil) -> [(path: String, bytes: [UInt8])] {
        DataOutputs(archive: archive, spellings: spellings, words: items.words).make(file, pages: plan.pagePaths, languages: plan.languages.map { ($0.code, $0.prefix) })
    }

    /// The way up to the site root from the page at `path`. Servers show `404.html` in place
    /// of any missing address, so relative links on it would climb from that address: with
    /// `base_url` they start from its path instead (`/archive/`), which works at any depth.
    func root(of path: String) -> String {
        if path == SitePaths.notFound, language == 0, let prefix = SiteURLs(base: archive.site.baseURL).path { return prefix }
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

    /// Where a page goes, from its language's root.
    func path(of job: Job) -> String { plan.path(of: job, archive: archive, language: language) }

    /// Renders one page: its HTML, root markers not yet resolved.
    func render(_ job: Job, at path: String) -> [UInt8] {
        let page = page(job, at: path)
        return theme.renderBytes(page, template: page.template, path: path, templates: pageTemplates)
    }

    /// What one page is made of: where it goes, its template and the values it shows.
    func page(_ job: Job, at path: String) -> PageValue {
        let template: String, title: String?, section: String?, content: any TemplateFields
        var description: String?
        var untranslated: Untranslated?
        // A facet page's title is a label: left in the default language, the head says so.
        var titleLang: String?
        /// A case, person or organization: its history and citation.
        var record: PermanenceContext.Record?
        let words = items.words
        switch job {
        case .home:
            (template, title, section, content) = ("home", nil, nil, lists.home())
        case .notFound:
            let others = archive.site.allLanguages.dropFirst().map { NotFoundLanguage(code: $0, words: theme.words(for: $0)) }
            (template, title, section, content) = ("404", words.text("titles.not_found"), nil, NotFoundPage(otherLanguages: Array(others)))
        case .caseIndex(let n):
            let count = pagination.pageCount(archive.cases.count)
            (template, title, section, content) = ("cases", Pagination.title(words.text("nav.cases"), page: n, count: count, words: words),
                                                   "cases", lists.cases(page: n))
        case .peopleIndex(let n):
            let count = pagination.pageCount(archive.people.count)
            (template, title, section, content) = ("people", Pagination.title(words.text("nav.people"), page: n, count: count, words: words),
                                                   "people", lists.people(page: n))
        case .statistics:
            (template, title, section, content) = ("statistics", words.text("nav.statistics"), "statistics",
                                                   StatisticsPageContext(archive: archive, words: words).page(counts: lists.counts))
        case .organizationIndex:
            (template, title, section, content) = ("organizations", words.text("nav.organizations"), "organizations", lists.organizations())
        case .timelineIndex:
            (template, title, section, content) = ("timeline", words.text("nav.timeline"), "timeline", timeline.index())
        case .search:
            (template, title, section, content) = ("search", words.text("titles.search"), nil, SearchPage(counts: lists.counts))
        case .caseRecord(let i):
            // Read in place: copying the case retains each of its fields.
            description = archive.cases[i].record.summary
            untranslated = archive.cases[i].untranslated
            (template, title, section, content) = ("case", archive.cases[i].record.title, "cases", cases.page(archive.cases[i]))
            record = .init(kind: .cases, id: archive.cases[i].record.id, updated: archive.cases[i].record.updated,
                           corrections: archive.cases[i].record.corrections, shown: archive.cases[i].updated,
                           firstID: AtomFeed.permanentID(archive.cases[i].record.id, archive.cases[i].record.formerIDs))
        case .person(let i):
            untranslated = archive.people[i].untranslated
            (template, title, section, content) = ("person", archive.people[i].record.name, "people", people.page(archive.people[i]))
            record = .init(kind: .people, id: archive.people[i].record.id, corrections: archive.people[i].record.corrections,
                           firstID: AtomFeed.permanentID(archive.people[i].record.id, archive.people[i].record.formerIDs))
        case .organization(let i):
            let linked = archive.organizations[i]
            untranslated = linked.untranslated
            (template, title, section, content) = ("organization", linked.record.name, "organizations", organizations.page(linked))
            record = .init(kind: .organizations, id: linked.record.id, corrections: linked.record.corrections,
                           firstID: AtomFeed.permanentID(linked.record.id, linked.record.formerIDs))
        case .page(let i):
            let page = archive.pages[i].record
            untranslated = archive.pages[i].untranslated
            description = page.summary
            (template, title, section, content) = ("page", page.title, nil,
                                                   FreePage(title: page.title, summary: page.summary, draft: page.draft,
                                                            bodyHTML: archive.pages[i].bodyHTML))
        case .timelineYear(let i, let n):
            let year = timeline.years[i].year
            (template, title, section, content) = ("timeline-year",
                                                   Pagination.title(words.text("titles.timeline_year", ["year": String(year)]), page: n,
                                                                    count: timeline.pageCount(i), words: words),
                                                   "timeline", timeline.year(i, page: n))
        case .facetIndex(let f):
            let facet = archive.facets[f]
            (template, title, section, content) = ("facets", words.text("facets.\(facet.name)"), "cases", lists.facetIndex(facet))
        case .facetValue(let f, let v, let n):
            let facet = archive.facets[f], value = facet.values[v]
            let count = pagination.pageCount(value.caseIDs.count)
            titleLang = n > 1 ? nil : value.titleLang
            (template, title, section, content) = ("facet", Pagination.title(value.title, page: n, count: count, words: words), "cases",
                                                   lists.facetValue(facet, value, page: n))
        case .dataIndex:
            description = words.text("data.description")
            (template, title, section, content) = ("data", words.text("titles.data"), nil, DataPageContext(archive: archive, words: words).page())
        case .held(let filter, let n):
            let count = pagination.pageCount(held.ids(filter).count)
            (template, title, section, content) = ("held", Pagination.title(held.heading(filter), page: n, count: count, words: words),
                                                   "held", held.page(filter, page: n))
        case .letters:
            let letters = LettersPageContext(archive: archive, words: words).page()
            untranslated = LettersPageContext.untranslated(letters, archive: archive)
            description = letters.summary
            (template, title, section, content) = ("letters", letters.title, nil, letters)
        case .corrections:
            let corrections = CorrectionsPageContext(archive: archive, words: words).page()
            untranslated = CorrectionsPageContext.untranslated(corrections, archive: archive)
            description = corrections.summary
            (template, title, section, content) = ("corrections", corrections.title, nil, corrections)
        }
        var page = frame.page(content, template: template, title: title, section: section, description: description, path: path,
                              translation: TranslationMarks(untranslated, words: words), titleLang: titleLang)
        if let record { permanence.add(record, to: &page, title: title ?? "", path: path) }
        return page
    }
}
