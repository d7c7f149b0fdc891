#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells a file changed without reading it: size, modification time and inode (an
/// editor that saves by renaming a new file over the old one changes the inode).
struct FileStamp: Sendable, Hashable {
    let size: Int64
    let seconds: Int
    let nanoseconds: Int
    let inode: UInt64

    /// Nil when the file cannot be read (gone, or no permission).
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        seconds = info.st_mtimespec.tv_sec
        nanoseconds = info.st_mtimespec.tv_nsec
        #else
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        #endif
        inode = UInt64(info.st_ino)
    }
}
