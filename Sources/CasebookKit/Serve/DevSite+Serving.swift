import Foundation

/// What the HTTP layer is given: a file of the current generation, a theme asset or a
/// media file, and a page rendered now that finds a new problem published again.
extension DevSite {
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
    func noticeRenderProblems(_ generation: SiteGeneration) {
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
        let (keepImageMetadata, unsafeHTML, withheld) = state.withLockedValue { ($0.keepImageMetadata, $0.unsafeHTML, $0.withheldMedia) }
        return staticFiles.largeFile(at: path, keepImageMetadata: keepImageMetadata, unsafeHTML: unsafeHTML, withheld: withheld)
    }

    public func resources(of page: [UInt8]) async -> String {
        let (generation, stamps) = state.withLockedValue { ($0.current, $0.mediaStamps) }
        return PageResources.tag(of: page, assets: generation.renderer?.main.theme.assetsTag ?? "", media: stamps)
    }

    public func notFoundPage(for path: String) async -> [UInt8]? {
        state.withLockedValue { $0.current }.notFound(at: path) ?? (file(at: SitePaths.notFound))
    }
}
