/// Every file of the site, made once from the linked archive: where each goes and what it
/// is made from. The folder maker, the renderer, the sitemap, the dev server and the
/// progress total all read this one value; nothing else decides a path.
struct SitePlan: Sendable {
    struct File: Sendable {
        let path: String
        let source: Source
    }

    enum Source: Sendable {
        case page(SitePage, language: Int)
        case data(DataFile, language: Int)
        /// A page at a former id's address that sends the reader on (`former_ids`).
        case redirect(Redirect, language: Int)
        /// A media file or a theme asset, copied as it is.
        case copy(StaticFile)
    }

    /// One language of the site: its pages are under `prefix` ("" for the default, "ru/").
    struct Language: Sendable {
        let code: String
        let prefix: String
        /// The timeline's events grouped by year, years ascending: `.timelineYear(i, ...)` is year `i`.
        let timelineYears: [(year: Int, entries: [TimelineEntry])]
    }

    /// Every language, the default first.
    let languages: [Language]
    /// Pages in the order they are rendered (the folder maker makes their folders in the same
    /// order), each with the language it is in: an index into `languages`.
    let pages: [(path: String, page: SitePage, language: Int)]
    /// The files that are not pages, in the order the build starts them; the feed, search
    /// index and filter data once per language, the others once.
    let data: [(path: String, file: DataFile, language: Int)]
    /// The pages at former ids' addresses, in every language: apart from `pages`, as they
    /// are no pages of the theme and are listed in no sitemap.
    let redirects: [(path: String, redirect: Redirect, language: Int)]
    let copies: [StaticFile]
    let pagination: Pagination
    /// Whether the site has `/corrections/` (in every language), which the footer links to.
    let hasCorrectionsPage: Bool

    /// The default language's timeline years.
    var timelineYears: [(year: Int, entries: [TimelineEntry])] { languages[0].timelineYears }

    /// - Parameter copies: the media files and theme assets the load stage found.
    init(archive: Archive, copies: [StaticFile] = [], sitemapLimit: Int = Sitemap.limit) {
        self.init(archives: [archive], copies: copies, sitemapLimit: sitemapLimit)
    }

    /// - Parameter archives: the archive as each language shows it (`Archive.localized`),
    ///   the default first: each gives the pages of its language, in the same order.
    /// - Parameter theme: a theme without `corrections.mustache` gets no `/corrections/`
    ///   (nil: the default theme's pages).
    init(archives: [Archive], copies: [StaticFile] = [], sitemapLimit: Int = Sitemap.limit, theme: Theme? = nil) {
        let pagination = Pagination(size: archives[0].site.pageSize)
        self.pagination = pagination
        let corrections = CorrectionsPageContext.isPlanned(archives[0], theme: theme)
        hasCorrectionsPage = corrections
        // Each language's part on a core of its own (a single language is planned in place).
        let parts = parallelMap(Array(archives.indices), chunk: 1) { index in
            let archive = archives[index]
            let prefix = index == 0 ? "" : archive.site.language + "/"
            let years = Self.timelineYears(archive.timeline)
            // The 404 page is the server's, at the root: one, in the default language.
            let pages = Self.pages(archive, years: years, pagination: pagination, corrections: corrections)
                .filter { index == 0 || $0 != .notFound }
                .map { (path: prefix + Self.path(of: $0, archive: archive, years: years), page: $0, language: index) }
            let redirects = Redirect.all(in: archive).map { (path: prefix + $0.path, redirect: $0, language: index) }
            return (Language(code: archive.site.language, prefix: prefix, timelineYears: years), pages, redirects)
        }
        let languages = parts.map(\.0)
        let pages = parts.flatMap(\.1)
        self.languages = languages
        self.pages = pages
        self.redirects = parts.flatMap(\.2)

        var data: [(path: String, file: DataFile, language: Int)] = []
        let hasSitemap = SiteURLs(base: archives[0].site.baseURL).base != nil
        let hasCustody = archives[0].custody.recordsCustody
        for file in DataFile.buildOrder where (file != .sitemap || hasSitemap) && (file != .custodyCSV || hasCustody) {
            let each = file.isPerLanguage ? Array(languages.indices) : [0]
            data += each.map { (languages[$0].prefix + file.path, file, $0) }
            if file == .sitemap {
                // The 404 page is not listed; past the limit the sitemap is an index of parts.
                let listed = pages.count - 1
                if listed > sitemapLimit {
                    let parts = (listed + sitemapLimit - 1) / sitemapLimit
                    data += (1...parts).map { (Sitemap.partPath($0), DataFile.sitemap, 0) }
                }
            }
        }
        self.data = data
        self.copies = copies
    }

    /// The pages of one language, in render order.
    static func pages(_ archive: Archive, years: [(year: Int, entries: [TimelineEntry])], pagination: Pagination,
                      corrections: Bool = false) -> [SitePage] {
        var pages: [SitePage] = [.home, .notFound, .organizationIndex, .timelineIndex, .statistics, .search]
        pages += (1...pagination.pageCount(archive.cases.count)).map { SitePage.caseIndex(page: $0) }
        pages += (1...pagination.pageCount(archive.people.count)).map { SitePage.peopleIndex(page: $0) }
        for (filter, people) in HeldFilter.lists(archive) {
            pages += (1...pagination.pageCount(people.count)).map { SitePage.held(filter, page: $0) }
        }
        pages += archive.cases.indices.map(SitePage.caseRecord)
        pages += archive.people.indices.map(SitePage.person)
        pages += archive.organizations.indices.map(SitePage.organization)
        // With /letters/, the free page letters.md is its introduction, not a page of its own.
        // So is corrections.md of /corrections/.
        let letters = LettersPageContext.isPlanned(archive)
        pages += archive.pages.indices.filter { index in
            let id = archive.pages[index].record.id
            return !(letters && id == LettersPageContext.pageID) && !(corrections && id == CorrectionsPageContext.pageID)
        }.map(SitePage.page)
        if letters { pages.append(.letters) }
        if corrections { pages.append(.corrections) }
        for (y, year) in years.enumerated() {
            pages += (1...pagination.pageCount(year.entries.count)).map { SitePage.timelineYear(y, page: $0) }
        }
        for (f, facet) in archive.facets.enumerated() {
            pages.append(.facetIndex(f))
            for (v, value) in facet.values.enumerated() {
                pages += (1...pagination.pageCount(value.caseIDs.count)).map { SitePage.facetValue(f, v, page: $0) }
            }
        }
        pages.append(.dataIndex)
        return pages
    }

    /// A page's path inside its language's folder (the same in every language).
    func localPath(_ path: String, language: Int) -> String {
        String(path.dropFirst(languages[language].prefix.count))
    }

    /// Every file, pages first.
    var files: [File] {
        pages.map { File(path: $0.path, source: .page($0.page, language: $0.language)) }
            + redirects.map { File(path: $0.path, source: .redirect($0.redirect, language: $0.language)) }
            + data.map { File(path: $0.path, source: .data($0.file, language: $0.language)) }
            + copies.map { File(path: $0.path, source: .copy($0)) }
    }

    /// The paths of the pages, in the plan's order.
    var pagePaths: [String] { pages.map(\.path) }

    /// The folders the pages go in, each once, in the order the pages are rendered (the
    /// redirects' last, as they are rendered last).
    var pageFolders: [String] {
        var seen: Set<String> = []
        return (pages.map(\.path) + redirects.map(\.path)).compactMap { path in
            let folder = SitePaths.folder(of: path)
            return seen.insert(folder).inserted ? folder : nil
        }
    }

    /// The files by path, for a server that makes each file when it is asked for.
    func filesByPath() -> [String: File] {
        var table: [String: File] = [:]
        table.reserveCapacity(pages.count + redirects.count + data.count + copies.count)
        for file in files { table[file.path] = file }
        return table
    }

    /// The path of one of this plan's pages, inside its language's folder.
    func path(of page: SitePage, archive: Archive, language: Int = 0) -> String {
        Self.path(of: page, archive: archive, years: languages[language].timelineYears)
    }

    static func timelineYears(_ timeline: [TimelineEntry]) -> [(year: Int, entries: [TimelineEntry])] {
        var years: [(year: Int, entries: [TimelineEntry])] = []
        for entry in timeline {
            if years.last?.year == entry.event.date.year {
                years[years.count - 1].entries.append(entry)
            } else {
                years.append((entry.event.date.year, [entry]))
            }
        }
        return years
    }

    /// Where a page goes, from the site root.
    static func path(of page: SitePage, archive: Archive, years: [(year: Int, entries: [TimelineEntry])]) -> String {
        switch page {
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
        case .timelineYear(let i, let n): SitePaths.paged(SitePaths.timelineYear(years[i].year), page: n)
        case .facetIndex(let f): SitePaths.facetIndex(archive.facets[f].name)
        case .facetValue(let f, let v, let n):
            SitePaths.paged(SitePaths.facet(archive.facets[f].name, archive.facets[f].values[v].key), page: n)
        case .dataIndex: DataPageContext.path
        case .held(let filter, let n): SitePaths.paged(filter.path(in: archive), page: n)
        case .letters: LettersPageContext.path
        case .corrections: CorrectionsPageContext.path
        }
    }
}
