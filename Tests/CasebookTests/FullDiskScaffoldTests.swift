import Foundation
import Testing
@testable import CasebookKit

/// `init`, `new` and `theme export` on a disk that fills up: they said "nothing was
/// written" and left an empty file behind, which the next run then refused as "already
/// exists". Now the file is whole or absent, and the folders made for it go too.
@Suite(.serialized) struct FullDiskScaffoldTests {
    /// A 64 KB tmpfs, with what `before` writes, then filled to `free` bytes short of full, for `body`.
    static func onFullDisk(free: Int, before: (URL) throws -> Void = { _ in }, _ body: (URL) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(OutputInPlaceTests.mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", root.path]))
        defer { _ = OutputInPlaceTests.mount([root.path], command: "/bin/umount") }
        try before(root)
        let filler = root.appendingPathComponent("filler")
        // Fill page by page: a tmpfs counts whole pages.
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: filler.path)[.size] as? Int)
        try FileHandle(forWritingTo: filler).truncate(atOffset: UInt64(max(0, size - free)))
        try body(root)
    }

    @Test(.enabled(if: OutputSwapTests.isRoot)) func initLeavesNothingWhenTheDiskIsFull() throws {
        try Self.onFullDisk(free: 4096) { root in
            #expect(throws: ArchiveInit.Refusal.self) { try ArchiveInit.create(at: root.appendingPathComponent("a/b/archive"), displayName: "archive") }
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a").path))
        }
    }

    @Test(.enabled(if: OutputSwapTests.isRoot)) func newLeavesNoEmptyFileWhenTheDiskIsFull() throws {
        try Self.onFullDisk(free: 0, before: { root in
            let content = root.appendingPathComponent("content")
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            try Data("title: T\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        }) { root in
            let content = root.appendingPathComponent("content")
            do {
                _ = try NewFile.create(NewFileRequest(kind: .people, name: "Full Disk", today: PartialDate(year: 2024)!), relativeTo: root)
                Issue.record("written on a full disk")
            } catch let error as NewFileError {
                #expect(error.message.hasSuffix("full-disk.md: No space left on device; nothing was written"), "\(error.message)")
            }
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("people/full-disk.md").path))
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("people").path))
        }
    }

    @Test(.enabled(if: OutputSwapTests.isRoot)) func themeExportTakesBackWhatItWrote() throws {
        try Self.onFullDisk(free: 16 * 1024) { root in
            do {
                _ = try ThemeExport.export(to: root.appendingPathComponent("theme"), shown: "theme")
                Issue.record("the whole theme fitted in 16 KB")
            } catch let error as NewFileError {
                #expect(error.message.hasSuffix("No space left on device; nothing was left written"), "\(error.message)")
            }
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("theme").path))
        }
    }

    @Test func aFileIsMadeNewOrNotAtAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-create-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.md").path
        try FileWriting.create("first\n", at: path)
        #expect(throws: FileWriting.Failure.self) { try FileWriting.create("second\n", at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        try FileWriting.create("", at: folder.appendingPathComponent("empty.md").path)
    }
}
