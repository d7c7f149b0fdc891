import Foundation
import NIOConcurrencyHelpers

/// The site as `casebook serve` shows it: built in memory, rebuilt as files change, pages
/// rendered when asked for. An edit to one case is linked on its own and published at once;
/// the full link follows on another thread and is published when it is done (unless newer
/// changes came meanwhile, which start another). With errors, the last good pages stay and
/// the problems are shown over them.
///
/// Everything that changes is one `State` under one lock, held for a few instructions: the
/// request handlers read the current generation from it, the rebuilds write it. The rebuild
/// work itself (the `LiveBuild`: files loaded, parsed and linked) runs in order on the
/// rebuild queue, the only code that touches it; the full link runs on its own queue and
/// hands its result back to the rebuild queue.
public final class DevSite: @unchecked Sendable {
    public let options: BuildOptions
    private let build: LiveBuild
    private let staticFiles: StaticFiles
    private let queue = DispatchQueue(label: "casebook.rebuild")
    private let linkQueue = DispatchQueue(label: "casebook.link")
    private let state: NIOLockedValueBox<State>

    private struct State {
        var current: SiteGeneration
        /// The renderer of the last build without errors, shown under later problems.
        var lastGood: SiteRendering?
        /// The protected names the last good build was checked against (`ProtectedWords.signature`).
        var lastGoodProtected: Set<[String]> = []
        /// The report of the last published build, for `summary`.
        var report: DiagnosticReport
        /// Counts the changes handled; a full link started before the latest one is not published.
        var version = 0
        var linking = false
        var linkAgain = false
        var linkScheduled = false
        var published: (@Sendable (Rebuild) -> Void)?
        /// How long the full link waits after a quick one, so the open page is fetched first.
        var linkDelay = 0.15
        /// site.yml `keep_image_metadata` of the last build, for the media served.
        var keepImageMetadata = false
        /// site.yml `unsafe_html` of the last build: whether web pages in media/ are served.
        var unsafeHTML = false
        /// Protected people's photos as the latest link found them (`Archive.withheldMedia`): never served.
        var withheldMedia: Set<String> = []
        /// Each media file's stamp as the last rebuild read it, for the pages' reload tags.
        var mediaStamps: [String: FileStamp] = [:]
        /// The theme's rendering problems the last publish told (`RenderFallbacks.problemCount`),
        /// and whose record they are: a page rendered later that finds another is told at once.
        var renderProblems: (record: ObjectIdentifier, count: Int)?
    }

    var linkDelay: Double {
        get { state.withLockedValue { $0.linkDelay } }
        set { state.withLockedValue { $0.linkDelay = newValue } }
    }

    /// What a rebuild did, for the terminal and the reload events.
    public struct Rebuild: Sendable {
        public let generation: Int
        public let quick: Bool
        public let seconds: Double
        public let errorCount: Int
        public let warningCount: Int
        public let problems: String?
    }

    /// Builds the site (load, parse, link) before returning; nothing is rendered yet.
    public init(options: BuildOptions) {
        self.options = options
        build = LiveBuild(options: options)
        staticFiles = StaticFiles(assets: options.templatesDirectory.appendingPathComponent("assets"),
                                  media: options.contentDirectory.appendingPathComponent("media"))
        build.reloadTheme()
        build.reloadContent()
        build.adopt(LiveBuild.link(build.content, theme: build.theme, includeDrafts: options.includeDrafts,
                                    asOf: options.resolvedAsOf, templatesName: options.templatesDisplayName,
                                    probe: build.takeProbe()))
        state = NIOLockedValueBox(State(current: SiteGeneration(number: 0, renderer: nil, problems: nil), report: DiagnosticReport([])))
        _ = advance(sameJobs: false)
        watchGit()
    }

    /// Once a second, whether a commit was made or another checked out (`GitLogMemory.moved`,
    /// a few `stat` calls; nothing without git): the full link then reads git again, as
    /// after an edit. Ends with the site.
    private func watchGit() {
        queue.asyncAfter(deadline: .now() + 1) { [weak self] in
            guard let self else { return }
            if build.git.moved() {
                state.withLockedValue { $0.version += 1 }
                requestLink(start: .now)
            }
            watchGit()
        }
    }

    /// Called after every published rebuild (on the rebuild queue).
    public func onRebuild(_ handler: @escaping @Sendable (Rebuild) -> Void) {
        state.withLockedValue { $0.published = handler }
    }

    public var generation: Int { state.withLockedValue { $0.current.number } }
    public var problemsText: String? { state.withLockedValue { $0.current.problems } }
    /// Problems of the last published build (the initial one, at start), for the terminal.
    public var summary: Rebuild {
        let (report, generation) = state.withLockedValue { ($0.report, $0.current.number) }
        return summarize(report, generation: generation, quick: false, seconds: 0)
    }

    /// The folders to watch: content/ and templates/, the latter even while it does not
    /// exist (the built-in theme is then used): `casebook theme export templates` may make
    /// it while the server runs, and its first edit must show.
    public var watchedFolders: [URL] {
        [options.contentDirectory, options.templatesDirectory]
    }

    /// Files under content/ or templates/ changed (absolute paths).
    public func changed(_ paths: [String]) {
        let start = ContinuousClock.now
        queue.async { [self] in handle(paths, start: start) }
    }

    /// Waits until every change given so far is handled, the full link included (tests).
    public func settle() {
        while true {
            // Read between two pieces of rebuild work, when the flags are consistent.
            let busy = queue.sync { state.withLockedValue { $0.linking || $0.linkAgain || $0.linkScheduled } }
            if !busy { return }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    private func handle(_ paths: [String], start: ContinuousClock.Instant) {
        let templates = options.templatesDirectory.path + "/"
        let media = options.contentDirectory.appendingPathComponent("media").path + "/"
        let roots = [options.contentDirectory.path, options.templatesDirectory.path]
        // A save through a temporary file names it too; once renamed away it is no news.
        // A template, a media file or a content file that went away is, and so is the
        // content or templates folder itself going or coming back.
        let paths = paths.filter { path in
            build.knows(path) || FileManager.default.fileExists(atPath: path) || roots.contains(path)
                || path.hasPrefix(templates) || path.hasPrefix(media) || path.hasSuffix(".md") || path.hasSuffix(".yml")
        }
        guard !paths.isEmpty else { return }
        let cases = options.contentDirectory.appendingPathComponent("cases").path + "/"
        state.withLockedValue { $0.version += 1 }
        if paths.count == 1, let path = paths.first, path.hasPrefix(cases), path.hasSuffix(".md") {
            switch build.quickUpdate(URL(fileURLWithPath: path)) {
            case .applied, .problems:
                publish(sameJobs: true, quick: true, start: start)
                // The open page is fetched first, before the full link takes both cores.
                let delay = state.withLockedValue { $0.linkScheduled = true; return $0.linkDelay }
                queue.asyncAfter(deadline: .now() + delay) { [self] in
                    state.withLockedValue { $0.linkScheduled = false }
                    requestLink(start: start)
                }
            case .notApplicable:
                build.reloadContent()
                withholdNewlyProtected()
                requestLink(start: start)
            }
            return
        }
        if paths.contains(where: { $0.hasPrefix(templates) || $0 + "/" == templates }) { build.reloadTheme() }
        build.reloadContent()
        withholdNewlyProtected()
        requestLink(start: start)
    }

    /// As soon as the files are read, before the link: a person protected in them whom the
    /// pages shown were not checked against (`protect:` just saved) is withheld from them
    /// now (`SiteGeneration.hiding`), not only once the link is done. The same generation,
    /// so nothing reloads until the link publishes.
    private func withholdNewlyProtected() {
        guard build.content.people.contains(where: \.protection.hidesName),
              let words = ProtectedWords(people: build.content.people, translations: build.content.translations) else { return }
        let protected = words.signature
        state.withLockedValue { state in
            guard !protected.isSubset(of: state.lastGoodProtected) else { return }
            let current = state.current
            state.current = SiteGeneration(number: current.number, renderer: current.renderer, problems: current.problems,
                                           hiding: words, sameJobs: current)
        }
    }

    /// Runs `body` on the rebuild queue, after every change given so far is read (tests).
    func afterChangesRead<T>(_ body: () -> T) -> T { queue.sync(execute: body) }

    /// Starts the full link, or asks for another one when one is running (on the rebuild queue).
    private func requestLink(start: ContinuousClock.Instant) {
        let version: Int? = state.withLockedValue {
            if $0.linking { $0.linkAgain = true; return nil }
            $0.linking = true
            return $0.version
        }
        guard let version else { return }
        let content = build.content, theme = build.theme, drafts = options.includeDrafts, asOf = options.resolvedAsOf
        let readHistory = build.historyReader
        let templatesName = options.templatesDisplayName
        let probe = build.takeProbe()
        linkQueue.async { [self] in
            // git read again as `build` reads it: an edit is an uncommitted change, a commit a new stamp.
            var content = content
            content.history = readHistory()
            let history = content.history
            let linked = LiveBuild.link(content, theme: theme, includeDrafts: drafts, asOf: asOf, templatesName: templatesName,
                                        probe: probe)
            queue.async { [self] in
                let latest = state.withLockedValue { $0.linking = false; return $0.version == version }
                if latest {
                    build.adopt(linked, history: history)
                    publish(sameJobs: false, quick: false, start: start)
                }
                let again = state.withLockedValue {
                    let again = $0.linkAgain || $0.version != version
                    $0.linkAgain = false
                    return again
                }
                if again { requestLink(start: start) }
            }
        }
    }

    private func publish(sameJobs: Bool, quick: Bool, start: ContinuousClock.Instant) {
        let (report, number, handler) = advance(sameJobs: sameJobs)
        handler?(summarize(report, generation: number, quick: quick, seconds: start.duration(to: .now).seconds))
    }

    /// Puts the next generation, made from the `LiveBuild`, in place (on the rebuild queue):
    /// its number, its report and who is told.
    private func advance(sameJobs: Bool) -> (DiagnosticReport, Int, (@Sendable (Rebuild) -> Void)?) {
        // Counted before the report: a problem rendering records meanwhile is told again, never lost.
        let fallbacks = build.theme?.fallbacks
        let counted = fallbacks?.problemCount ?? 0
        let report = DiagnosticReport(build.diagnostics)
        // The errors as `casebook check` prints them; warnings stay in the terminal, so that
        // a long list of them cannot hide the one error that stops the build.
        let problems: String? = report.errorCount == 0 ? nil
            : DiagnosticReport(report.diagnostics.filter { $0.severity == .error }).text + report.summary + "\n"
        let renderer = problems == nil ? build.linked?.renderer : nil
        let keepImageMetadata = build.content.site.keepImageMetadata
        let unsafeHTML = build.content.site.unsafeHTML
        let withheldMedia = build.linked?.archive.withheldMedia ?? []
        let mediaStamps = build.mediaStamps
        let words = build.linked?.protectedWords
        let protected = words?.signature ?? []
        return state.withLockedValue { state in
            state.renderProblems = fallbacks.map { (ObjectIdentifier($0), counted) }
            state.keepImageMetadata = keepImageMetadata
            state.unsafeHTML = unsafeHTML
            state.withheldMedia = withheldMedia
            state.mediaStamps = mediaStamps
            if let renderer {
                state.lastGood = renderer
                state.lastGoodProtected = protected
            }
            // A person protected since the last good build (the build now stops on the pages
            // that name them): its pages are not shown as they were.
            let hiding = renderer == nil && !protected.isSubset(of: state.lastGoodProtected) ? words : nil
            let number = state.current.number + 1
            // The quick path keeps every page at its place, so the path table carries over.
            state.current = SiteGeneration(number: number, renderer: state.lastGood, problems: problems, hiding: hiding,
                                           sameJobs: sameJobs ? state.current : nil)
            state.report = report
            return (report, number, state.published)
        }
    }

    private func summarize(_ report: DiagnosticReport, generation: Int, quick: Bool, seconds: Double) -> Rebuild {
        Rebuild(generation: generation, quick: quick, seconds: seconds, errorCount: report.errorCount,
                warningCount: report.warningCount, problems: state.withLockedValue { $0.current.problems })
    }

    // MARK: Serving

    /// A page, generated file, theme asset or media file at a normalised site path.
    public func file(at path: String) -> [UInt8]? {
        let (generation, keepImageMetadata, unsafeHTML, withheld) = state.withLockedValue { ($0.current, $0.keepImageMetadata, $0.unsafeHTML, $0.withheldMedia) }
        if let bytes = generation.file(at: path) {
            noticeRenderProblems(generation)
            return bytes
        }
        if generation.renderer == nil, path == SitePaths.home || path == SitePaths.notFound {
            return Self.placeholder  // something to show the problems over until a build succeeds
        }
        if path.hasPrefix("assets/") {
            // The theme's own images lose their metadata as the build's copies do.
            return generation.asset(at: path).flatMap { MediaImages(keepMetadata: keepImageMetadata, displayName: "templates").publish($0, path: path).bytes }
        }
        return staticFiles.file(at: path, keepImageMetadata: keepImageMetadata, unsafeHTML: unsafeHTML, withheld: withheld)
    }

    /// A page rendered now found what the build stops on (a value printed whole where the
    /// pages rendered so far had none): published again at once, so it shows as the error
    /// the build gives. Only for the theme the last publish counted, so pages of an older
    /// one shown under errors never ask again.
    private func noticeRenderProblems(_ generation: SiteGeneration) {
        guard let fallbacks = generation.renderer?.main.theme.fallbacks else { return }
        let count = fallbacks.problemCount
        let grew = state.withLockedValue { state in
            guard let told = state.renderProblems, told.record == ObjectIdentifier(fallbacks), count > told.count else { return false }
            state.renderProblems = (told.record, count)
            return true
        }
        guard grew else { return }
        let start = ContinuousClock.now
        queue.async { [self] in
            state.withLockedValue { $0.version += 1 }
            publish(sameJobs: true, quick: false, start: start)
        }
    }

    static let placeholder = Array("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>casebook: nothing to show yet</title></head>
        <body style="margin:75vh auto 0;max-width:40em;font:16px/1.5 system-ui,sans-serif"><h1>Nothing to show yet</h1>
        <p>No build of this archive has succeeded since the server started. The site is shown
        here once the problems above are fixed; this page reloads by itself.</p></body></html>

        """.utf8)

    public func isFolder(_ path: String) -> Bool {
        if state.withLockedValue({ $0.current }).isFolder(path) { return true }
        return staticFiles.isFolder(path)
    }
}

extension DevSite: ServedSite {
    public func problems() async -> String? { problemsText }

    public func largeFile(at path: String) async -> LargeFile? {
        let (unsafeHTML, withheld) = state.withLockedValue { ($0.unsafeHTML, $0.withheldMedia) }
        return staticFiles.largeFile(at: path, unsafeHTML: unsafeHTML, withheld: withheld)
    }

    public func resources(of page: [UInt8]) async -> String {
        let (generation, stamps) = state.withLockedValue { ($0.current, $0.mediaStamps) }
        return PageResources.tag(of: page, assets: generation.renderer?.main.theme.assetsTag ?? "", media: stamps)
    }

    public func notFoundPage(for path: String) async -> [UInt8]? {
        state.withLockedValue { $0.current }.notFound(at: path) ?? (file(at: SitePaths.notFound))
    }
}
