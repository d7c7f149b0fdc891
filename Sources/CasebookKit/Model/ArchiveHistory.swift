/// What git says about the content: each file's commits (following renames) and the commit
/// the site is built from. Empty without git; `fallback` then says what the build did instead.
public struct ArchiveHistory: Sendable {
    /// One commit that touched content files: its date (the committer's, the day it landed)
    /// and its message's first line. No author: names and addresses can endanger contributors.
    public struct Commit: Sendable, Equatable {
        public let hash: String
        public let date: PartialDate
        public var subject: String
    }

    /// The commit the site is built from, for the footer and citations; nil without git, or
    /// when the content has changes that are not committed (the site is not that commit).
    public struct Stamp: Sendable, Equatable {
        public let commit: String
        public let date: PartialDate
        /// The short id readers cite: the first 7 hex digits, like git's own abbreviation.
        public var shortCommit: String { String(commit.prefix(7)) }
    }

    /// Every commit that touched a content file, newest first.
    public var commits: [Commit] = []
    /// Per content path (`cases/x.md`, `cases/x.ru.md`), the commits that touched it, as
    /// indexes into `commits`, newest first; a renamed file carries its earlier names' commits.
    public var files: [String: [Int32]] = [:]
    /// A deleted file's commits (as indexes into `commits`), by the path it was deleted at,
    /// and the commit that deleted it: a file whose `former_ids` name it, added by that very
    /// commit, was renamed from it (`FormerIDHistory`), when git did not see the rename.
    public struct Removal: Sendable, Equatable {
        public let deletedIn: Int32
        public let commits: [Int32]
    }

    public var removed: [String: [Removal]] = [:]
    public var stamp: Stamp?
    /// What the build fell back to, said once (no git, a shallow clone, uncommitted changes).
    public var fallback: String?
    /// The content folder as messages name it (`content`), for warnings about a commit.
    public var contentName = "content"

    public init() {}

    /// The commits of one path, newest first.
    public func commits(of path: String) -> [Commit] {
        (files[path] ?? []).map { commits[Int($0)] }
    }

    /// The day a path was last committed.
    public func lastChanged(_ path: String) -> PartialDate? {
        files[path]?.first.map { commits[Int($0)].date }
    }

    /// The day a path was first committed (under any of its names).
    public func firstCommitted(_ path: String) -> PartialDate? {
        files[path]?.last.map { commits[Int($0)].date }
    }
}
