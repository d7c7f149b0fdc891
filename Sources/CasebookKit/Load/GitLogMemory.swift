import Foundation

/// What the dev server keeps of git between rebuilds, so that it reads what `build` reads
/// (the commit built from, uncommitted changes, every file's history) before each full link,
/// at the cost of three small git commands (`GitHistory.read`): the log itself, parsed and
/// its contributors' names left out, is kept for the commit it was read at, and read again
/// only when that commit changes. And git's own files that move when a commit is made or
/// another one checked out (`HEAD`, the branch file it names, `packed-refs`), whose stamps
/// `moved()` compares, so a commit with no file of the archive changed is seen too.
/// Thread-safe: read from the link queue, asked from the rebuild queue.
final class GitLogMemory: @unchecked Sendable {
    /// A log read and parsed: what `ArchiveHistory` takes from it.
    struct Read: Sendable {
        let commits: [ArchiveHistory.Commit]
        let files: [String: [Int32]]
        let removed: [String: [ArchiveHistory.Removal]]
        let renamesSkipped: Bool
    }

    private let lock = NSLock()
    private var kept: (commit: String, prefix: String, read: Read)?
    /// `.git/HEAD` (this work tree's) and the folder of the refs (the repository's).
    private var gitFiles: (head: String, common: String)?
    private var stamps: [FileStamp?] = []

    /// The log read at `commit` for the content folder at `prefix`, if it is the one kept.
    func read(at commit: String, prefix: String) -> Read? {
        lock.withLock { kept.flatMap { $0.commit == commit && $0.prefix == prefix ? $0.read : nil } }
    }

    func keep(_ read: Read, at commit: String, prefix: String) {
        lock.withLock { kept = (commit, prefix, read) }
    }

    /// Where git's files are, from `git rev-parse --git-path HEAD --git-common-dir` (relative
    /// to the content folder, or absolute); their stamps are taken now.
    func watch(head: String, common: String, from content: URL) {
        let head = URL(fileURLWithPath: head, relativeTo: content).standardizedFileURL.path
        let common = URL(fileURLWithPath: common, relativeTo: content).standardizedFileURL.path
        let now = Self.stamps(head: head, common: common)
        lock.withLock {
            gitFiles = (head, common)
            stamps = now
        }
    }

    /// Whether a commit was made or another checked out since the stamps were last taken
    /// (by `watch`, at the last read, or by this call): a few `stat` calls, no git command.
    func moved() -> Bool {
        guard let files = lock.withLock({ gitFiles }) else { return false }
        let now = Self.stamps(head: files.head, common: files.common)
        return lock.withLock {
            defer { stamps = now }
            return now != stamps
        }
    }

    /// `HEAD`, the file of the branch it names (`ref: refs/heads/main`), and `packed-refs`,
    /// where git moves branches it packs.
    static func stamps(head: String, common: String) -> [FileStamp?] {
        var files = [head, common + "/packed-refs"]
        if let text = try? String(contentsOfFile: head, encoding: .utf8), text.hasPrefix("ref: ") {
            let ref = text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)
            if !ref.contains("..") { files.append(common + "/" + ref) }
        }
        return files.map { FileStamp(path: $0) }
    }
}
