import Foundation
import Testing
@testable import CasebookKit

/// The calls that differ between Linux and macOS, through `Platform` (run on Linux here; the
/// fallbacks macOS takes are tested in `WatcherTests` and `OutputSwapTests`).
@Suite struct PlatformTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-platform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writeWritesEveryByte() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("f").path
        let bytes = Array("mass riots\n".utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        let written = bytes.withUnsafeBytes { Platform.write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        #expect(written == bytes.count)
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
    }

    @Test func exchangeTradesTwoFoldersOrSaysItCannot() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        for (url, text) in [(a, "A"), (b, "B")] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url.appendingPathComponent("mark"))
        }
        // Linux's file systems here (ext4, tmpfs) and APFS can exchange.
        #expect(Platform.exchange(a.path, b.path))
        #expect(FileManager.default.contents(atPath: a.appendingPathComponent("mark").path) == Data("B".utf8))
        #expect(FileManager.default.contents(atPath: b.appendingPathComponent("mark").path) == Data("A".utf8))
        #expect(!Platform.exchange(a.path, folder.appendingPathComponent("missing").path))
    }

    @Test func modifiedIsTheTimeFoundationSees() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("f").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        let date = Date(timeIntervalSince1970: 1_600_000_000.25)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        var info = stat()
        #expect(stat(path, &info) == 0)
        let modified = Platform.modified(info)
        #expect(modified.seconds == 1_600_000_000)
        #expect(abs(modified.nanoseconds - 250_000_000) < 1_000)
    }

    @Test func theRootIsAMountPoint() {
        #expect(Platform.mountPoints().contains("/"))
    }

    @Test func theMountTableGivesTheFifthFieldUnescaped() {
        let table = """
            22 1 252:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
            35 22 0:30 / /mnt/my\\040archive rw,nosuid - tmpfs tmpfs rw
            short line

            """
        #expect(MountTable.mountPoints(in: table) == ["/", "/mnt/my archive"])
    }

    @Test func theNativeWatcherIsInotifyOnLinux() {
        #if canImport(Glibc)
        #expect(Watcher.Method.native == .inotify)
        #else
        #expect(Watcher.Method.native == .polling(interval: 0.5))
        #endif
    }
}
