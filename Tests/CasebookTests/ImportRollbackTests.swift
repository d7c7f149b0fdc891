import Foundation
import Testing
@testable import CasebookKit

/// An import whose later write fails takes back the files it wrote before, and only those:
/// nothing half-imported. Root writes anywhere, so when the tests run as root (CI) the built
/// `casebook` runs as nobody (`setpriv`) on an archive nobody owns, whose cases folder
/// nobody may write to.
@Suite(.serialized, .hangGuard) struct ImportRollbackTests {
    @Test func aFailedWriteTakesBackTheFilesTheImportWrote() throws {
        guard FileManager.default.isExecutableFile(atPath: CommandRun.binary.path) else {
            Issue.record("the casebook executable was not found beside the tests")
            return
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-rollback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try ArchiveInit.create(at: root, displayName: "archive")
        try Data(ImportColumns.template).write(to: root.appendingPathComponent("sheet.csv"))
        if geteuid() == 0 {
            let chown = try Process.run(URL(fileURLWithPath: "/bin/chown"), arguments: ["-R", "65534:65534", root.path])
            chown.waitUntilExit()
        }
        let cases = root.appendingPathComponent("content/cases")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cases.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cases.path) }
        let before = SiteFixture.snapshot(root.appendingPathComponent("content"))

        // The person is written first, then the case, which cannot be.
        let run = try CommandRun.run(["import", "sheet.csv"], in: root, unprivileged: true)
        #expect(run.status == 2)
        #expect(run.errors.contains("content/cases/example-blogger-detained-over-a-post.md:1:1: error: could not be written: Permission denied; nothing was imported\n"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/people/aigerim-example.md").path))
        // Every file that was there is there as it was.
        #expect(SiteFixture.snapshot(root.appendingPathComponent("content")) == before)
    }
}
