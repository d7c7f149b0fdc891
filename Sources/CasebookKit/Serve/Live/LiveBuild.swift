import Foundation

/// A build kept in memory between changes, for the dev server. Every file is parsed once,
/// and again only when its stamp changes; linking runs over the whole parsed archive, and
/// one edited case can be linked on its own (`QuickLink`) while the full link follows.
/// Not thread-safe: the dev server calls it from its one rebuild queue; what it returns is
/// immutable and may be used anywhere.
final class LiveBuild: @unchecked Sendable {
    let options: BuildOptions
    /// Every content file as last parsed. This, `content` and `linked` are written by the
    /// quick link too (`LiveBuild+Link.swift`), so they are not private.
    var files: [String: ParsedFile] = [:] {
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
    var content = ParsedContent(site: SiteConfig())
    /// The latest link, and the diagnostics of files linked quickly since.
    var linked: LinkState?

    struct ParsedFile {
        let stamp: FileStamp?
        let document: ParsedDocument?
        let diagnostics: [Diagnostic]
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
            // An asset served from disk in pieces (`ThemeFiles.keptWhole`) by its stamp, never its bytes.
            let large = (theme?.assetFiles ?? []).filter { $0.contents == nil && bytes[$0.path] == nil }.compactMap { asset in
                FileStamp(path: asset.source).map { asset.path + " \($0.size) \($0.seconds).\($0.nanoseconds) \($0.inode)" }
            }
            theme?.assetsTag = ETag.of(Array((bytes.sorted { $0.key < $1.key }.map { $0.key + " " + ETag.of($0.value) } + large).joined(separator: "\n").utf8))
        }
    }

    /// Judges the theme's own images (a banner photo in templates/assets/), as kept, when the
    /// theme was read again or site.yml's `keep_image_metadata` changed.
    private func checkThemeImages(keepMetadata: Bool) {
        guard themeImages?.reads != themeReads || themeImages?.keepMetadata != keepMetadata else { return }
        let rule = MediaImages(keepMetadata: keepMetadata, displayName: options.templatesDisplayName)
        let own = (theme?.assetFiles ?? []).filter { $0.contents == nil }, kept = theme?.assetBytes ?? [:]
        // One not kept is judged by its first bytes, as a build does: an image over 256 MB an error.
        let problems = parallelMap(own, chunk: 1) { asset in kept[asset.path].map { rule.publish($0, path: asset.path).problems } ?? rule.check([asset]) }
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
        loadProblems = TranslationName.defaultLanguage(loadProblems, misnamed: loaded.misnamedLanguages, site: site)
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
