import Foundation
import Testing
@testable import CasebookKit
#if canImport(Glibc)
import Glibc
#endif

/// The swap of a finished site into place: safe when a build is killed at any step, when two
/// builds run at once, and when the output is a mount point.
@Suite(.serialized) struct OutputSwapTests {
    static var isRoot: Bool { getuid() == 0 }

    @Test func aBuildMarksItsOutputAndBuildsIntoItAgain() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try site.read("public/\(OutputGuard.markerName)").hasPrefix(OutputGuard.markerText))
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: appeal")
        #expect(site.build().succeeded)
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("ppeal"))
    }

    @Test func anEmptyFolderAndASiteOfAnEarlierVersionAreBuiltInto() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(site.build(output: "empty").succeeded)
        // A site written before builds left the marker is recognised by its files.
        #expect(site.build(output: "earlier").succeeded)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("earlier/\(OutputGuard.markerName)"))
        #expect(site.build(output: "earlier").succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("earlier/\(OutputGuard.markerName)").path))
    }

    /// A build killed after moving the old site aside and before moving the new one in (the
    /// two-rename swap, used where the file system cannot exchange folders).
    @Test func aBuildKilledBetweenItsRenamesIsRepairedByTheNext() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let previous = SiteFixture.snapshot(site.output)
        try FileManager.default.moveItem(at: site.output, to: site.root.appendingPathComponent(".casebook-old-public-4242"))
        try site.write(".casebook-staging-public-4242/index.html", "half a site")
        // The next build fails on the content, and still puts the previous site back.
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        let failed = site.build()
        #expect(failed.exitStatus == 1)
        #expect(SiteFixture.snapshot(site.output) == previous)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(!left.contains { $0.hasPrefix(".casebook-") })
    }

    /// Builds killed at moments spread over their run: `public/` is always one whole site,
    /// the previous or the new one, and the next build leaves nothing else behind.
    @Test func aBuildKilledAtAnyMomentLeavesAWholeSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        var sites = [SiteFixture.snapshot(site.output)]
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: appeal")
        #expect(site.build().succeeded)
        sites.append(SiteFixture.snapshot(site.output))
        var generator = SystemRandomNumberGenerator()
        for round in 0..<12 {
            // Each round builds the other version, so a finished build changes the site.
            try site.replace("content/cases/qambarova-2021.md", round % 2 == 0 ? "status: appeal" : "status: sentenced",
                             with: round % 2 == 0 ? "status: sentenced" : "status: appeal")
            let process = Process()
            process.executableURL = CommandRun.binary
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = site.root
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.25, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Thread.sleep(forTimeInterval: 0.05)  // a detached rm of the previous site may still run
            let now = SiteFixture.snapshot(site.output)
            #expect(sites.contains(now), "round \(round): public/ is not a whole site")
        }
        #expect(site.build().succeeded)
        Thread.sleep(forTimeInterval: 0.3)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(!left.contains { $0.hasPrefix(".casebook-") })
    }

    @Test func aFailedBuildSaysWhetherTheOutputWasThere() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        let missing = try CommandRun.run(["build"], in: site.root)
        #expect(missing.status == 1)
        #expect(missing.errors.hasSuffix("; public/ was not written\n"))
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        let kept = try CommandRun.run(["build"], in: site.root)
        #expect(kept.errors.hasSuffix("; public/ was not changed\n"))
    }

    /// The output was missing (a build killed between its renames) and is back: a failed
    /// build says so rather than "was not changed".
    @Test func aFailedBuildSaysItPutThePreviousSiteBack() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try FileManager.default.moveItem(at: site.output, to: site.root.appendingPathComponent(".casebook-old-public-4242"))
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        let run = try CommandRun.run(["build"], in: site.root)
        #expect(run.status == 1)
        #expect(run.errors.hasSuffix("; public/ is the previous site, put back after an interrupted build\n"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
        let again = try CommandRun.run(["build"], in: site.root)
        #expect(again.errors.hasSuffix("; public/ was not changed\n"))
    }

    @Test(arguments: [true, false])
    func theExchangeAndTheTwoRenameSwapGiveTheSameResult(_ exchanging: Bool) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let target = base.appendingPathComponent("public"), staging = base.appendingPathComponent(".casebook-staging-public-7")
        for folder in [target, staging] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try Data("old".utf8).write(to: target.appendingPathComponent("a"))
        try Data("new".utf8).write(to: staging.appendingPathComponent("a"))
        let previous = try #require(try OutputSwap.replace(target, with: staging, exchanging: exchanging))
        #expect(try String(contentsOf: target.appendingPathComponent("a"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: previous.appendingPathComponent("a"), encoding: .utf8) == "old")
        #expect(OutputSwap.part(of: previous.lastPathComponent, "public") == (exchanging ? .staging : .trash))
        // Whatever is left is cleared by the next build's recovery, which keeps the output.
        let restored = OutputSwap.recover(target)
        #expect(restored == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: base.path)
        #expect(left == ["public"])
    }

    @Test func leftoversOfOtherOutputsAreNotTouched() {
        #expect(OutputSwap.part(of: ".casebook-old-public-12", "public") == .old)
        #expect(OutputSwap.part(of: ".casebook-old-public-x-12", "public") == nil)
        #expect(OutputSwap.part(of: ".casebook-staging-old-public-12", "public") == nil)
        #expect(OutputSwap.part(of: ".casebook-trash-public-", "public") == nil)
        #expect(OutputSwap.part(of: ".casebook-staging-12", nil) == .staging)
    }

    /// Two builds with one process id (here, in one process) never share a staging name:
    /// the deletion of one's previous site, which runs on after it, could reach the other's.
    @Test func buildsOfOneProcessNeverShareAWorkingName() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let first = try OutputWriter(target: site.root.appendingPathComponent("one/public"))
        let second = try OutputWriter(target: site.root.appendingPathComponent("two/public"))
        #expect(first.staging.lastPathComponent != second.staging.lastPathComponent)
        #expect(OutputSwap.part(of: first.staging.lastPathComponent, "public") == .staging)
        first.discard()
        second.discard()
    }

    @Test func twoBuildsAtOnceIntoOneOutputBothFinish() async throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let results = await withTaskGroup(of: BuildResult.self) { group in
            for _ in 0..<3 { group.addTask { site.build() } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let clean = results.allSatisfy { $0.succeeded && $0.diagnostics.isEmpty }
        #expect(clean)
        #expect(site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/index.html").path))
    }

    @Test func aSecondBuildWaitsForTheLock() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let held = try OutputLock(folder: site.root)
        let waited = Flag()
        var options = BuildOptions(content: "content", templates: "templates", relativeTo: site.root)
        options.onWait = { _ in waited.set() }
        let done = DispatchSemaphore(value: 0)
        Thread { [options] in _ = Builder.build(options); done.signal() }.start()
        #expect(done.wait(timeout: .now() + 0.5) == .timedOut)
        #expect(waited.value)
        held.release()
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/index.html").path))
    }

    /// Run as an unprivileged user: a folder the build may not write in is one line, exit 2.
    @Test func anOutputFolderThatCannotBeWrittenIsOneLine() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let locked = site.root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        let run = try CommandRun.run(["build", "--output", "locked/public"], in: site.root, unprivileged: true)
        #expect(run.status == 2)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("locked/public:1:1: error: the site could not be written: \(locked.path)/.casebook-staging-public-") == true)
        #expect(lines.first?.hasSuffix(": Permission denied; the new site is written beside the output and then swapped in, so this user must be able to write in \(locked.path)/") == true, "\(lines)")
        #expect(lines.last == "build failed: 1 error, 0 warnings in 1 file; locked/public/ was not written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    /// A media file that does not fit: the message names the file being written, not the
    /// archive's file, and gives the system's reason.
    @Test(.enabled(if: isRoot)) func aFullDiskWhileCopyingMediaNamesTheFileWritten() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let disk = site.root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(OutputInPlaceTests.mount(["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.path]))
        defer { _ = OutputInPlaceTests.mount([disk.path], command: "/bin/umount") }
        try Data(count: 3_000_000).write(to: site.content.appendingPathComponent("media/large.jpg"))
        let result = site.build(output: "disk/public")
        #expect(result.exitStatus == 2)
        let message = try #require(result.errors.first?.description)
        #expect(message.hasPrefix("disk/public:1:1: error: the site could not be written: \(disk.path)/.casebook-staging-public-"))
        #expect(message.hasSuffix("/media/large.jpg: No space left on device"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
    }

    @Test func foundationsFileErrorsBecomeOneLine() {
        #expect(throws: (any Error).self) { try FileManager.default.copyItem(atPath: "/no/such/file", toPath: "/tmp/x") }
        do {
            try FileManager.default.copyItem(atPath: "/no/such/file", toPath: "/tmp/x")
        } catch {
            // Foundation's own wording ("The file doesn’t exist.") gives way to the system's.
            #expect(OutputFailure.line(error) == "/no/such/file: No such file or directory")
        }
        #expect(OutputFailure.line(FileWriting.Failure(path: "/a/b", code: ENOSPC)) == "/a/b: No space left on device")
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = false
        func set() { lock.withLock { stored = true } }
        var value: Bool { lock.withLock { stored } }
    }
}
