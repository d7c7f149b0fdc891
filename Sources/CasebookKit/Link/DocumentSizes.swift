#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sizes of the media files cases name as documents ("PDF, 240 KB" on a case page):
/// one stat per document file, and nothing at all for an archive without documents.
enum DocumentSizes {
    static func measure(_ cases: [LinkedCase], files: [StaticFile]) -> [String: Int] {
        let wanted = Set(cases.lazy.flatMap(\.record.documents).compactMap(\.file?.id))
        guard !wanted.isEmpty else { return [:] }
        var sizes: [String: Int] = [:]
        for file in files where wanted.contains(file.path) {
            var info = stat()
            // The real file, links resolved when the media tree was read: the one copied.
            if stat(file.source, &info) == 0 { sizes[file.path] = Int(info.st_size) }
        }
        return sizes
    }
}
