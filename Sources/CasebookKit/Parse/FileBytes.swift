#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a content file with plain system calls. On Linux, FileManager's attributes and
/// `Data(contentsOf:)` cost several times more than the read itself, on every file.
enum FileBytes {
    enum Outcome {
        case bytes([UInt8])
        /// The size the limit was checked against.
        case tooLarge(Int)
        case unreadable(FileProblem)
    }

    /// The size is taken without following a symbolic link (as FileManager's attributes
    /// did), so the limit applies to what was checked before.
    static func contents(of path: String, limit: Int) -> Outcome {
        path.withCString { path -> Outcome in
            var info = stat()
            var expected = 0
            var regular = false
            if lstat(path, &info) == 0 {
                if Int(info.st_size) > limit { return .tooLarge(Int(info.st_size)) }
                regular = (info.st_mode & S_IFMT) == S_IFREG
                expected = Int(info.st_size)
            }
            // Non-blocking: opening a FIFO would otherwise wait for a writer forever.
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { return .unreadable(FileProblem(errno: errno, path: String(cString: path))) }
            defer { close(fd) }
            // The size of the file opened, what is read of it (`readAll`): a file saved again
            // since the look above is read as it is now.
            // (A link is measured by itself, above, and read through.)
            let wasRegular = regular
            if fstat(fd, &info) == 0 {
                regular = (info.st_mode & S_IFMT) == S_IFREG
                expected = Int(info.st_size)
                if !regular { return .unreadable(.notRegular(info.st_mode)) }
                if wasRegular, expected > limit { return .tooLarge(expected) }
            }
            return readAll(fd, expected: expected, regular: regular)
        }
    }

    /// Everything until the end of the file. A regular file is read up to `expected` bytes,
    /// its size when opened, never further: a file another program keeps writing (a log, a
    /// recording in progress) was read for as long as it grew, and into memory. One found
    /// longer than that is `FileProblem.grew`; a short read is its end.
    static func readAll(_ fd: Int32, expected: Int, regular: Bool) -> Outcome {
        if regular { return readRegular(fd, size: max(expected, 0)) }
        var buffer = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .unreadable(FileProblem(errno: errno, path: ""))
            }
            if n == 0 { break }
            count += n
            if regular && count < buffer.count { break }
        }
        buffer.removeLast(buffer.count - count)
        return .bytes(buffer)
    }

    /// `size` bytes of a regular file, then one more asked for: there, the file grew while read.
    private static func readRegular(_ fd: Int32, size: Int) -> Outcome {
        var buffer = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while count < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .unreadable(FileProblem(errno: errno, path: ""))
            }
            if n == 0 { break }
            count += n
        }
        if count > size { return .unreadable(.grew(size)) }
        buffer.removeLast(buffer.count - count)
        return .bytes(buffer)
    }

    /// The first `count` bytes of a regular file (fewer if it is shorter); nil for anything
    /// else: a folder, a link, a FIFO (never waited on) or a file that cannot be read.
    static func prefix(of path: String, count: Int) -> [UInt8]? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            filled += n
        }
        return Array(buffer.prefix(filled))
    }
}
