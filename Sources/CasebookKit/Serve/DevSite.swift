import Foundation

/// The site as `casebook serve` shows it: built in memory, rebuilt as files change, pages
/// rendered when asked for. An edit to one case is linked on its own and published at once;
/// the full link follows on another thread and is published when it is done (unless newer
/// changes came meanwhile, which start another). With errors, the last good pages stay and
/// the problems are shown over them.
public final class DevSite: @unchecked Sendable {
    public let options: BuildOptions
    private let build: LiveBuild
    private let staticFiles: StaticFiles
    private let lock = NSLock()
    private var current: SiteGeneration
    private var lastGood: SiteRenderer?
    /// The rebuild queue owns `build`, `version` and the link flags.
    private let queue = DispatchQueue(label: "casebook.rebuild")
    private let linkQueue = DispatchQueue(label: "casebook.link")
    private var version = 0
    private var linking = false
    private var linkAgain = false
    private var linkScheduled = false
    private var published: (@Sendable (Rebuild) -> Void)?
    /// How long the full link waits after a quick one, so the open page is fetched first.
    var linkDelay = 0.15

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
        build.adopt(LiveBuild.link(build.content, theme: build.theme, includeDrafts: options.includeDrafts))
        current = SiteGeneration(number: 0, renderer: nil, problems: nil)
        current = makeGeneration(number: 1, sameJobs: false, report: DiagnosticReport(build.diagnostics))
    }

    /// Called after every published rebuild (on the rebuild queue).
    public func onRebuild(_ handler: @escaping @Sendable (Rebuild) -> Void) {
        queue.sync { published = handler }
    }

    public var generation: Int { lock.withLock { current.number } }
    public var problemsText: String? { lock.withLock { current.problems } }
    /// Problems of the initial build, for the terminal.
    public var summary: Rebuild {
        queue.sync { summarize(DiagnosticReport(build.diagnostics), generation: generation, quick: false, seconds: 0) }
    }

    /// Files under content/ or templates/ changed (absolute paths).
    public func changed(_ paths: [String]) {
        let start = ContinuousClock.now
        queue.async { [self] in handle(paths, start: start) }
    }

    /// Waits until every change given so far is handled, the full link included (tests).
    public func settle() {
        while true {
            let busy = queue.sync { linking || linkAgain || linkScheduled }
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
        version += 1
        if paths.count == 1, let path = paths.first, path.hasPrefix(cases), path.hasSuffix(".md") {
            switch build.quickUpdate(URL(fileURLWithPath: path)) {
            case .applied, .problems:
                publish(sameJobs: true, quick: true, start: start)
                // The open page is fetched first, before the full link takes both cores.
                linkScheduled = true
                queue.asyncAfter(deadline: .now() + linkDelay) { [self] in
                    linkScheduled = false
                    requestLink(start: start)
                }
            case .notApplicable:
                build.reloadContent()
                requestLink(start: start)
            }
            return
        }
        if paths.contains(where: { $0.hasPrefix(templates) || $0 + "/" == templates }) { build.reloadTheme() }
        build.reloadContent()
        requestLink(start: start)
    }

    /// Starts the full link, or asks for another one when one is running.
    private func requestLink(start: ContinuousClock.Instant) {
        guard !linking else { linkAgain = true; return }
        linking = true
        let content = build.content, theme = build.theme, drafts = options.includeDrafts, version = self.version
        linkQueue.async { [self] in
            let state = LiveBuild.link(content, theme: theme, includeDrafts: drafts)
            queue.async { [self] in
                linking = false
                if version == self.version {
                    build.adopt(state)
                    publish(sameJobs: false, quick: false, start: start)
                }
                if linkAgain || version != self.version {
                    linkAgain = false
                    requestLink(start: start)
                }
            }
        }
    }

    private func publish(sameJobs: Bool, quick: Bool, start: ContinuousClock.Instant) {
        let number = lock.withLock { current.number } + 1
        let report = DiagnosticReport(build.diagnostics)
        let next = makeGeneration(number: number, sameJobs: sameJobs, report: report)
        lock.withLock { current = next }
        published?(summarize(report, generation: number, quick: quick, seconds: start.duration(to: .now).seconds))
    }

    private func makeGeneration(number: Int, sameJobs: Bool, report: DiagnosticReport) -> SiteGeneration {
        // The errors as `casebook check` prints them; warnings stay in the terminal, so that
        // a long list of them cannot hide the one error that stops the build.
        let problems: String? = report.errorCount == 0 ? nil
            : DiagnosticReport(report.diagnostics.filter { $0.severity == .error }).text + report.summary + "\n"
        if problems == nil, let renderer = build.linked?.renderer { lastGood = renderer }
        // The quick path keeps every page at its place, so the path table carries over.
        let previous = lock.withLock { current }
        return SiteGeneration(number: number, renderer: lastGood, problems: problems, sameJobs: sameJobs ? previous : nil)
    }

    private func summarize(_ report: DiagnosticReport, generation: Int, quick: Bool, seconds: Double) -> Rebuild {
        Rebuild(generation: generation, quick: quick, seconds: seconds, errorCount: report.errorCount,
                warningCount: report.warningCount, problems: lock.withLock { current.problems })
    }

    // MARK: Serving

    /// A page, generated file, theme asset or media file at a normalised site path.
    public func file(at path: String) -> [UInt8]? {
        let generation = lock.withLock { current }
        if let bytes = generation.file(at: path) { return bytes }
        if generation.renderer == nil, path == SitePaths.home || path == SitePaths.notFound {
            return Self.placeholder  // something to show the problems over until a build succeeds
        }
        return staticFiles.file(at: path)
    }

    static let placeholder = Array("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>casebook: nothing to show yet</title></head>
        <body style="margin:75vh auto 0;max-width:40em;font:16px/1.5 system-ui,sans-serif"><h1>Nothing to show yet</h1>
        <p>No build of this archive has succeeded since the server started. The site is shown
        here once the problems above are fixed; this page reloads by itself.</p></body></html>

        """.utf8)

    public func isFolder(_ path: String) -> Bool {
        if lock.withLock({ current }).isFolder(path) { return true }
        return staticFiles.isFolder(path)
    }
}

extension DevSite: ServedSite {
    public func problems() async -> String? { problemsText }

    public func notFoundPage(for path: String) async -> [UInt8]? {
        lock.withLock { current }.notFound(at: path) ?? (file(at: SitePaths.notFound))
    }
}
