import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file with plain POSIX calls: Foundation's file creation syncs every file to
/// disk, which costs more than rendering the page. A build that fails to finish is
/// discarded whole anyway, so per-file durability buys nothing.
enum FileWriting {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// `mkdir -p` with plain calls: one system call when the parent exists, as it mostly
    /// does; Foundation's version inspects every component of the path first.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: path, code: errno) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw Failure(path: path, code: ENOENT) }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path: path, code: errno) }
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = Platform.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            offset += written
        }
    }

    /// A new file with all of `text` or none of it, never over a file that exists: the
    /// commands that write into an editor's folders (`new`, `init`, `import`, `theme
    /// export`). Foundation's `.withoutOverwriting` left an empty or cut file behind when the
    /// disk filled up, and the next run then found it "already exists". Only a file this
    /// call made (`O_EXCL`) is removed again.
    static func create(_ text: String, at path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(path: path, code: errno) }
        var failure: Int32 = 0
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Platform.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(fd) != 0, failure == 0, errno != EINTR { failure = errno }
        if failure != 0 {
            unlink(path)
            throw Failure(path: path, code: failure)
        }
    }
}
