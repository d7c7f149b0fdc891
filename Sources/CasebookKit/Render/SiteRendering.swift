/// The render seam: every file the plan lists, made by the renderer of its language. Each
/// language's renderer sees a site of its own, rooted at its folder (`SitePlan.Language.prefix`).
struct SiteRendering: Sendable {
    let plan: SitePlan
    /// One per language of the plan, the default first.
    let renderers: [SiteRenderer]
    /// Every language's names and titles, which each language's search index is searched by
    /// too: made once, beside the pages, from the default language's archive.
    let spellings: BackgroundValue<SearchSpellings>?

    /// The renderers of every language of a linked archive, made in parallel.
    init(archive: Archive, theme: Theme, includeDrafts: Bool, copies: [StaticFile] = [], prerender: Bool = true) {
        let archives = Self.languages(of: archive)
        self.init(archives: archives, plan: SitePlan(archives: archives, copies: copies, theme: theme), theme: theme,
                  includeDrafts: includeDrafts, prerender: prerender)
    }

    /// The archive as each of the site's languages shows it, the default first.
    static func languages(of archive: Archive) -> [Archive] {
        let codes = archive.site.allLanguages
        guard codes.count > 1 else { return [archive] }
        return parallelMap(codes, chunk: 1) { archive.localized(to: $0) }
    }

    /// - Parameter archives: `languages(of:)`, and the plan made from them.
    init(archives: [Archive], plan: SitePlan, theme: Theme, includeDrafts: Bool, prerender: Bool = true) {
        self.init(plan: plan, renderers: archives.indices.map { index in
            SiteRenderer(archive: archives[index], theme: theme, includeDrafts: includeDrafts, prerender: prerender,
                         plan: plan, language: index)
        })
    }

    init(plan: SitePlan, renderers: [SiteRenderer]) {
        self.plan = plan
        self.renderers = renderers
        let archive = renderers[0].archive
        spellings = renderers.count > 1 ? BackgroundValue { SearchSpellings(archive: archive) } : nil
    }

    /// The default language's renderer.
    var main: SiteRenderer { renderers[0] }

    /// Renders every page of the plan and makes every other file it lists (open data, feed,
    /// sitemap, search index, filter data), all in one parallel pass, and passes each
    /// (path, bytes) to `write` as soon as it is made. Returns the number of pages.
    func renderAll(write: @Sendable (String, [UInt8]) throws -> Void) throws -> Int {
        // The plan lists the data files largest first; a sitemap's parts come with the sitemap.
        let data = plan.data.indices.filter { index in
            let (path, file, language) = plan.data[index]
            return path == plan.languages[language].prefix + file.path
        }
        // The pages at former ids' addresses are a few hundred bytes each: last.
        let work = Self.interleave(data.map(Work.data), into: plan.pages.indices.map(Work.page))
            + plan.redirects.indices.map(Work.redirect)
        let errors = parallelMap(work, chunk: 1) { work -> String? in
            for file in make(work) {
                do { try write(file.path, file.bytes) } catch { return OutputFailure.line(error) }
            }
            return nil
        }
        if let first = errors.compactMap({ $0 }).first { throw SiteRenderer.RenderError.write(first) }
        return plan.pages.count
    }

    /// The file or files of one piece of work, with their paths from the site root.
    func make(_ work: Work) -> [(path: String, bytes: [UInt8])] {
        switch work {
        case .page(let index):
            let (path, sitePage, language) = plan.pages[index]
            return [(path, page(sitePage, at: path, language: language))]
        case .redirect(let index):
            let (path, redirect, language) = plan.redirects[index]
            return [(path, renderers[language].redirect(redirect))]
        case .data(let index):
            let (_, file, language) = plan.data[index]
            let prefix = plan.languages[language].prefix
            return renderers[language].make(file, spellings: file == .searchIndex ? spellings?.value : nil)
                .map { (prefix + $0.path, $0.bytes) }
        }
    }

    /// One page's bytes, its root markers resolved.
    func page(_ page: SitePage, at path: String, language: Int) -> [UInt8] {
        let renderer = renderers[language]
        let local = plan.localPath(path, language: language)
        return SiteRenderer.resolveRoot(renderer.render(page, at: local), root: renderer.root(of: local))
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
        /// The page at this index of the plan.
        case page(Int)
        /// The file at this index of the plan's data files (a sitemap part is made with the sitemap).
        case data(Int)
        /// The page at this index of the plan's redirects.
        case redirect(Int)
    }
}
