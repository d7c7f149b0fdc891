/// Reads the output of `git log -z -M --name-status` in `GitLogCache.format`, newest commit
/// first, into each file's commits, with each commit's first line (`CommitMessage`) and
/// everyone the log names (`Contributors`), merges' authors and committers too (merges
/// touch no file of their own: their changes are their parents'). A renamed file keeps the commits of its earlier
/// names; a file deleted and later added again at the same path starts a new history, so an
/// old file's commits never attach to a new one.
///
/// The log is of the whole repository (a pathspec made git three times slower on a folder of
/// 10,000 files): paths are kept only under `prefix`, the content folder, and without it.
enum GitLogParser {
    static func parse(_ bytes: [UInt8], prefix: String = "") -> (commits: [ArchiveHistory.Commit], files: [String: [Int32]], contributors: Contributors,
                                                                removed: [String: [ArchiveHistory.Removal]]) {
        let prefixBytes = Array(prefix.utf8)
        /// A path inside the content folder, from it; nil for any other.
        func path(_ bytes: ArraySlice<UInt8>) -> String? {
            guard bytes.starts(with: prefixBytes) else { return nil }
            return String(decoding: bytes.dropFirst(prefixBytes.count), as: UTF8.self)
        }
        var commits: [ArchiveHistory.Commit] = []
        var contributors = Contributors()
        /// Whether the entries read belong to a merge, which names no file of its own.
        var inMerge = false
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
                // Parents, date, author's and committer's names and addresses as written and mapped, message.
                let header = (0..<11).map { _ in fields.popFirst().map { String(decoding: $0, as: UTF8.self) } ?? "" }
                for person in [2, 3, 6, 7] { contributors.insert(name: header[person], address: header[person + 2]) }
                for (name, address) in CommitMessage.trailers(header[10]) { contributors.insert(name: name, address: address) }
                inMerge = header[0].contains(" ")
                if inMerge { continue }
                let parsed = (try? PartialDate.parse(header[1]).get()) ?? PartialDate(year: 1970)!
                commits.append(ArchiveHistory.Commit(hash: hash, date: parsed, subject: CommitMessage.firstLine(header[10])))
                continue
            }
            guard let letter = token.first, !commits.isEmpty, !inMerge else { continue }
            var status = letter
            var old: String?, new: String?
            if status == UInt8(ascii: "R") || status == UInt8(ascii: "C") {
                guard let first = fields.popFirst(), let second = fields.popFirst() else { continue }
                (old, new) = (path(first), path(second))
                // Moved into the content folder: new there; moved out of it: gone from it.
                if old == nil, status == UInt8(ascii: "R") { status = UInt8(ascii: "A") }
                if new == nil { if status == UInt8(ascii: "R") { status = UInt8(ascii: "D"); new = old } else { continue } }
            } else {
                guard let field = fields.popFirst() else { continue }
                new = path(field)
            }
            guard let new else { continue }
            switch status {
            case UInt8(ascii: "R"), UInt8(ascii: "C"):
                let current = owner(new)
                if let current { record(current) }
                earlierName[new] = nil
                closed.insert(new)
                // A copy's original is another file, which keeps its own history.
                if status == UInt8(ascii: "R"), let old, let current { earlierName[old] = current; closed.remove(old) }
            case UInt8(ascii: "A"):
                if let current = owner(new) { record(current) }
                earlierName[new] = nil
                closed.insert(new)
            case UInt8(ascii: "D"):
                // Deleted here: anything older at this path belongs to a file that is gone,
                // unless a newer commit moved the current file's name to it. The gone file's
                // commits are kept apart, under a name no path has, for a file that lists its
                // id in `former_ids` (a rename git did not see).
                if earlierName[new] == nil {
                    closed.insert(new)
                    earlierName[new] = "\0\(commits.count - 1)\0\(new)"
                }
            default:
                if let current = owner(new) { record(current) }
            }
        }
        var removed: [String: [ArchiveHistory.Removal]] = [:]
        for (key, list) in files where key.hasPrefix("\0") {
            let parts = key.split(separator: "\0", maxSplits: 1)
            guard parts.count == 2, let deletedIn = Int32(parts[0]) else { continue }
            removed[String(parts[1]), default: []].append(ArchiveHistory.Removal(deletedIn: deletedIn, commits: list))
            files[key] = nil
        }
        return (commits, files, contributors, removed)
    }
}
