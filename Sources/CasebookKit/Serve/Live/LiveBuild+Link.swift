import Foundation

/// The links: the full one over the parsed archive (pure, so it runs off the rebuild
/// queue) and the quick one, one edited case linked alone against the last full link.
extension LiveBuild {
    /// The result of a link: what pages are rendered from, and what the quick path needs.
    struct LinkState: @unchecked Sendable {
        let archive: Archive
        let renderer: SiteRendering?
        let checker: ReferenceChecker
        let resolver: BodyLinkResolver
        var diagnostics: [Diagnostic]
        /// The protected names, which no message quotes (`LeakMask`).
        var protectedWords: ProtectedWords? = nil
    }

    /// Links the parsed archive as it is now. Pure, so it may run off the rebuild queue.
    static func link(_ content: ParsedContent, theme: Theme?, includeDrafts: Bool, asOf: AsOf? = nil, templatesName: String = "templates",
                     probe: Bool = false) -> LinkState {
        let words = ProtectedWords(people: content.people, translations: content.translations)
        var (archive, problems) = Linker.link(content, includeDrafts: includeDrafts, asOf: asOf, protectedWords: words)
        // A document's size, as the build measures it ("PDF, 240 KB" on the case page).
        archive.documentSizes = DocumentSizes.measure(archive.cases, files: content.mediaSources.map { StaticFile(path: $0.key, source: $0.value) })
        let renderer = theme.map { SiteRendering(archive: archive, theme: $0, includeDrafts: includeDrafts, prerender: false) }
        if probe, let renderer { Self.probe(renderer) }
        let themeLeaks = theme.map { ThemeLeakCheck.problems($0, words: words, templatesName: templatesName) } ?? []
        return LinkState(archive: archive, renderer: renderer, checker: Linker.referenceChecker(content),
                         resolver: Linker.bodyResolver(content, includeDrafts: includeDrafts), diagnostics: problems + themeLeaks,
                         protectedWords: words)
    }

    /// Renders one page of each kind in the default language, and throws it away: what the
    /// build finds only by rendering every page (a value of a new template printed whole, a
    /// page past the budget) is recorded in the theme's `fallbacks` and told as an error
    /// before any page is served, as the build stops on it. Only after the theme is read.
    /// The page of each kind is the first by path, the one the build's message names.
    static func probe(_ renderer: SiteRendering) {
        var first: [String: (path: String, page: SitePage)] = [:]
        for entry in renderer.plan.pages where entry.language == 0 {
            let kind = String(String(describing: entry.page).prefix { $0 != "(" })
            if let known = first[kind], known.path <= entry.path { continue }
            first[kind] = (entry.path, entry.page)
        }
        _ = parallelMap(Array(first.values)) { entry in renderer.page(entry.page, at: entry.path, language: 0).count }
    }

    /// A regular file, not a link: a link is judged by the loader (`ContentLoader`), which
    /// refuses one that leads out of the archive, so a save that puts a link in a case's
    /// place takes the full path, which lists the folder again.
    static func isPlainFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    enum QuickOutcome {
        /// Linked on its own: pages may be rendered from the new state now.
        case applied
        /// The file has errors: they are known now; the full link confirms them.
        case problems
        /// Needs the full link (a new id, a draft, a file that was not a case...).
        case notApplicable
    }

    /// One case file edited in place: parse it, and link it alone when that is enough.
    /// Never with a protected person in the files as read now (`QuickLink` asks the last
    /// link, which may not know yet of a `protect:` just saved): the full link's leak check decides.
    func quickUpdate(_ url: URL) -> QuickOutcome {
        guard let state = linked, let renderer = state.renderer, renderer.renderers.count == 1, !diagnostics.contains(where: { $0.severity == .error }),
              !content.people.contains(where: \.protection.hidesName),
              case .caseRecord(let old)? = files[url.path]?.document,
              Self.isPlainFile(url.path), let stamp = FileStamp(path: url.path) else { return .notApplicable }
        let (document, problems) = ContentParser.parse(ContentFile(info: old.info, url: url), site: content.site)
        files[url.path] = ParsedFile(stamp: stamp, document: document, diagnostics: problems)
        let index = content.cases.firstIndex { $0.id == old.id }
        guard case .caseRecord(let record)? = document, let index else {
            if let index { content.cases.remove(at: index) }
            return problems.contains { $0.severity == .error } ? .problems : .notApplicable
        }
        content.cases[index] = record
        guard let quick = QuickLink.replacing(record, in: state.archive, checker: state.checker, resolver: state.resolver,
                                              history: content.history, includeDrafts: options.includeDrafts) else {
            return .notApplicable
        }
        var next = state
        next.diagnostics = state.diagnostics.filter { $0.file != old.info.path } + quick.diagnostics
        if quick.diagnostics.contains(where: { $0.severity == .error }) {
            linked = next
            return .problems
        }
        linked = LinkState(archive: quick.archive, renderer: SiteRendering(plan: renderer.plan, renderers: [renderer.main.replacing(quick.linked, in: quick.archive)]),
                           checker: state.checker, resolver: state.resolver, diagnostics: next.diagnostics, protectedWords: state.protectedWords)
        return .applied
    }
}
