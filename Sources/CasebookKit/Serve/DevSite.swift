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
/// hands its result back to the rebuild queue. That work is in `DevSite+Rebuild.swift`,
/// what the HTTP layer asks in `DevSite+Serving.swift`.
public final class DevSite: @unchecked Sendable {
    public let options: BuildOptions
    let build: LiveBuild
    let staticFiles: StaticFiles
    let queue = DispatchQueue(label: "casebook.rebuild")
    let linkQueue = DispatchQueue(label: "casebook.link")
    let state: NIOLockedValueBox<State>

    struct State {
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

    /// Runs `body` on the rebuild queue, after every change given so far is read (tests).
    func afterChangesRead<T>(_ body: () -> T) -> T { queue.sync(execute: body) }
}
