import Foundation

/// Watches folders and everything under them, and reports changed files in batches: an
/// editor's save (write a temporary file, rename it over the old one) arrives as one batch.
/// A watched folder that is deleted or moved away is reported by its path, and once it is
/// back, it is watched again and its files are reported.
///
/// Two ways to watch, with the same reports: inotify where the system has it (Linux), and
/// elsewhere (macOS) a comparison of every file's stamp a few times a second. The tests
/// run both, so the one a Linux build never uses cannot rot.
public final class Watcher: Sendable {
    public enum Method: Sendable, Equatable, CustomStringConvertible {
        /// Linux's inotify: changes arrive as they happen.
        case inotify
        /// File stamps (size, modification time, inode) compared every `interval` seconds.
        case polling(interval: Double)

        /// What this system watches with: inotify on Linux, polling twice a second elsewhere.
        public static var native: Method { Platform.watchesWithInotify ? .inotify : .polling(interval: 0.5) }

        public var description: String {
            switch self {
            case .inotify: "inotify"
            case .polling(let interval): "polling every \(interval) s"
            }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case unavailable(String)
        public var description: String {
            switch self { case .unavailable(let reason): "cannot watch for changes: \(reason)" }
        }
    }

    private let stopWatching: @Sendable () -> Void

    /// - Parameter quiet: seconds without events that close a batch (inotify).
    public init(folders roots: [URL], quiet: Double = 0.004, method: Method = .native,
                onChange: @escaping @Sendable ([String]) -> Void) throws {
        switch method {
        case .inotify:
            #if canImport(Glibc)
            let watcher = try InotifyWatcher(folders: roots, quiet: quiet, onChange: onChange)
            stopWatching = { watcher.stop() }
            #else
            throw Failure.unavailable("inotify needs Linux")
            #endif
        case .polling(let interval):
            let watcher = PollingWatcher(folders: roots, interval: interval, onChange: onChange)
            stopWatching = { watcher.stop() }
        }
    }

    public func stop() {
        stopWatching()
    }

    /// Editors' temporary and backup files: hidden files, `x~`, vim's swap files and its
    /// write test file `4913`.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
    }
}
