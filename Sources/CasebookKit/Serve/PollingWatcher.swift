#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `Watcher` where there is no inotify (macOS): every `interval` seconds the stamps of every
/// file under the watched folders (size, modification time, inode) are compared with the
/// last ones, and the paths that appeared, went away or changed are one batch. A folder
/// counts only by being there, so a save that renames a file over another reports the file
/// alone, as inotify does. At 10,000 cases a pass is some 20,000 `stat` calls, a few
/// milliseconds: acceptable for the dev server twice a second.
final class PollingWatcher: @unchecked Sendable {
    /// What a path was at one pass.
    enum Entry: Equatable {
        case folder
        /// A file, with its stamp (nil when it cannot be read).
        case file(FileStamp?)
    }

    private let roots: [String]
    private let interval: Double
    private let onChange: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var stopped = false

    /// Takes the first stamps before returning, so that a change made after it is reported.
    init(folders roots: [URL], interval: Double, onChange: @escaping @Sendable ([String]) -> Void) {
        self.roots = roots.map(\.path)
        self.interval = interval
        self.onChange = onChange
        let first = Self.snapshot(of: self.roots)
        let thread = Thread { [self] in run(from: first) }
        thread.name = "casebook.watcher"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private func run(from first: [String: Entry]) {
        var last = first
        while true {
            Thread.sleep(forTimeInterval: interval)
            if lock.withLock({ stopped }) { return }
            let now = Self.snapshot(of: roots)
            let changed = Self.changes(from: last, to: now)
            last = now
            if !changed.isEmpty, !lock.withLock({ stopped }) { onChange(changed) }
        }
    }

    /// Every folder and file under the roots (the roots included), editors' scratch files left out.
    static func snapshot(of roots: [String]) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for root in roots where kind(of: root) == S_IFDIR { add(folder: root, into: &entries, depth: 0) }
        return entries
    }

    /// The paths whose entry appeared, went away or changed, sorted.
    static func changes(from old: [String: Entry], to new: [String: Entry]) -> [String] {
        var paths: [String] = []
        for (path, entry) in new where old[path] != entry { paths.append(path) }
        for path in old.keys where new[path] == nil { paths.append(path) }
        return paths.sorted()
    }

    /// Folders linked from inside are followed, as inotify's watcher does; the depth limit
    /// stops a link that leads back up.
    private static func add(folder path: String, into entries: inout [String: Entry], depth: Int) {
        entries[path] = .folder
        for entry in FolderListing.entries(atPath: path) where !Watcher.isScratch(entry.name) {
            let child = path + "/" + entry.name
            let type = entry.isLink ? kind(of: child) : entry.type
            if type == S_IFDIR {
                if depth < 32 { add(folder: child, into: &entries, depth: depth + 1) }
            } else {
                entries[child] = .file(FileStamp(path: child))
            }
        }
    }

    /// The file type bits of `path`, links followed; 0 when nothing can be read there.
    private static func kind(of path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }
}
