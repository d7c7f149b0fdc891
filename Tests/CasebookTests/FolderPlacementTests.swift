import Foundation
import Testing
@testable import CasebookKit

/// Spreading folders over the disk changes where ext4 puts them, never what is written, and
/// must work the same where the file system refuses the flag (tmpfs).
@Suite struct FolderPlacementTests {
    /// A new empty folder under `base`, removed by the caller.
    static func scratch(in base: String) throws -> String {
        let path = "\(base)/casebook-placement-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The temporary folder (ext4 on the benchmark machine) and tmpfs, where there is one.
    static let bases = [URL(fileURLWithPath: NSTemporaryDirectory()).standardizedFileURL.path]
        + (FileManager.default.fileExists(atPath: "/dev/shm") ? ["/dev/shm"] : [])

    /// The type of the file system holding `path` ("ext4", "tmpfs"), from /proc/mounts.
    static func fileSystemType(_ path: String) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
        let entries = mounts.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        return entries.filter { $0.count > 2 && (path == $0[1] || path.hasPrefix($0[1] == "/" ? "/" : $0[1] + "/")) }
            .max { $0[1].count < $1[1].count }?[2]
    }

    @Test(arguments: bases) func everyFolderIsMadeAndNoFlagIsLeftBehind(base: String) throws {
        let root = try Self.scratch(in: base)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let placement = FolderPlacement(root: root)
        for section in ["cases", "people"] {
            try FileWriting.makeDirectories("\(root)/\(section)", placement: placement)
            for i in 0..<(3 * FolderPlacement.runLength) {
                try FileWriting.makeDirectories("\(root)/\(section)/\(i)/page/2", placement: placement)
            }
        }
        for section in ["cases", "people"] {
            let made = try FileManager.default.contentsOfDirectory(atPath: "\(root)/\(section)")
            #expect(made.count == 3 * FolderPlacement.runLength)
            #expect(!FolderPlacement.isTopDirectory("\(root)/\(section)"))
        }
        #expect(FileManager.default.fileExists(atPath: "\(root)/people/23/page/2"))
        #expect(!FolderPlacement.isTopDirectory(root))
        switch Self.fileSystemType(base) {
        case "ext4": #expect(placement.placedWithFlag >= 6)  // every 8th of about 100 folders
        case "tmpfs": #expect(placement.placedWithFlag == 0)  // refuses the flag
        default: break
        }
    }

    @Test(arguments: bases) func failuresReportTheErrorOfMkdir(base: String) throws {
        let root = try Self.scratch(in: base)
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The first folder of each placement is one placed with the flag.
        try FileManager.default.createDirectory(atPath: "\(root)/cases", withIntermediateDirectories: false)
        #expect(FolderPlacement(root: root).makeFolder("\(root)/cases") == -1)
        #expect(errno == EEXIST)
        #expect(FolderPlacement(root: root).makeFolder("\(root)/missing/child") == -1)
        #expect(errno == ENOENT)
        #expect(FolderPlacement(root: root).makeFolder("\(root)/cases/1") == 0)
        #expect(!FolderPlacement.isTopDirectory("\(root)/cases"))
    }

    @Test(arguments: bases) func aSiteWrittenThroughTheStagingFolderIsComplete(base: String) throws {
        let root = try Self.scratch(in: base)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let target = URL(fileURLWithPath: "\(root)/public")
        let writer = try OutputWriter(target: target)
        let paths = (0..<50).map { "cases/case-\($0)/index.html" } + ["index.html", "cases/index.html"]
        let files = SiteWriter(writer)  // how the build writes: folders through the placement
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            try? files.write(paths[i], Array(paths[i].utf8))
        }
        try files.finish()
        try writer.commit()
        for path in paths {
            let bytes = FileManager.default.contents(atPath: target.appendingPathComponent(path).path)
            #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == path)
        }
    }

    /// Every folder at the top of the site is placed, wherever it falls in the count.
    @Test(arguments: bases) func topFoldersAreAlwaysPlaced(base: String) throws {
        let root = try Self.scratch(in: base)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let placement = FolderPlacement(root: root)
        for name in ["cases", "people", "organizations", "regions", "data"] {
            try FileWriting.makeDirectories("\(root)/\(name)", placement: placement)
        }
        #expect(!FolderPlacement.isTopDirectory(root))
        switch Self.fileSystemType(root) {
        case "ext4": #expect(placement.placedWithFlag == 5)
        case "tmpfs": #expect(placement.placedWithFlag == 0)
        default: break
        }
    }
}
