import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder's entries with one `readdir` pass: the file system says what each entry is (a
/// file, a folder, a symbolic link, a FIFO…), so the loader needs no system call per file.
enum FolderListing {
    struct Entry: Sendable {
        let name: String
        /// The file type bits (`S_IFREG`, `S_IFDIR`, `S_IFLNK`, …) of the entry itself, links not followed.
        let type: mode_t
        var isLink: Bool { type == S_IFLNK }
    }

    /// The entries other than `.` and `..`, sorted by name; empty when the folder cannot be read.
    static func entries(atPath path: String) -> [Entry] {
        ((try? read(atPath: path)) ?? nil) ?? []
    }

    /// The entries other than `.` and `..`, sorted by name; nil when nothing is at `path`
    /// (not even a link), the reason when something is there that cannot be listed.
    static func read(atPath path: String) throws(FileProblem) -> [Entry]? {
        guard let directory = opendir(path) else {
            if let problem = Self.problem(errno, path: path) { throw problem }
            return nil
        }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw FileProblem(errno: errno, path: path) }
                break
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var type = mode_t(entry.pointee.d_type) << 12  // DTTOIF: d_type is the mode's type bits
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {  // some file systems do not say
                var info = stat()
                type = lstat(path + "/" + name, &info) == 0 ? info.st_mode & S_IFMT : 0
            }
            entries.append(Entry(name: name, type: type))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Why `opendir` failed: nil when nothing is there at all.
    private static func problem(_ code: Int32, path: String) -> FileProblem? {
        var info = stat()
        switch code {
        case ENOENT where lstat(path, &info) != 0:
            return nil
        case ENOTDIR where stat(path, &info) == 0:
            return .notFolder(info.st_mode)
        default:
            return FileProblem(errno: code, path: path)
        }
    }
}
