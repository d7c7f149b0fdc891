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
    private var dataFiles: [String: [UInt8]]?

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
            bytes = SiteRenderer.resolveRoot(html, root: SitePaths.root(depth: SitePaths.depth(of: path)))
        } else {
            bytes = data()[path]
        }
        guard let bytes else { return nil }
        lock.lock()
        made[path] = bytes
        lock.unlock()
        return bytes
    }

    /// Whether the path names a folder of the generated site ("cases", "statuses/detained").
    func isFolder(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        if jobs()[prefix + "index.html"] != nil { return true }
        return data().keys.contains { $0.hasPrefix(prefix) }
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

    /// The files that are not pages, made together the first time one is asked for: the
    /// search index, the filter data, the feed, sitemap, robots.txt and the open data.
    private func data() -> [String: [UInt8]] {
        lock.lock()
        if let dataFiles { lock.unlock(); return dataFiles }
        lock.unlock()
        guard let renderer else { return [:] }
        let archive = renderer.archive
        let pages = jobs().keys.sorted()
        var files: [String: [UInt8]] = [:]
        files[SearchIndex.path] = SearchIndex(archive: archive).bytes()
        files[SitePaths.filterData] = FilterData(archive: archive).bytes()
        for file in DataOutputs(archive: archive).files(pages: pages) { files[file.path] = file.bytes }
        lock.lock()
        dataFiles = files
        lock.unlock()
        return files
    }
}
