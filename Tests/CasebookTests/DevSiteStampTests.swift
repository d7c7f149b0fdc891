import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CasebookKit

/// The dev server reads a file again only when its stamp changes. A file made unreadable
/// (`chmod 000`) or readable again keeps its bytes, size, inode and modification time, so
/// the stamp must see its status change too: the server went on showing the page of a file
/// the build could no longer read, and, once it was readable again, its "Permission denied"
/// until the server was restarted.
@Suite struct DevSiteStampTests {
    /// A person's file: an edited case is parsed again whatever its stamp (`quickUpdate`).
    static let path = "content/people/nazira-lesova.md"

    @Test func aChangeOfPermissionsChangesTheStamp() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let file = fixture.root.appendingPathComponent(Self.path).path
        let before = try #require(FileStamp(path: file))
        usleep(20_000)  // past the coarse clock the kernel stamps a status change with
        #expect(chmod(file, 0o600) == 0)
        #expect(FileStamp(path: file) != before)
    }

    /// The file's bytes change while its size, inode and modification time stay: only its
    /// status-change time (which the permissions set again also move) tells the server to read it.
    @Test func aFileWhoseOnlyVisibleChangeIsItsStatusIsReadAgain() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let site = DevSite(options: DevSiteTests.options(fixture))
        #expect(site.problemsText == nil)
        let file = fixture.root.appendingPathComponent(Self.path).path
        var status = stat()
        #expect(stat(file, &status) == 0)
        usleep(20_000)
        let text = try fixture.read(Self.path)
        let edited = text.replacingOccurrences(of: "title: Two More Kazakh Activists Sentenced For",
                                               with: "title: Two More Kazakh Activists SENTENCED For")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        // Written in place (the same inode), then given back its modification time.
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        #expect(chmod(file, 0o600) == 0)
        site.changed([file])
        site.settle()
        let page = String(decoding: site.file(at: "people/nazira-lesova/index.html") ?? [], as: UTF8.self)
        #expect(page.contains("Two More Kazakh Activists SENTENCED For"))
    }
}
