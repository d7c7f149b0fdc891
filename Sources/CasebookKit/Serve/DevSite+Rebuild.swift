import Foundation

/// The rebuild queue's work: a change read, the quick path or the full link started, and
/// the next generation published. Runs on the rebuild queue, the full link on its own.
extension DevSite {
    /// Changed paths from the watcher: one case file takes the quick path, anything else has
    /// the files read again and the full link started.
    func handle(_ paths: [String], start: ContinuousClock.Instant) {
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
    func withholdNewlyProtected() {
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

    /// Starts the full link, or asks for another one when one is running (on the rebuild queue).
    func requestLink(start: ContinuousClock.Instant) {
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

    func publish(sameJobs: Bool, quick: Bool, start: ContinuousClock.Instant) {
        let (report, number, handler) = advance(sameJobs: sameJobs)
        handler?(summarize(report, generation: number, quick: quick, seconds: start.duration(to: .now).seconds))
    }

    /// Puts the next generation, made from the `LiveBuild`, in place (on the rebuild queue):
    /// its number, its report and who is told.
    func advance(sameJobs: Bool) -> (DiagnosticReport, Int, (@Sendable (Rebuild) -> Void)?) {
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

    func summarize(_ report: DiagnosticReport, generation: Int, quick: Bool, seconds: Double) -> Rebuild {
        Rebuild(generation: generation, quick: quick, seconds: seconds, errorCount: report.errorCount,
                warningCount: report.warningCount, problems: state.withLockedValue { $0.current.problems })
    }
}
