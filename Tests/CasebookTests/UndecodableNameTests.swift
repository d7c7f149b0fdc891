import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CasebookKit

/// A file whose name is not UTF-8 (copied from an old Windows disk: `pic\xE9.jpg` in
/// Latin-1) is listed with U+FFFD for those bytes, and opening that name fails. The message
/// must say so, not "No such file or directory" about a file the editor can see. Git cannot
/// hold such a name portably, so it is made here.
@Suite(.hangGuard) struct UndecodableNameTests {
    static let reason = "error: cannot be read: its name is not UTF-8 text (\u{FFFD} marks the bytes that are not), so it cannot be opened by that name; rename it, typing the name again"

    /// Writes `text` at `folder` (relative to the site) under a name made of `bytes`.
    static func make(_ site: SiteFixture, _ folder: String, _ bytes: [UInt8], folderNamed: Bool = false) -> [CChar] {
        let path = Array(site.root.appendingPathComponent(folder).path.utf8CString.dropLast())
            + [CChar(bitPattern: UInt8(ascii: "/"))] + bytes.map { CChar(bitPattern: $0) } + [0]
        if folderNamed {
            #expect(mkdir(path, 0o755) == 0)
        } else {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            #expect(fd >= 0)
            _ = write(fd, "x", 1)
            close(fd)
        }
        return path
    }

    @Test func mediaTemplatesAndAssetsWithSuchNamesSaySo() throws {
        let site = try SiteFixture()
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        let made = [
            Self.make(site, "content/media", Array("pic".utf8) + [0xE9] + Array(".jpg".utf8)),
            Self.make(site, "content/media", Array("sub".utf8) + [0xFF], folderNamed: true),
            Self.make(site, "templates/partials", Array("p".utf8) + [0xFE] + Array(".mustache".utf8)),
            Self.make(site, "templates/assets", [0xC3] + Array(".css".utf8)),
        ]
        defer {
            // FileManager may not delete what it cannot name: these go first, by their bytes.
            for path in made { if unlink(path) != 0 { rmdir(path) } }
            site.remove()
        }
        let result = site.build()
        #expect(result.diagnostics.sorted().map(\.description) == [
            "content/media/pic\u{FFFD}.jpg:1:1: \(Self.reason)",
            "content/media/sub\u{FFFD}:1:1: \(Self.reason)",
            "templates/assets/\u{FFFD}.css:1:1: \(Self.reason)",
            "templates/partials/p\u{FFFD}.mustache:1:1: \(Self.reason)",
        ])
        #expect(result.exitStatus == 2)
        #expect(SiteFixture.snapshot(site.output) == before)
    }

    @Test func aMissingFileWhoseNameHoldsTheReplacementCharacterIsStillMissing() {
        // Only a name on disk that is not UTF-8 is told so; the character itself is no proof.
        #expect(!FileProblem.nameIsNotUTF8(NSTemporaryDirectory() + "/no-such-\u{FFFD}.jpg"))
        #expect(!FileProblem.nameIsNotUTF8("\u{FFFD}"))
        #expect(FileProblem(errno: ENOENT, path: "/nowhere/\u{FFFD}.jpg").description == "cannot be read: No such file or directory")
    }
}
