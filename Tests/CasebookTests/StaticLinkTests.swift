import Foundation
import Testing
@testable import CasebookKit

/// Symbolic links never reach the output: a link in media/ or the theme's assets/ is copied
/// as the file it points to when that lies inside content/ (media) or the templates folder
/// (assets), and refused otherwise. `casebook serve` answers by the same rule (`StaticTree`).
// Three minutes: the limit catches a hang (a FIFO, a loop of links); in a full parallel run on
// two cores a test here once waited more than one minute for its turn.
@Suite(.hangGuard) struct StaticLinkTests {
    static let photo = Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 * 7) })

    /// The sample with a photo, a document folder, and links to them that stay inside.
    static func siteWithInsideLinks() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.folder("content/media/docs")
        try photo.write(to: site.content.appendingPathComponent("media/photo.jpg"))
        try site.write("content/media/docs/verdict.pdf", "%PDF verdict")
        try site.link("content/media/alias.jpg", to: "photo.jpg")
        try site.link("content/media/case.md", to: "../cases/qambarova-2021.md")
        try site.link("content/media/papers", to: "docs")
        try site.link("templates/assets/site.css", to: "style.css")
        try site.write("content/media/.hidden", "not published")
        return site
    }

    @Test func linksInsideAreCopiedAsRegularFilesWithTheirTargetsBytes() throws {
        let site = try Self.siteWithInsideLinks()
        defer { site.remove() }
        let result = site.build()
        #expect(result.diagnostics.isEmpty)
        let files = SiteFixture.snapshot(site.output)
        #expect(files["media/alias.jpg"] == Self.photo)
        #expect(files["media/photo.jpg"] == Self.photo)
        #expect(files["media/papers/verdict.pdf"] == Data("%PDF verdict".utf8))
        #expect(files["media/docs/verdict.pdf"] == Data("%PDF verdict".utf8))
        #expect(files["media/case.md"] == (try Data(contentsOf: site.content.appendingPathComponent("cases/qambarova-2021.md"))))
        #expect(files["assets/site.css"] == files["assets/style.css"])
        #expect(files["media/.hidden"] == nil)
        #expect(SiteFixture.links(under: site.output).isEmpty)
        #expect(result.filesCopied == files.keys.filter { $0.hasPrefix("media/") || $0.hasPrefix("assets/") }.count)
    }

    @Test func linksOutsideAreRefusedAsContentErrors() throws {
        // Exit status 1: the archive's own files chose to point outside; nothing is wrong with the disk.
        try SiteFixture.expectRefused([
            "content/media/etc:1:1: error: a link to a folder outside the content folder; copy the folder into media/ instead",
            "content/media/passwd:1:1: error: a link to a file outside the content folder; copy the file into media/ instead",
            "content/media/sub/up:1:1: error: a link to a folder outside the content folder; copy the folder into media/ instead",
            "templates/assets/etc:1:1: error: a link to a folder outside the templates folder; copy the folder into assets/ instead",
            "templates/assets/passwd:1:1: error: a link to a file outside the templates folder; copy the file into assets/ instead",
        ], status: 1) { site in
            try site.link("content/media/passwd", to: "/etc/passwd")
            try site.link("content/media/etc", to: "/etc")
            try site.folder("content/media/sub")
            try site.link("content/media/sub/up", to: "../../..")
            try site.link("templates/assets/passwd", to: "/etc/passwd")
            try site.link("templates/assets/etc", to: "/etc")
        }
    }

    @Test func aLinkedMediaOrAssetsFolderMustStayInside() throws {
        try SiteFixture.expectRefused([
            "content/media:1:1: error: a link to a folder outside the content folder; copy the folder into media/ instead",
            "templates/assets:1:1: error: a link to a folder outside the templates folder; copy the folder into assets/ instead",
        ], status: 1) { site in
            try site.remove(folder: "content/media")
            try site.link("content/media", to: "/etc")
            try site.remove(folder: "templates/assets")
            try site.link("templates/assets", to: "/usr/share")
        }
    }

    @Test func aTemplateLinkedFromOutsideIsRefused() throws {
        // Its text would be published in every page that uses it.
        try SiteFixture.expectRefused([
            "templates/partials/footer.mustache:1:1: error: a link to a file outside the templates folder; copy the file into the templates folder instead",
        ], status: 1) { site in
            try site.link("templates/partials/footer.mustache", to: "/etc/passwd")
        }
    }

    @Test func folderLinksThatLoopAreReported() throws {
        try SiteFixture.expectRefused([
            "content/media/a/back:1:1: error: a symbolic-link loop (a link to a folder that holds it); remove the link",
            "content/media/all:1:1: error: a symbolic-link loop (a link to a folder that holds it); remove the link",
            "content/media/ping:1:1: error: a symbolic-link loop (links that lead to each other); fix or remove the links",
            "content/media/pong:1:1: error: a symbolic-link loop (links that lead to each other); fix or remove the links",
        ]) { site in
            try site.folder("content/media/a")
            try site.link("content/media/a/back", to: "..")
            try site.link("content/media/all", to: "..")
            try site.link("content/media/ping", to: "pong")
            try site.link("content/media/pong", to: "ping")
        }
    }
}

/// The dev server's static files agree with the build: what the build copies is served with
/// the same bytes; what it refuses is not found.
/// The limit is there to catch a hang (a FIFO opened, a link followed forever), not to time
/// the tests: in a full parallel run on two cores these once went past three minutes without
/// hanging (alone they take five seconds).
@Suite(.hangGuard) struct StaticServeAgreementTests {
    static func staticFiles(_ site: SiteFixture) -> StaticFiles {
        StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
    }

    @Test func servesExactlyWhatTheBuildCopies() throws {
        let site = try StaticLinkTests.siteWithInsideLinks()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let served = Self.staticFiles(site)
        let built = SiteFixture.snapshot(site.output).filter { $0.key.hasPrefix("media/") || $0.key.hasPrefix("assets/") }
        #expect(built.count == 11)
        for (path, bytes) in built {
            #expect(served.file(at: path).map { Data($0) } == bytes, "\(path)")
        }
        for folder in ["media", "media/docs", "media/papers", "assets"] {
            #expect(served.isFolder(folder), "\(folder)")
        }
        for missing in ["media/.hidden", "media/none.jpg", "media/photo.jpg/x", "assets/none.css", "mediax"] {
            #expect(served.file(at: missing) == nil, "\(missing)")
        }
    }

    @Test func refusesExactlyWhatTheBuildRefuses() throws {
        let site = try StaticLinkTests.siteWithInsideLinks()
        defer { site.remove() }
        try site.link("content/media/passwd", to: "/etc/passwd")
        try site.link("content/media/etc", to: "/etc")
        try site.link("content/media/up", to: "..")
        try site.link("content/media/docs/back", to: "../..")
        try site.link("content/media/dangling.jpg", to: "gone.jpg")
        try site.link("content/media/loop", to: "loop")
        try site.fifo("content/media/fifo.jpg")
        try site.link("templates/assets/passwd", to: "/etc/passwd")
        try site.link("templates/assets/etc", to: "/etc")
        try site.fifo("templates/assets/fifo.css")
        let result = site.build()
        let refused = Set(result.errors.map { $0.file.replacingOccurrences(of: "content/", with: "").replacingOccurrences(of: "templates/", with: "") })
        #expect(refused == ["media/passwd", "media/etc", "media/up", "media/docs/back", "media/papers/back", "media/dangling.jpg",
                            "media/loop", "media/fifo.jpg", "assets/passwd", "assets/etc", "assets/fifo.css"])
        let served = Self.staticFiles(site)
        for path in refused {
            #expect(served.file(at: path) == nil, "\(path)")
            #expect(!served.isFolder(path), "\(path)")
        }
        // Through a refused folder link, nothing either; the same file by a good path is served.
        for path in ["media/etc/passwd", "media/up/media/photo.jpg", "media/papers/back/media/photo.jpg", "assets/etc/hostname"] {
            #expect(served.file(at: path) == nil, "\(path)")
        }
        #expect(served.file(at: "media/papers/verdict.pdf") == Array("%PDF verdict".utf8))
    }

    @Test func aFolderSiteNeverWaitsOnAFIFO() async throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.fifo("public/stuck.html")
        let served = try FolderSite(folder: site.output.path)
        #expect(await served.file(at: "stuck.html") == nil)
        #expect(await served.file(at: "index.html") != nil)
    }
}
