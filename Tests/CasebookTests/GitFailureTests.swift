import Foundation
import Testing
@testable import CasebookKit

/// When git cannot answer, the one note says what happened, in git's words where it has
/// them, never "no commits yet" for a repository that has them; and a kept log that is not
/// whole is read as absent, never trusted.
@Suite struct GitFailureTests {
    /// A repository of two commits of one content file; its folder and the two commits.
    static func repository() throws -> (SiteFixture, GitRepository, old: String, new: String) {
        let (site, git) = try GitHistoryTests.repository()
        return (site, git, try git.run(["rev-parse", "HEAD~1"]), try git.run(["rev-parse", "HEAD"]))
    }

    static func read(_ site: SiteFixture) -> ArchiveHistory {
        GitHistory.read(content: site.root.appendingPathComponent("content"), writesCache: false)
    }

    @Test func aCommitGitCannotDateIsNamedNotCalledMissing() throws {
        let (site, git, _, _) = try Self.repository()
        defer { site.remove() }
        // git refuses a date before 1970 in `commit`; a commit object can still hold one.
        let tree = try git.run(["write-tree"])
        let object = "tree \(tree)\nparent \(try git.run(["rev-parse", "HEAD"]))\nauthor Old <o@x.invalid> -100000 +0000\ncommitter Old <o@x.invalid> -100000 +0000\n\nAn old date\n"
        let file = site.root.appendingPathComponent(".git/old-commit")
        try Data(object.utf8).write(to: file)
        let commit = try git.run(["hash-object", "-t", "commit", "-w", file.path])
        try git.run(["update-ref", "refs/heads/main", commit])
        let history = Self.read(site)
        // Newer git reads such a date; then the history is read as usual.
        #expect(history.fallback == nil && history.stamp != nil
            || history.fallback == "git gave no date for the commit content/ is built from (\(commit.prefix(7)); dated before 1970?): pages show no history and the footer no build stamp")
    }

    /// `git init` and no commit yet: git 2.39 calls HEAD an "ambiguous argument", which the
    /// note once quoted as a failure of git rather than saying what it means.
    @Test func aRepositoryWithoutCommitsIsSaidSo() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let git = try GitRepository.initialized(at: site.root)
        let note = "the git repository of content/ has no commits yet: pages show no history and the footer no build stamp; dates come from `updated` and the events"
        #expect(Self.read(site).fallback == note)
        // An orphan branch in a repository that has commits has none either.
        try git.commitAll("Add the archive", on: "2024-01-10")
        try git.run(["checkout", "-q", "--orphan", "fresh"])
        #expect(Self.read(site).fallback == note)
    }

    @Test func aHeadGitCannotReadIsSaidInGitsWords() throws {
        let (site, _, _, _) = try Self.repository()
        defer { site.remove() }
        try Data("1234567890123456789012345678901234567890\n".utf8).write(to: site.root.appendingPathComponent(".git/refs/heads/main"))
        #expect(Self.read(site).fallback == "git log failed (fatal: bad object HEAD): pages show no history and the footer no build stamp")
    }

    @Test func aHistoryGitCannotReadIsSaidInGitsWords() throws {
        let (site, git, old, _) = try Self.repository()
        defer { site.remove() }
        // The older commit's tree is lost: git dates the newest commit, but cannot list the files.
        let tree = try git.run(["rev-parse", "\(old)^{tree}"])
        let loose = site.root.appendingPathComponent(".git/objects/\(tree.prefix(2))/\(tree.dropFirst(2))")
        try FileManager.default.removeItem(at: loose)
        let history = Self.read(site)
        #expect(history.fallback?.hasPrefix("git log failed (") == true, "\(history.fallback ?? "")")
        #expect(history.fallback?.hasSuffix("): pages show no history") == true, "\(history.fallback ?? "")")
        #expect(history.stamp != nil)
    }

    /// A kept log cut short (a full disk, a CI cache restored in part) or changed is read again.
    @Test func aKeptLogThatIsNotWholeIsReadAgain() throws {
        let (site, _, _, _) = try Self.repository()
        defer { site.remove() }
        #expect(site.build(output: "one").exitStatus == 0)
        let cache = site.root.appendingPathComponent(".git/casebook-history")
        let whole = try Data(contentsOf: cache)
        #expect(GitLogCache.read(cache) != nil)
        try whole.dropLast(40).write(to: cache)
        #expect(GitLogCache.read(cache) == nil)
        #expect(site.build(output: "two").exitStatus == 0)
        #expect(try site.read("two/cases/history-case-2023/index.html") == (try site.read("one/cases/history-case-2023/index.html")))
        var changed = whole
        changed[changed.count - 20] ^= 0x20
        try changed.write(to: cache)
        #expect(GitLogCache.read(cache) == nil)
    }
}
