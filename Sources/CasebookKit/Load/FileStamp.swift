#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells a file changed without reading it: size, modification time and inode (an
/// editor that saves by renaming a new file over the old one changes the inode), and the
/// status-change time: a file made unreadable (`chmod 000`, `chown`) or readable again has
/// the same bytes and modification time, and was otherwise kept as last read, its error or
/// its page shown long after it was put right.
struct FileStamp: Sendable, Hashable {
    let size: Int64
    let seconds: Int
    let nanoseconds: Int
    let inode: UInt64
    /// The status-change time (`Platform.statusChanged`); zero in the watcher's tests' stamps.
    var changedSeconds = 0
    var changedNanoseconds = 0
}

// In an extension, so that the memberwise initializer stays (the watcher's tests make stamps).
extension FileStamp {
    /// Nil when the file cannot be read (gone, or no permission).
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        let modified = Platform.modified(info)
        seconds = modified.seconds
        nanoseconds = modified.nanoseconds
        inode = UInt64(info.st_ino)
        (changedSeconds, changedNanoseconds) = Platform.statusChanged(info)
    }
}
