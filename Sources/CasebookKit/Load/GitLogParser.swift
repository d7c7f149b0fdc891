/// Reads the output of `git log -z -M --format=%x01%H%x00%cs%x00%an%x00%cn%x00%s --name-status`, newest
/// commit first, into each file's commits. A renamed file keeps the commits of its earlier
/// names; a file deleted and later added again at the same path starts a new history, so an
/// old file's commits never attach to a new one.
enum GitLogParser {
    static func parse(_ bytes: [UInt8]) -> (commits: [ArchiveHistory.Commit], files: [String: [Int32]], contributors: Set<String>) {
        var commits: [ArchiveHistory.Commit] = []
        var contributors: Set<String> = []
        var files: [String: [Int32]] = [:]
        /// An older name of a file, by the name it has now.
        var earlierName: [String: String] = [:]
        /// Paths whose file's first commit has been seen: older commits at the path are another file's.
        var closed: Set<String> = []
        func owner(_ path: String) -> String? {
            if let current = earlierName[path] { return current }
            return closed.contains(path) ? nil : path
        }
        func record(_ path: String) {
            let index = Int32(commits.count - 1)
            // One entry per commit, even when a commit names a path twice.
            if files[path]?.last != index { files[path, default: []].append(index) }
        }

        var fields = bytes.split(separator: 0, omittingEmptySubsequences: false)[...]
        while let field = fields.popFirst() {
            var token = field[...]
            if token.first == 0x0A { token = token.dropFirst() }  // the line break after a commit's header
            if token.first == 0x01 {
                let hash = String(decoding: token.dropFirst(), as: UTF8.self)
                let date = fields.popFirst().map { String(decoding: $0, as: UTF8.self) } ?? ""
                for _ in 0..<2 { if let name = fields.popFirst(), !name.isEmpty { contributors.insert(String(decoding: name, as: UTF8.self)) } }
                let subject = fields.popFirst().map { String(decoding: $0, as: UTF8.self) } ?? ""
                let parsed = (try? PartialDate.parse(date).get()) ?? PartialDate(year: 1970)!
                commits.append(ArchiveHistory.Commit(hash: hash, date: parsed, subject: subject))
                continue
            }
            guard let status = token.first, !commits.isEmpty else { continue }
            switch status {
            case UInt8(ascii: "R"), UInt8(ascii: "C"):
                guard let old = fields.popFirst().map(Self.path), let new = fields.popFirst().map(Self.path) else { continue }
                let current = owner(new)
                if let current { record(current) }
                earlierName[new] = nil
                closed.insert(new)
                // A copy's original is another file, which keeps its own history.
                if status == UInt8(ascii: "R"), let current { earlierName[old] = current; closed.remove(old) }
            case UInt8(ascii: "A"):
                guard let path = fields.popFirst().map(Self.path) else { continue }
                if let current = owner(path) { record(current) }
                earlierName[path] = nil
                closed.insert(path)
            case UInt8(ascii: "D"):
                guard let path = fields.popFirst().map(Self.path) else { continue }
                // Deleted here: anything older at this path belongs to a file that is gone,
                // unless a newer commit moved the current file's name to it.
                if earlierName[path] == nil { closed.insert(path) }
            default:
                guard let path = fields.popFirst().map(Self.path) else { continue }
                if let current = owner(path) { record(current) }
            }
        }
        return (commits, files, contributors)
    }

    static func path(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
