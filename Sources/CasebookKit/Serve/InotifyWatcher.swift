#if canImport(Glibc)
import Foundation
import Glibc

/// `Watcher` on Linux: inotify watches on every folder, read on a thread of its own. A batch
/// is delivered once the folders have been quiet for a few milliseconds.
///
/// The folder holding each watched folder is watched too, so a watched folder that is
/// deleted or moved away, and later put back, is noticed (its path is reported) and
/// watched again.
final class InotifyWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private let roots: Set<String>
    /// Watched folders by watch; `parents` are the folders holding the roots.
    private var folders: [Int32: String] = [:]
    private var parents: [Int32: String] = [:]
    private let lock = NSLock()
    private var stopped = false
    private let quiet: Double
    private let onChange: @Sendable ([String]) -> Void

    /// - Parameter quiet: seconds without events that close a batch.
    init(folders roots: [URL], quiet: Double, onChange: @escaping @Sendable ([String]) -> Void) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Watcher.Failure.unavailable(String(cString: strerror(errno))) }
        self.quiet = quiet
        self.onChange = onChange
        self.roots = Set(roots.map(\.path))
        for root in roots {
            let parent = root.deletingLastPathComponent().path
            let wd = inotify_add_watch(descriptor, parent, Self.parentMask | UInt32(IN_MASK_ADD))
            if wd >= 0 { parents[wd] = parent }
            addTree(root.path)
        }
        let thread = Thread { [self] in run() }
        thread.name = "casebook.watcher"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB
                             | IN_DELETE_SELF | IN_MOVE_SELF)
    /// What matters in the folder holding a root: a root coming or going.
    static let parentMask = UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ONLYDIR)

    /// Watches a folder and its subfolders (new folders are added as they appear). Returns
    /// the files found in them: in a folder that was just created, a file may have been
    /// written before the watch was in place, and no event will name it.
    @discardableResult
    private func addTree(_ path: String) -> [String] {
        let wd = inotify_add_watch(descriptor, path, Self.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else { return [] }
        lock.withLock { folders[wd] = path }
        var files: [String] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries.sorted() where !Watcher.isScratch(entry) {
            var isDirectory: ObjCBool = false
            let child = path + "/" + entry
            if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                files += addTree(child)
            } else {
                files.append(child)
            }
        }
        return files
    }

    private func run() {
        var batch: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !lock.withLock({ stopped }) {
            // Wait long while idle; once something changed, only until the folder is quiet.
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let timeout = batch.isEmpty ? 100 : Int32(quiet * 1000)
            let ready = poll(&poller, 1, timeout)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 { batch += events(in: buffer, count: count) }
            } else if ready == 0, !batch.isEmpty {
                var seen: Set<String> = []
                let paths = batch.filter { seen.insert($0).inserted }
                batch = []
                onChange(paths)
            }
        }
        close(descriptor)
    }

    /// The paths named by the inotify events in the buffer; new folders are watched too.
    private func events(in buffer: [UInt8], count: Int) -> [String] {
        var paths: [String] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            let isFolder = mask & UInt32(IN_ISDIR) != 0
            if let parent = parents[wd], !name.isEmpty, roots.contains(parent + "/" + name) {
                // A root came back (created, or moved in): watch it again, with what it holds.
                let root = parent + "/" + name
                paths.append(root)
                if isFolder && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { paths += addTree(root) }
            }
            if mask & UInt32(IN_IGNORED) != 0 { _ = lock.withLock { folders.removeValue(forKey: wd) } }
            guard let folder = lock.withLock({ folders[wd] }) else { continue }
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                // A root deleted or moved away; a watch that moved with it would report
                // its files under the old path.
                if roots.contains(folder) {
                    forgetTree(folder)
                    paths.append(folder)
                }
                continue
            }
            guard !name.isEmpty, !Watcher.isScratch(name) else { continue }
            let path = folder + "/" + name
            paths.append(path)
            if isFolder && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { paths += addTree(path) }
            if isFolder && mask & UInt32(IN_MOVED_FROM) != 0 { forgetTree(path) }
        }
        return paths
    }

    /// Stops watching a folder and its subfolders.
    private func forgetTree(_ path: String) {
        let gone = lock.withLock { folders.filter { $0.value == path || $0.value.hasPrefix(path + "/") } }
        for wd in gone.keys {
            inotify_rm_watch(descriptor, wd)
            _ = lock.withLock { folders.removeValue(forKey: wd) }
        }
    }
}
#endif
