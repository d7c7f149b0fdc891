import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder's entries with one `readdir` pass: the file system says which entries are
/// symbolic links, so the loader needs no system call per file to find out.
enum FolderListing {
    struct Entry: Sendable {
        let name: String
        let isLink: Bool
    }

    /// The entries other than `.` and `..`, sorted by name; empty when the folder cannot be read.
    static func entries(atPath path: String) -> [Entry] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var isLink = Int32(entry.pointee.d_type) == Int32(DT_LNK)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {  // some file systems do not say
                var info = stat()
                isLink = lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
            }
            entries.append(Entry(name: name, isLink: isLink))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
