import Foundation

/// One state of the site as the dev server shows it: the renderer of the last good build and
/// the problems of the latest rebuild. Pages are rendered when first asked for and kept, so
/// a change costs only the pages a browser looks at (and the full set is never needed).
final class SiteGeneration: @unchecked Sendable {
    let number: Int
    let renderer: SiteRendering?
    /// The problems as `casebook check` prints them, or nil when the content is clean.
    let problems: String?
    /// People protected since the renderer's build, whose names its pages may still show:
    /// a page or file that names one is not served (`withheld`) until a build succeeds.
    let hiding: ProtectedWords?
    private let lock = NSLock()
    private var filesByPath: [String: SitePlan.File]?
    private var made: [String: [UInt8]] = [:]

    /// - Parameter sameJobs: a generation whose renderer has the same plan (the quick path
    ///   keeps it), so its path table can be reused.
    init(number: Int, renderer: SiteRendering?, problems: String?, hiding: ProtectedWords? = nil,
         sameJobs previous: SiteGeneration? = nil) {
        self.number = number
        self.renderer = renderer
        self.problems = problems
        self.hiding = hiding
        if let previous {
            previous.lock.lock()
            filesByPath = previous.filesByPath
            previous.lock.unlock()
        }
    }

    /// The bytes of a page or generated file, or nil when the site has none at that path.
    func file(at path: String) -> [UInt8]? {
        guard let renderer else { return nil }
        lock.lock()
        if let done = made[path] { lock.unlock(); return done }
        lock.unlock()
        let bytes: [UInt8]?
        switch files()[path]?.source {
        case .page(let page, let language)?:
            bytes = renderer.page(page, at: path, language: language)
        case .redirect(let redirect, let language)?:
            bytes = renderer.renderers[language].redirect(redirect)
        case .data(_, let language)?:
            // A sitemap's part is made with the sitemap: the planned file of its own path.
            let index = renderer.plan.data.firstIndex { $0.path == path && $0.language == language }
            bytes = index.flatMap { renderer.make(.data($0)).first { $0.path == path }?.bytes }
        case .copy?, nil:
            bytes = nil  // media and assets are served from where they are (DevSite)
        }
        guard let bytes = bytes.flatMap({ shown($0, at: path) }) else { return nil }
        lock.lock()
        made[path] = bytes
        lock.unlock()
        return bytes
    }

    /// A theme asset (`assets/style.css`) as the renderer's theme read it, whatever the file
    /// holds now: under errors, the last good build's, as its pages are (a style sheet saved
    /// since, which may load from another host, waits for a build that succeeds). Nothing
    /// before a first good build.
    func asset(at path: String) -> [UInt8]? {
        guard let theme = renderer?.main.theme else { return nil }
        guard let bytes = theme.assetBytes[path] ?? theme.assetFiles.first(where: { $0.path == path })?.contents else { return nil }
        return shown(bytes, at: path)
    }

    /// The "not found" page with its links climbing from `path`'s depth, for a path the site lacks.
    func notFound(at path: String) -> [UInt8]? {
        guard let renderer else { return nil }
        let html = renderer.main.render(.notFound, at: SitePaths.notFound)
        return shown(SiteRenderer.resolveRoot(html, root: SitePaths.root(depth: SitePaths.depth(of: path))), at: SitePaths.notFound)
    }

    /// The bytes as served: a page of an older build that names a person protected since
    /// is replaced by `withheld`, and any other file that names one is not served.
    private func shown(_ bytes: [UInt8], at path: String) -> [UInt8]? {
        guard let hiding, hiding.names(String(decoding: bytes, as: UTF8.self), addresses: true) else { return bytes }
        return path.hasSuffix(".html") ? Self.withheld : nil
    }

    static let withheld = Array("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>casebook: page withheld</title></head>
        <body style="margin:75vh auto 0;max-width:40em;font:16px/1.5 system-ui,sans-serif"><h1>Page withheld</h1>
        <p>The last good build of this page names a person whose file protects them now. It is
        shown again once the problems above are fixed; this page reloads by itself.</p></body></html>

        """.utf8)

    /// Whether the path names a folder of the generated site ("cases", "statuses/detained").
    func isFolder(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        if files()[prefix + "index.html"] != nil { return true }
        return Self.dataFolders.contains(prefix)
    }

    private func files() -> [String: SitePlan.File] {
        lock.lock()
        defer { lock.unlock() }
        if let filesByPath { return filesByPath }
        guard let renderer else { return [:] }
        let table = renderer.plan.filesByPath()
        filesByPath = table
        return table
    }

    /// The folders that hold only files that are not pages.
    static let dataFolders: Set<String> = ["data/"]
}
