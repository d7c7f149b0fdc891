import Foundation

/// A build kept in memory between changes, for the dev server. Every file is parsed once,
/// and again only when its stamp changes; linking runs over the whole parsed archive, and
/// one edited case can be linked on its own (`QuickLink`) while the full link follows.
/// Not thread-safe: the dev server calls it from its one rebuild queue; what it returns is
/// immutable and may be used anywhere.
final class LiveBuild: @unchecked Sendable {
    let options: BuildOptions
    private var files: [String: ParsedFile] = [:] {
        didSet { fileProblems = nil }
    }
    /// The parse problems of every file, gathered once per change (thousands of files, few problems).
    private var fileProblems: [Diagnostic]?
    private var siteStamp: FileStamp?
    private var siteProblems: [Diagnostic] = []
    private var loadProblems: [Diagnostic] = []
    private var themeProblems: [Diagnostic] = []
    /// The image rule's problems with each media file (a damaged image, a format it cannot
    /// clean, a GPS position), as `check` tells them: judged again only when the file's stamp
    /// or site.yml `keep_image_metadata` changes, so an edit costs no image reading.
    private var mediaChecks: [String: MediaCheck] = [:]
    /// Each media file's stamp as last judged, for the pages' reload tags (`PageResources`).
    private(set) var mediaStamps: [String: FileStamp] = [:]
    private var mediaProblems: [Diagnostic] = []
    /// The theme's own images judged by the same rule, as `check` judges them: again when the
    /// theme is read again (`themeReads`) or `keep_image_metadata` changes.
    private var themeImages: (reads: Int, keepMetadata: Bool, problems: [Diagnostic])?
    private var themeReads = 0

    struct MediaCheck {
        let stamp: FileStamp?
        let keepMetadata: Bool
        let problems: [Diagnostic]
    }
    private(set) var theme: Theme?
    /// The parsed archive as the files on disk are now.
    private(set) var content = ParsedContent(site: SiteConfig())
    /// The latest link, and the diagnostics of files linked quickly since.
    private(set) var linked: LinkState?

    struct ParsedFile {
        let stamp: FileStamp?
        let document: ParsedDocument?
        let diagnostics: [Diagnostic]
    }

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

    /// git between reads: the log of the commit last read, and git's files a commit moves.
    let git = GitLogMemory()
    /// The content's history as `build` would read it: read when the server starts, and
    /// again before each full link (`historyReader`, `adopt`), so an edit (uncommitted
    /// changes: no build stamp) or a commit shows as the build shows it.
    private lazy var history = historyReader()

    /// Reads what `build` reads from git now: the commit built from, uncommitted changes and
    /// every file's history, the log itself again only when the commit changed
    /// (`GitLogMemory`). Touches nothing of the build, so it may run off the rebuild queue.
    var historyReader: @Sendable () -> ArchiveHistory {
        let options = options, git = git
        return {
            GitHistory.read(content: options.contentDirectory, templates: options.templatesDirectory,
                            contentName: options.contentDisplayName, templatesName: options.templatesDisplayName,
                            writesCache: false, memory: git)
        }
    }

    init(options: BuildOptions) {
        self.options = options
    }

    /// Every problem known now: loading, the theme, parsing, and the latest link; the
    /// theme's catalogues and site.yml's place names against the content, as `check` says.
    var diagnostics: [Diagnostic] {
        if fileProblems == nil { fileProblems = files.values.flatMap { content.reported($0.diagnostics, of: $0.document) } }
        let whole = (theme?.languageProblems(content.site, displayName: options.templatesDisplayName) ?? [])
            + PlaceNamesCheck.unused(content, siteFile: "\(options.contentDisplayName)/site.yml")
            + ActiveMedia.problems(content.mediaSources.map { StaticFile(path: $0.key, source: $0.value) },
                                   unsafeHTML: content.site.unsafeHTML, displayName: options.contentDisplayName)
        // What rendering found so far with this theme (a value printed whole, a page past the
        // budget): the build stops on it; the first page of each kind is rendered to look (`probe`).
        let rendered = theme?.renderProblems() ?? []
        let all = loadProblems + themeProblems + siteProblems + fileProblems! + whole + mediaProblems + (themeImages?.problems ?? []) + rendered
            + (linked?.diagnostics ?? [])
        return LeakMask.masked(all, words: linked?.protectedWords).sorted()
    }

    /// Whether the path is a content file of the archive as last read.
    func knows(_ path: String) -> Bool { files[path] != nil }

    /// Whether the next full link renders a page of each kind with the theme (`probe`).
    private var themeProbed = false

    /// True once per theme read: the link that takes it renders the probe pages.
    func takeProbe() -> Bool {
        defer { themeProbed = true }
        return !themeProbed
    }

    /// Reads the theme again.
    func reloadTheme() {
        themeProbed = false
        themeReads += 1
        // Its assets kept as read and judged: served as they were while its pages are shown.
        (theme, themeProblems) = Theme.load(from: options.templatesDirectory, displayName: options.templatesDisplayName,
                       required: options.templatesRequired, keepAssetBytes: true)
        // A style sheet saved reloads the open pages, whose HTML it leaves as it was.
        if let bytes = theme?.assetBytes {
            theme?.assetsTag = ETag.of(Array(bytes.sorted { $0.key < $1.key }.map { $0.key + " " + ETag.of($0.value) }.joined(separator: "\n").utf8))
        }
    }

    /// Judges the theme's own images (a banner photo in templates/assets/), as kept, when the
    /// theme was read again or site.yml's `keep_image_metadata` changed.
    private func checkThemeImages(keepMetadata: Bool) {
        guard themeImages?.reads != themeReads || themeImages?.keepMetadata != keepMetadata else { return }
        let rule = MediaImages(keepMetadata: keepMetadata, displayName: options.templatesDisplayName)
        let own = (theme?.assetFiles ?? []).filter { $0.contents == nil }, kept = theme?.assetBytes ?? [:]
        let problems = parallelMap(own, chunk: 1) { asset in kept[asset.path].map { rule.publish($0, path: asset.path).problems } ?? [] }
        themeImages = (themeReads, keepMetadata, problems.flatMap { $0 })
    }

    /// Lists the content folder again and parses what is new or changed; site.yml changing
    /// means every file is parsed again, since its vocabularies check them all.
    func reloadContent() {
        var loaded = ContentLoader.load(contentDirectory: options.contentDirectory, displayName: options.contentDisplayName)
        loaded.history = history
        loadProblems = loaded.diagnostics
        let siteStamp = loaded.siteFile.flatMap { FileStamp(path: $0.path) }
        if siteStamp != self.siteStamp || siteStamp == nil {
            let (site, problems, usable) = Builder.readSite(loaded.siteFile, path: "\(options.contentDisplayName)/site.yml")
            content = ParsedContent(site: site)
            siteProblems = problems
            files = [:]
            self.siteStamp = siteStamp
            guard usable else {
                siteProblems.append(Builder.siteUnusable(options.contentDisplayName))
                self.siteStamp = nil
                content.history = loaded.history
                return
            }
        }
        let site = content.site
        let stamps = loaded.files.map { FileStamp(path: $0.diskPath) }
        let stale = zip(loaded.files, stamps).filter { file, stamp in stamp == nil || files[file.diskPath]?.stamp != stamp }
        let parsed = parallelMap(stale) { file, stamp in
            (file.diskPath, ParsedFile(stamp: stamp, document: nil, diagnostics: []), ContentParser.parse(file, site: site))
        }
        var next: [String: ParsedFile] = [:]
        for file in loaded.files { next[file.diskPath] = files[file.diskPath] }
        for (path, placeholder, (document, problems)) in parsed {
            next[path] = ParsedFile(stamp: placeholder.stamp, document: document, diagnostics: problems)
        }
        files = next
        content = Self.assemble(site: site, loaded: loaded, order: loaded.files.map(\.diskPath), files: files)
        checkMedia(loaded.mediaFiles, keepMetadata: site.keepImageMetadata)
        checkThemeImages(keepMetadata: site.keepImageMetadata)
    }

    /// Judges the media files that are new or changed by the image rule, as `check` does.
    private func checkMedia(_ media: [StaticFile], keepMetadata: Bool) {
        let rule = MediaImages(keepMetadata: keepMetadata, displayName: options.contentDisplayName)
        let stamps = media.map { FileStamp(path: $0.source) }
        let stale = zip(media, stamps).filter { file, stamp in
            guard let known = mediaChecks[file.path], let stamp else { return true }
            return known.stamp != stamp || known.keepMetadata != keepMetadata
        }
        // In parallel, as `check` reads them: every image at the start, one at a time later.
        let judged = Dictionary(grouping: rule.check(stale.map(\.0)), by: \.file)
        var next: [String: MediaCheck] = [:]
        for file in media { next[file.path] = mediaChecks[file.path] }
        for (file, stamp) in stale {
            next[file.path] = MediaCheck(stamp: stamp, keepMetadata: keepMetadata,
                                         problems: judged[options.contentDisplayName + "/" + file.path] ?? [])
        }
        mediaChecks = next
        mediaStamps = next.compactMapValues(\.stamp)
        mediaProblems = media.flatMap { next[$0.path]?.problems ?? [] }
    }

    static func assemble(site: SiteConfig, loaded: LoadedContent, order: [String], files: [String: ParsedFile]) -> ParsedContent {
        var content = ParsedContent(site: site, loaded: loaded)
        for path in order { content.add(files[path]?.document, problems: files[path]?.diagnostics ?? []) }
        return content
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

    /// Takes a full link's result, and the history it was linked with, which the next
    /// changes are read and linked with (quick links too).
    func adopt(_ state: LinkState, history: ArchiveHistory? = nil) {
        linked = state
        if let history {
            self.history = history
            content.history = history
        }
    }
}

extension LiveBuild {
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
