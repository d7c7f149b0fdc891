import Foundation

/// One state of the site as the dev server shows it: the renderer of the last good build and
/// the problems of the latest rebuild. Pages are rendered when first asked for and kept, so
/// a change costs only the pages a browser looks at (and the full set is never needed).
final class SiteGeneration: @unchecked Sendable {
    let number: Int
    let renderer: SiteRenderer?
    /// The problems as `casebook check` prints them, or nil when the content is clean.
    let problems: String?
    private let lock = NSLock()
    private var jobsByPath: [String: SiteRenderer.Job]?
    private var made: [String: [UInt8]] = [:]

    /// - Parameter sameJobs: a generation whose renderer lists the same pages at the same
    ///   places (the quick path keeps the order), so its path table can be reused.
    init(number: Int, renderer: SiteRenderer?, problems: String?, sameJobs previous: SiteGeneration? = nil) {
        self.number = number
        self.renderer = renderer
        self.problems = problems
        if let previous {
            previous.lock.lock()
            jobsByPath = previous.jobsByPath
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
        if let job = jobs()[path] {
            let (_, html) = renderer.render(job)
            bytes = SiteRenderer.resolveRoot(html, root: renderer.root(of: path))
        } else {
            bytes = dataFile(path)
        }
        guard let bytes else { return nil }
        lock.lock()
        made[path] = bytes
        lock.unlock()
        return bytes
    }

    /// The "not found" page with its links climbing from `path`'s depth, for a path the site lacks.
    func notFound(at path: String) -> [UInt8]? {
        guard let renderer else { return nil }
        let (_, html) = renderer.render(.notFound)
        return SiteRenderer.resolveRoot(html, root: SitePaths.root(depth: SitePaths.depth(of: path)))
    }

    /// Whether the path names a folder of the generated site ("cases", "statuses/detained").
    func isFolder(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        if jobs()[prefix + "index.html"] != nil { return true }
        return Self.dataFolders.contains(prefix)
    }

    private func jobs() -> [String: SiteRenderer.Job] {
        lock.lock()
        defer { lock.unlock() }
        if let jobsByPath { return jobsByPath }
        guard let renderer else { return [:] }
        var table: [String: SiteRenderer.Job] = [:]
        for job in renderer.jobs { table[renderer.path(of: job)] = job }
        jobsByPath = table
        return table
    }

    /// A file that is not a page: the search index, the filter data, the feed, sitemap,
    /// robots.txt or the open data, each made only when asked for.
    private func dataFile(_ path: String) -> [UInt8]? {
        guard let renderer else { return nil }
        let archive = renderer.archive
        switch path {
        case SearchIndex.path: return SearchIndex(archive: archive).bytes()
        case SitePaths.filterData: return FilterData(archive: archive).bytes()
        default: return DataOutputs(archive: archive).file(at: path) { jobs().keys.sorted() }
        }
    }

    /// The folders that hold only files that are not pages.
    static let dataFolders: Set<String> = ["data/"]
}
