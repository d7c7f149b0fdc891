import Foundation
import Testing
@testable import CasebookKit
#if canImport(Glibc)
import Glibc
#endif

/// An output that is a mount point (a Docker volume, a tmpfs) is updated in place; a build
/// killed at any step of that leaves what the next build needs to put the previous site back.
@Suite(.serialized) struct OutputInPlaceTests {
    static var canMount: Bool { getuid() == 0 }

    /// A folder holding a site: `files` relative path -> text.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-inplace-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static let old = ["index.html": "old", "cases/a/index.html": "old a", OutputGuard.markerName: "mark"]
    static let new = ["index.html": "new", "cases/b/index.html": "new b", OutputGuard.markerName: "mark"]

    @Test func theEntriesTradePlaces() throws {
        let target = try Self.folder(Self.old.merging(Self.new.map { (".casebook-staging-9/\($0)", $1) }) { $1 })
        defer { try? FileManager.default.removeItem(at: target) }
        let previous = try OutputInPlace.replace(target, with: target.appendingPathComponent(".casebook-staging-9"))
        #expect(OutputSwap.part(of: previous.lastPathComponent, nil) == .trash)
        #expect(OutputInPlace.recover(target) == nil)  // what the next build does first: nothing to put back
        #expect(SiteFixture.snapshot(target) == Self.new.mapValues { Data($0.utf8) })
    }

    /// Killed before any entry was set aside: nothing to put back, and nothing said.
    @Test func killedBeforeAnyMoveChangesNothing() throws {
        let target = try Self.folder(Self.old.merging([".casebook-staging-9/index.html": "new"]) { $1 })
        defer { try? FileManager.default.removeItem(at: target) }
        try FileManager.default.createDirectory(at: target.appendingPathComponent(".casebook-old-9"), withIntermediateDirectories: true)
        #expect(OutputInPlace.recover(target) == nil)
        #expect(SiteFixture.snapshot(target) == Self.old.mapValues { Data($0.utf8) })
    }

    /// Killed while the previous site's entries were being set aside.
    @Test func killedWhileSettingTheOldSiteAside() throws {
        let target = try Self.folder([
            "index.html": "old", ".casebook-old-9/cases/a/index.html": "old a", ".casebook-old-9/\(OutputGuard.markerName)": "mark",
            ".casebook-staging-9/index.html": "new", ".casebook-staging-9/cases/b/index.html": "new b",
        ])
        defer { try? FileManager.default.removeItem(at: target) }
        #expect(OutputInPlace.recover(target) == ".casebook-old-9")
        #expect(SiteFixture.snapshot(target) == Self.old.mapValues { Data($0.utf8) })
    }

    /// Killed while the new site's entries were being moved up.
    @Test func killedWhileMovingTheNewSiteIn() throws {
        let target = try Self.folder([
            "index.html": "new",
            ".casebook-old-9/index.html": "old", ".casebook-old-9/cases/a/index.html": "old a",
            ".casebook-old-9/\(OutputGuard.markerName)": "mark", ".casebook-old-9/\(OutputInPlace.movedMark)": "",
            ".casebook-staging-9/cases/b/index.html": "new b",
        ])
        defer { try? FileManager.default.removeItem(at: target) }
        #expect(OutputInPlace.recover(target) == ".casebook-old-9")
        #expect(SiteFixture.snapshot(target) == Self.old.mapValues { Data($0.utf8) })
    }

    /// The recovery itself killed while it put the old entries back: the entries it had put
    /// back are kept by the next recovery, not deleted as if they were the new site's.
    @Test func aRecoveryKilledHalfWayIsFinishedByTheNext() throws {
        let target = try Self.folder([
            "index.html": "new",
            ".casebook-old-9/index.html": "old", ".casebook-old-9/cases/a/index.html": "old a",
            ".casebook-old-9/\(OutputGuard.markerName)": "mark", ".casebook-old-9/\(OutputInPlace.movedMark)": "",
        ])
        defer { try? FileManager.default.removeItem(at: target) }
        let old = target.appendingPathComponent(".casebook-old-9")
        // What the first recovery did before it was killed: the new entries deleted, one old one put back.
        OutputInPlace.discardNewEntries(target, old: old)
        try OutputSwap.move(old.appendingPathComponent("cases").path, to: target.appendingPathComponent("cases").path)
        #expect(OutputInPlace.recover(target) == ".casebook-old-9")
        #expect(SiteFixture.snapshot(target) == Self.old.mapValues { Data($0.utf8) })
    }

    /// A move that fails half-way (here a mount point inside the output, which cannot be
    /// renamed) puts back what was already moved, so "public/ was not changed" stays true.
    @Test(.enabled(if: canMount)) func aSwapThatFailsHalfWayPutsThePreviousSiteBack() throws {
        let target = try Self.folder(Self.old.merging(Self.new.map { (".casebook-staging-9/\($0)", $1) }) { $1 })
        defer { try? FileManager.default.removeItem(at: target) }
        let cases = target.appendingPathComponent("cases")
        #expect(Self.mount(["-t", "tmpfs", "tmpfs", cases.path]))
        defer { _ = Self.mount([cases.path], command: "/bin/umount") }
        try FileManager.default.createDirectory(at: cases.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("old a".utf8).write(to: cases.appendingPathComponent("a/index.html"))
        #expect(throws: (any Error).self) { try OutputInPlace.replace(target, with: target.appendingPathComponent(".casebook-staging-9")) }
        // (The snapshot does not enter the mount: its file is read on its own.)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == [OutputGuard.markerName, "cases", "index.html"])
        #expect(try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try String(contentsOf: cases.appendingPathComponent("a/index.html"), encoding: .utf8) == "old a")
    }

    @Test func mountInfoEscapesAreRead() {
        #expect(MountTable.unescape(#"/tmp/a\040b\134c"#) == #"/tmp/a b\c"#)
    }

    /// A real tmpfs mounted on the output: built twice in place, still mounted, nothing left over.
    @Test(.enabled(if: canMount)) func aMountedOutputIsUpdatedInPlace() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        #expect(Self.mount(["-t", "tmpfs", "tmpfs", site.output.path]))
        defer { _ = Self.mount([site.output.path], command: "/bin/umount") }
        // What the file system keeps at its root is neither refused nor deleted.
        try FileManager.default.createDirectory(at: site.output.appendingPathComponent("lost+found"), withIntermediateDirectories: true)
        #expect(site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("lost+found").path))
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: appeal")
        let result = site.build()
        #expect(result.diagnostics.isEmpty)
        #expect(OutputInPlace.isMountPoint(site.output))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("ppeal"))
        Thread.sleep(forTimeInterval: 0.5)  // the previous site is deleted in the background
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.output.path)
        #expect(!entries.contains { $0.hasPrefix(".casebook-") && $0 != OutputGuard.markerName })
    }

    /// A full disk: one line naming the path and the reason, and the previous site intact.
    @Test(.enabled(if: canMount)) func aFullDiskIsOneLineAndKeepsThePreviousSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let disk = site.root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(Self.mount(["-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.path]))
        defer { _ = Self.mount([disk.path], command: "/bin/umount") }
        try FileManager.default.createDirectory(at: disk.appendingPathComponent("public"), withIntermediateDirectories: true)
        try Data(OutputGuard.markerText.utf8).write(to: disk.appendingPathComponent("public/\(OutputGuard.markerName)"))
        try Data("previous".utf8).write(to: disk.appendingPathComponent("public/index.html"))
        let before = SiteFixture.snapshot(disk)
        let result = site.build(output: "disk/public")
        #expect(result.exitStatus == 2)
        let message = try #require(result.errors.first?.description)
        #expect(result.errors.count == 1)
        #expect(message.hasPrefix("disk/public:1:1: error: the site could not be written: \(disk.path)/"))
        #expect(message.hasSuffix(": No space left on device"))
        #expect(!message.contains("\n") && !message.contains("Domain="))
        #expect(SiteFixture.snapshot(disk) == before)
    }

    static func mount(_ arguments: [String], command: String = "/bin/mount") -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
