#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the dev server sends from disk in pieces (`StaticFiles.largeFile`): a media file
/// of many megabytes, read whole for each request, held as much memory as it is long per
/// request (a browser's video player asks again at each seek).
public struct LargeFile: Sendable {
    /// From this length on, a file served as it is, is streamed.
    public static let threshold = 8 << 20
    /// The piece read and written at a time.
    static let piece = 1 << 20

    /// The file on disk, links resolved.
    public let source: String
    /// Its length when asked for: the Content-Length sent.
    public let size: Int
    /// Its entity tag, from its stamp (size, modification time, inode), not its bytes.
    public let tag: String

    /// Up to `size` bytes from `offset`; nil when the file cannot be read, or is shorter
    /// now than it was (saved again meanwhile): the answer then cannot be finished.
    static func read(_ input: Int32, offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(input, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return nil }
            done += n
        }
        return bytes
    }
}
