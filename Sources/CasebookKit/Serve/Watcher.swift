import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and everything under them with inotify, and reports changed files in
/// batches: an editor's save (write a temporary file, rename it over the old one) arrives
/// as one batch, delivered once the folder has been quiet for a few milliseconds.
public final class Watcher: @unchecked Sendable {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    private var stopped = false
    private let quiet: Double
    private let onChange: @Sendable ([String]) -> Void

    public enum Failure: Error, CustomStringConvertible {
        case unavailable(String)
        public var description: String {
            switch self { case .unavailable(let reason): "cannot watch for changes: \(reason)" }
        }
    }

    /// - Parameter quiet: seconds without events that close a batch.
    public init(folders roots: [URL], quiet: Double = 0.004, onChange: @escaping @Sendable ([String]) -> Void) throws {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure.unavailable(String(cString: strerror(errno))) }
        #else
        throw Failure.unavailable("file watching needs Linux (inotify)")
        #endif
        self.quiet = quiet
        self.onChange = onChange
        for root in roots { addTree(root.path) }
        let thread = Thread { [self] in run() }
        thread.name = "casebook.watcher"
        thread.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
    }

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)

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
        for entry in entries.sorted() where !Self.isScratch(entry) {
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
            guard let folder = lock.withLock({ folders[wd] }), !name.isEmpty, !Self.isScratch(name) else { continue }
            let path = folder + "/" + name
            paths.append(path)
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { paths += addTree(path) }
        }
        return paths
    }

    /// Editors' temporary and backup files: hidden files, `x~`, vim's swap files and its
    /// write test file `4913`.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
    }
}
