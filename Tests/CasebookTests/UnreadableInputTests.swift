import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CasebookKit

/// Unreadable is not empty: a FIFO, a folder, a dangling link or a link loop where the
/// build expects a file or folder is an error naming it and the reason, exit status 2, never
/// a build that succeeds with pages missing and never a hang (a FIFO used to block forever).
@Suite(.hangGuard) struct UnreadableInputTests {
    static let notRegularFIFO = "error: not a regular file (a FIFO); replace it with a file or remove it"
    static let notFolderFIFO = "error: not a folder (a FIFO); replace it with a folder or remove it"
    static let loop = "error: a symbolic-link loop (links that lead to each other); fix or remove the links"

    static func dangling(_ target: String) -> String {
        "error: a symbolic link that points nowhere ('\(target)' does not exist); fix or remove the link"
    }

    @Test func everyContentFileThatCannotBeReadIsReportedInOneRun() throws {
        try SiteFixture.expectRefused([
            "content/cases/dangling.md:1:1: \(Self.dangling("missing.md"))",
            "content/cases/fifo.md:1:1: \(Self.notRegularFIFO)",
            "content/cases/folder.md:1:1: error: not a regular file (a folder); replace it with a file or remove it",
            "content/cases/loop.md:1:1: \(Self.loop)",
            "content/cases/to-fifo.md:1:1: \(Self.notRegularFIFO)",
        ]) { site in
            try site.fifo("content/cases/fifo.md")
            try site.link("content/cases/dangling.md", to: "missing.md")
            try site.link("content/cases/loop.md", to: "loop.md")
            try site.folder("content/cases/folder.md")
            try site.link("content/cases/to-fifo.md", to: "fifo.md")
        }
    }

    @Test func aSocketOrADeviceIsNeverOpened() throws {
        // A device is made only by root (CI); as another user the socket is checked alone.
        let root = geteuid() == 0
        try SiteFixture.expectRefused([
            root ? "content/cases/device.md:1:1: error: not a regular file (a character device); replace it with a file or remove it" : nil,
            "content/media/socket:1:1: error: not a regular file (a socket); replace it with a file or remove it",
        ].compactMap { $0 }) { site in
            try site.socket("content/media/socket")
            if root {
                let path = site.content.appendingPathComponent("cases/device.md").path
                #expect(mknod(path, S_IFCHR | 0o644, dev_t(1 << 8 | 3)) == 0)  // like /dev/null
            }
        }
    }

    @Test func aFileThatCannotBeReadStillCountsAsThere() throws {
        // The cases name this person: one message for the FIFO, none for the references.
        try SiteFixture.expectRefused(["content/people/nazira-lesova.md:1:1: \(Self.notRegularFIFO)"]) { site in
            try site.fifo("content/people/nazira-lesova.md")
        }
    }

    @Test func siteYmlThatIsAFIFOOrADanglingLink() throws {
        let unchecked = "warning: the other files were not checked, because their vocabularies come from this file; fix it first"
        try SiteFixture.expectRefused(["content/site.yml:1:1: \(Self.notRegularFIFO)", "content/site.yml:1:1: \(unchecked)"]) { site in
            try site.fifo("content/site.yml")
        }
        try SiteFixture.expectRefused(["content/site.yml:1:1: \(Self.dangling("gone.yml"))", "content/site.yml:1:1: \(unchecked)"]) { site in
            try site.link("content/site.yml", to: "gone.yml")
        }
    }

    @Test func kindFoldersThatCannotBeListed() throws {
        let unchecked = "warning: the content files were not checked, because the ids in this folder are unknown; fix it first"
        try SiteFixture.expectRefused([
            "content/organizations:1:1: \(Self.dangling("elsewhere"))",
            "content/organizations:1:1: \(unchecked)",
            "content/pages:1:1: \(Self.notFolderFIFO)",
        ]) { site in
            try site.fifo("content/pages")
            try site.link("content/organizations", to: "elsewhere")
        }
    }

    /// The sample in three languages names places in site.yml: with the cases unread, no
    /// place was found in them, and eight warnings said so.
    @Test func anUnlistedFolderLeavesNoWarningAboutWhatTheFilesDoNotUse() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.remove(folder: "content/cases")
        try site.write("content/cases", "not a folder")
        let result = site.build()
        #expect(result.diagnostics.map(\.description) == [
            "content/cases:1:1: error: not a folder (a file); replace it with a folder or remove it",
            "content/cases:1:1: warning: the content files were not checked, because the ids in this folder are unknown; fix it first",
        ])
    }

    @Test func aKindFolderThatIsAFileOrALoop() throws {
        try SiteFixture.expectRefused([
            "content/pages:1:1: error: not a folder (a file); replace it with a folder or remove it",
            "content/pages:1:1: warning: the content files were not checked, because the ids in this folder are unknown; fix it first",
        ]) { site in
            try site.remove(folder: "content/pages")
            try site.write("content/pages", "not a folder")
        }
        try SiteFixture.expectRefused([
            "content/pages:1:1: \(Self.loop)",
            "content/pages:1:1: warning: the content files were not checked, because the ids in this folder are unknown; fix it first",
        ]) { site in
            try site.link("content/pages", to: "pages")
        }
    }

    @Test func theContentOrTemplatesFolderItself() throws {
        try SiteFixture.expectRefused(["content:1:1: \(Self.notFolderFIFO)"]) { site in
            try site.remove(folder: "content")
            try site.fifo("content")
        }
        try SiteFixture.expectRefused(["templates:1:1: \(Self.loop)"]) { site in
            try site.remove(folder: "templates")
            try site.link("templates", to: "templates")
        }
    }

    @Test func mediaThatCannotBeRead() throws {
        try SiteFixture.expectRefused([
            "content/media/docs/gone.pdf:1:1: \(Self.dangling("nothing.pdf"))",
            "content/media/photo.jpg:1:1: \(Self.notRegularFIFO)",
            "content/media/self:1:1: \(Self.loop)",
            "content/media/up:1:1: error: a symbolic-link loop (a link to a folder that holds it); remove the link",
        ]) { site in
            try site.fifo("content/media/photo.jpg")
            try site.folder("content/media/docs")
            try site.link("content/media/docs/gone.pdf", to: "nothing.pdf")
            try site.link("content/media/self", to: "self")
            try site.link("content/media/up", to: "..")
        }
        try SiteFixture.expectRefused(["content/media:1:1: \(Self.notFolderFIFO)"]) { site in
            try site.remove(folder: "content/media")
            try site.fifo("content/media")
        }
    }

    @Test func templatesAndAssetsThatCannotBeRead() throws {
        // A refused template is not also "missing": footer is required and used by layout.
        try SiteFixture.expectRefused([
            "templates/assets/extra.css:1:1: \(Self.notRegularFIFO)",
            "templates/extra.mustache:1:1: \(Self.notRegularFIFO)",
            "templates/gone.mustache:1:1: \(Self.dangling("nowhere.mustache"))",
            "templates/partials/folder.mustache:1:1: error: not a regular file (a folder); replace it with a file or remove it",
            "templates/partials/footer.mustache:1:1: \(Self.notRegularFIFO)",
        ]) { site in
            try site.fifo("templates/extra.mustache")
            try site.fifo("templates/partials/footer.mustache")
            try site.folder("templates/partials/folder.mustache")
            try site.link("templates/gone.mustache", to: "nowhere.mustache")
            try site.fifo("templates/assets/extra.css")
        }
    }

    @Test func otherFilesBesideTheArchiveAreLeftAlone() throws {
        // Only what the build reads is checked: a FIFO that is no content file is ignored.
        let site = try SiteFixture()
        defer { site.remove() }
        try site.fifo("content/cases/notes.txt")
        try site.fifo("templates/notes.txt")
        let result = site.build()
        #expect(result.diagnostics.map(\.description) == ["content/cases/notes.txt:1:1: warning: ignored: content files end in .md"])
        #expect(result.exitStatus == 0)
    }
}

extension SiteFixture {
    /// A UNIX socket bound at `path` (left behind when the socket is closed).
    func socket(_ path: String) throws {
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let full = root.appendingPathComponent(path).path
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in full.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove(folder path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }
}
