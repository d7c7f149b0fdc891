import Foundation

/// Writes the site's files from the threads that render them, while a thread of its own
/// makes their folders ahead of them.
///
/// Why the split: making 19,000 page folders is kernel work under the lock of their parent
/// folder (`cases/`), so two rendering threads making folders took turns sleeping on it.
/// Handing every file to one writer thread instead made that thread the bottleneck: a
/// handoff per file, and all the kernel work on one core. Most folders are known long before
/// any page is rendered (a case's folder is its id), so one thread makes them, in the order
/// they are planned, starting while the archive is still being linked; each rendering
/// thread then creates and writes its own files, which takes no shared lock. A file whose
/// folder is not made yet waits for it.
final class SiteWriter: @unchecked Sendable {
    private let root: String
    private let condition = NSCondition()
    /// Planned folder -> its place in `order`.
    private var plan: [String: Int] = [:]
    private var order: [String] = []
    private var made = 0
    private var waiting = 0
    private var stopped = false
    private var running = true
    private var failure: Error?

    init(_ writer: OutputWriter) {
        root = writer.staging.path
        let thread = Thread { [self] in makeFolders() }
        thread.name = "casebook-folders"
        thread.start()
    }

    /// Adds folders to make (relative to the site root), after those planned before.
    func plan(_ folders: [String]) {
        condition.lock()
        defer { condition.unlock() }
        for folder in folders where !folder.isEmpty && plan[folder] == nil {
            plan[folder] = order.count
            order.append(folder)
        }
        condition.broadcast()
    }

    /// Writes one file (a path relative to the site root), once its folder is there.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let folder = SitePaths.folder(of: path)
        condition.lock()
        let index = plan[folder]
        condition.unlock()
        if let index {
            try waitForFolder(index)
        } else if !folder.isEmpty {
            try FileWriting.makeDirectories(root + "/" + folder)
        }
        try bytes.withUnsafeBytes { try FileWriting.write($0, to: root + "/" + path) }
    }

    /// Waits until every planned folder is made, and lets the thread end; throws the error
    /// that stopped it.
    func finish() throws {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while running { condition.wait() }
        if let failure { throw failure }
    }

    /// Drops the folders not made yet and waits for the thread to end (a failed build).
    func cancel() {
        condition.lock()
        order.removeSubrange(made...)
        condition.unlock()
        try? finish()
    }

    private func waitForFolder(_ index: Int) throws {
        condition.lock()
        defer { condition.unlock() }
        while made <= index && failure == nil {
            waiting += 1
            condition.wait()
            waiting -= 1
        }
        if let failure { throw failure }
    }

    private func makeFolders() {
        condition.lock()
        while true {
            while made >= order.count && !stopped { condition.wait() }
            if made >= order.count || failure != nil { break }
            let folder = order[made]
            condition.unlock()
            var error: Error?
            do {
                try FileWriting.makeDirectories(root + "/" + folder)
            } catch let failed {
                error = failed
            }
            condition.lock()
            made += 1
            if let error { failure = error }
            if waiting > 0 || error != nil { condition.broadcast() }
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
