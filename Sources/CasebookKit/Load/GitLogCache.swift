import Foundation

/// What `git log` said of the whole history, kept in the repository's own git folder
/// (`.git/casebook-history`, never a file of the archive) with the commit it was read at:
/// the next build asks git only for the commits made since. git diffs every commit's trees
/// to list its files, four seconds for 18,000 commits of a folder of 10,000 files; the
/// commits since the last build take milliseconds. A cache that cannot be read, is cut short
/// or changed (its length and checksum say so), or whose commit is not an ancestor of the
/// one built (history rewritten), is read again whole.
enum GitLogCache {
    static let name = "casebook-history"
    /// 3: logs kept by version 2 may have been read under a user's `log.showRoot=false` or
    /// another `i18n.logOutputEncoding` (`GitCommand`), so each is read again once.
    static let header = "casebook git log 3\n"
    /// Each commit: its parents (a merge has two), the day, the author's and committer's names
    /// and addresses as written (`%an`) and as `.mailmap` maps them (`%aN`), and the whole
    /// message. No author is ever published: names and addresses are read only to be hidden
    /// in messages, of which only the first line is published (`CommitMessage`).
    static let format = "--format=%x01%H%x00%P%x00%cs%x00%an%x00%aN%x00%ae%x00%aE%x00%cn%x00%cN%x00%ce%x00%cE%x00%B"
    /// Merges are listed (their names are hidden too) but name no files: git shows no changes
    /// of a merge unless asked. git's own limit on renames stays (`diff.renameLimit`, 1,000):
    /// unlimited (`-l0`), one commit renaming and editing 4,500 files took over a minute, where
    /// git's limit takes a tenth of a second. Past it,
    /// `former_ids` connects a renamed file's history (`FormerIDHistory`) and the note says
    /// git gave up.
    static let arguments = ["log", "-z", "-M", format, "--name-status"]

    /// What git gave: the log, or why it could not (its own words).
    struct Log {
        var bytes: [UInt8]
        /// git's warning that it did not look for every rename (too many files), if it gave one.
        var renamesSkipped = false
    }

    struct Failure: Error, Equatable {
        let message: String
    }

    /// The log of every commit up to `head`, newest first.
    /// `writes`: false for `check` and `serve`, which write nothing (the cache is read, not made).
    static func log(to head: String, in top: String, cache: URL, writes: Bool = true) -> Result<Log, Failure> {
        if let (cached, bytes) = read(cache) {
            if cached == head { return .success(Log(bytes: bytes)) }
            if GitCommand.run(["merge-base", "--is-ancestor", cached, head], in: top).status == 0 {
                let newer = GitCommand.run(arguments + ["\(cached)..\(head)"], in: top)
                if newer.status == 0 {
                    // The new commits are none of the cached ones' ancestors: newest first still.
                    let log = newer.bytes + bytes
                    if writes { write(log, head: head, to: cache) }
                    return .success(Log(bytes: log, renamesSkipped: skipsRenames(newer.error)))
                }
            }
        }
        let full = GitCommand.run(arguments + [head], in: top)
        guard full.status == 0 else {
            return .failure(Failure(message: GitHistory.firstLine(of: full.error, status: full.status)))
        }
        if writes { write(full.bytes, head: head, to: cache) }
        return .success(Log(bytes: full.bytes, renamesSkipped: skipsRenames(full.error)))
    }

    /// git's words when it stopped looking for renames (`diff.renameLimit`).
    static func skipsRenames(_ error: String) -> Bool {
        error.contains("rename detection was skipped") || error.contains("renameLimit")
    }

    /// The commit a cache was read at, and its log; nil when it is not whole.
    static func read(_ cache: URL) -> (String, [UInt8])? {
        guard let data = try? Data(contentsOf: cache) else { return nil }
        let bytes = [UInt8](data)
        let start = header.utf8.count
        guard bytes.starts(with: header.utf8), let end = bytes[start...].firstIndex(of: 0x0A) else { return nil }
        let line = String(decoding: bytes[start..<end], as: UTF8.self).split(separator: " ")
        guard line.count == 3, line[0].count >= 40, line[0].allSatisfy(\.isHexDigit) else { return nil }
        let log = Array(bytes[(end + 1)...])
        guard Int(line[1]) == log.count, line[2] == checksum(log) else { return nil }
        return (String(line[0]), log)
    }

    /// Written whole under a temporary name and renamed, so a reader never sees half; a git
    /// folder that cannot be written (read-only) only means the next build reads git again.
    /// The length and checksum catch a file cut short or changed some other way (a disk full,
    /// a CI cache restored in part).
    static func write(_ log: [UInt8], head: String, to cache: URL) {
        let line = "\(head) \(log.count) \(checksum(log))\n"
        try? Data(Array((header + line).utf8) + log).write(to: cache, options: .atomic)
    }

    /// 64-bit FNV-1a, in hexadecimal: quick, and enough to tell a damaged file.
    static func checksum(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
