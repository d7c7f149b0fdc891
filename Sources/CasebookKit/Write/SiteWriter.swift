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
/// folder is not made yet makes it itself, and the folder thread passes that one by: when
/// the folders fell behind (three languages' 70,000 on a slow disk), waiting for them left
/// a rendering core idle for a second and a half.
final class SiteWriter: @unchecked Sendable {
    private let root: String
    private let condition = NSCondition()
    /// Planned folder -> its place in `order`.
    private var plan: [String: Int] = [:]
    private var order: [String] = []
    /// By place in `order`: whether the folder is made, being made, or not yet begun.
    private var states: [FolderState] = []
    /// The folder thread's place in `order`: it has begun every folder before it, or passed
    /// it by when a rendering thread had begun it first.
    private var next = 0
    private enum FolderState { case planned, begun, made }
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
            states.append(.planned)
        }
        condition.broadcast()
    }

    /// Writes one file (a path relative to the site root), once its folder is there.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let folder = SitePaths.folder(of: path)
        if !folder.isEmpty, let index = try begin(folder) {
            // Not made yet: this thread makes it rather than wait for the folder thread. A
            // folder made by another thread meanwhile is found there (EEXIST), which
            // `makeDirectories` accepts.
            do {
                try FileWriting.makeDirectories(root + "/" + folder)
            } catch {
                failed(error)
                throw error
            }
            finished(index)
        }
        try bytes.withUnsafeBytes { try FileWriting.write($0, to: root + "/" + path) }
    }

    /// Nil when `folder` is made; else its place in the plan (-1 for one not planned), and
    /// the folder thread will not begin it.
    private func begin(_ folder: String) throws -> Int? {
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
        guard let index = plan[folder] else { return -1 }
        if states[index] == .made { return nil }
        states[index] = .begun
        return index
    }

    private func finished(_ index: Int) {
        guard index >= 0 else { return }
        condition.lock()
        states[index] = .made
        condition.unlock()
    }

    /// A folder that cannot be made stops the folder thread too, and `finish` throws it.
    private func failed(_ error: Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
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
        order.removeSubrange(next...)
        condition.unlock()
        try? finish()
    }

    private func makeFolders() {
        condition.lock()
        while true {
            while next >= order.count && !stopped { condition.wait() }
            if next >= order.count || failure != nil { break }
            let index = next
            next += 1
            if states[index] != .planned { continue }
            states[index] = .begun
            let folder = order[index]
            condition.unlock()
            var error: Error?
            do {
                try FileWriting.makeDirectories(root + "/" + folder)
            } catch let failed {
                error = failed
            }
            condition.lock()
            states[index] = .made
            if let error { failure = error }
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
