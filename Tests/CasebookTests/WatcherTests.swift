import Foundation
import Testing
@testable import CasebookKit

/// The watcher keeps up with a watched folder that goes away and comes back. Each test runs
/// with inotify (Linux) and with the polling that macOS uses, so that both report the same.
@Suite(.serialized) struct WatcherTests {
    static let methods: [Watcher.Method] = (Platform.watchesWithInotify ? [.inotify] : []) + [.polling(interval: 0.05)]

    let base = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-watch-\(UUID().uuidString)")
    var content: URL { base.appendingPathComponent("content") }

    /// Waits until a reported path satisfies `match` (3 s at most).
    func waitFor(_ seen: Recorder, _ match: (String) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline, !seen.paths.contains(where: match) { try? await Task.sleep(for: .milliseconds(10)) }
        return seen.paths.contains(where: match)
    }

    func write(_ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }

    @Test(arguments: methods) func aDeletedAndRestoredFolderIsWatchedAgain(method: Watcher.Method) async throws {
        try write("cases/a.md", in: content)
        defer { try? FileManager.default.removeItem(at: base) }
        let seen = Recorder()
        let watcher = try Watcher(folders: [content], method: method) { seen.addPaths($0) }
        defer { watcher.stop() }
        try FileManager.default.removeItem(at: content)
        #expect(await waitFor(seen) { $0 == content.path }, "the deletion is reported")
        try write("cases/b.md", in: content)
        #expect(await waitFor(seen) { $0 == content.path + "/cases/b.md" }, "the restored folder's files are reported")
        try write("cases/c.md", in: content)
        #expect(await waitFor(seen) { $0 == content.path + "/cases/c.md" }, "and it is watched again")
    }

    @Test(arguments: methods) func aFolderMovedAwayAndBackIsWatchedAgain(method: Watcher.Method) async throws {
        try write("cases/a.md", in: content)
        defer { try? FileManager.default.removeItem(at: base) }
        let away = base.appendingPathComponent("content-away")
        let seen = Recorder()
        let watcher = try Watcher(folders: [content], method: method) { seen.addPaths($0) }
        defer { watcher.stop() }
        try FileManager.default.moveItem(at: content, to: away)
        #expect(await waitFor(seen) { $0 == content.path }, "the move is reported")
        // Files written where the folder went are not the content's.
        try write("cases/elsewhere.md", in: away)
        try await Task.sleep(for: .milliseconds(200))
        #expect(!seen.paths.contains { $0.hasSuffix("elsewhere.md") })
        try FileManager.default.moveItem(at: away, to: content)
        #expect(await waitFor(seen) { $0 == content.path + "/cases/elsewhere.md" }, "moved back, its files are reported")
        try write("cases/new.md", in: content)
        #expect(await waitFor(seen) { $0 == content.path + "/cases/new.md" }, "and it is watched again")
    }

    @Test(arguments: methods) func theDevSiteShowsTheMissingFolderThenTheRestoredOne(method: Watcher.Method) async throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: DevSiteTests.options(fixture))
        site.linkDelay = 0
        let watcher = try Watcher(folders: [fixture.content, fixture.root.appendingPathComponent("templates")], method: method) {
            site.changed($0)
        }
        defer { watcher.stop() }
        let saved = fixture.root.appendingPathComponent("saved-content")
        try FileManager.default.moveItem(at: fixture.content, to: saved)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, site.problemsText == nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(site.problemsText?.contains("content folder not found") == true)
        try FileManager.default.moveItem(at: saved, to: fixture.content)
        while Date() < deadline + 3, site.problemsText != nil { try await Task.sleep(for: .milliseconds(10)) }
        site.settle()
        #expect(site.problemsText == nil)
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    @Test(arguments: methods) func anEditIsReportedAndScratchFilesAreNot(method: Watcher.Method) async throws {
        try write("cases/a.md", in: content)
        defer { try? FileManager.default.removeItem(at: base) }
        let seen = Recorder()
        let watcher = try Watcher(folders: [content], method: method) { seen.addPaths($0) }
        defer { watcher.stop() }
        // Saved the way editors do: a scratch file renamed over the old one.
        let a = content.appendingPathComponent("cases/a.md")
        try Data("edited".utf8).write(to: content.appendingPathComponent("cases/.a.md.tmp"))
        try write("cases/a.md~", in: content)
        try FileManager.default.removeItem(at: a)
        try FileManager.default.moveItem(at: content.appendingPathComponent("cases/.a.md.tmp"), to: a)
        #expect(await waitFor(seen) { $0 == a.path }, "the edited file is reported")
        try write("people/new.md", in: content)
        #expect(await waitFor(seen) { $0 == content.path + "/people/new.md" }, "a file in a new folder is reported")
        #expect(!seen.paths.contains { $0.hasSuffix("~") || $0.hasSuffix(".tmp") }, "scratch files are not")
    }

    /// Polling compares stamps: a file rewritten with the same size but a new time or inode changed.
    @Test func pollingReportsWhatAppearedWentAwayOrChanged() {
        let stamp = FileStamp(size: 1, seconds: 10, nanoseconds: 0, inode: 7)
        let old: [String: PollingWatcher.Entry] = ["/c": .folder, "/c/a.md": .file(stamp), "/c/b.md": .file(stamp), "/c/d": .folder]
        let new: [String: PollingWatcher.Entry] = [
            "/c": .folder, "/c/a.md": .file(FileStamp(size: 1, seconds: 10, nanoseconds: 1, inode: 7)),
            "/c/d": .file(stamp), "/c/e.md": .file(nil),
        ]
        #expect(PollingWatcher.changes(from: old, to: new) == ["/c/a.md", "/c/b.md", "/c/d", "/c/e.md"])
        #expect(PollingWatcher.changes(from: new, to: new).isEmpty)
    }
}
