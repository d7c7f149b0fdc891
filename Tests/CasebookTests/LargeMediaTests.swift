import Foundation
import Testing
@testable import CasebookKit

/// A 2 GB file in media/ (made sparse here, as `truncate -s 2G` does): an image was read
/// whole to leave its metadata out (2 GB of memory, a minute in a debug build, and then
/// called damaged), an SVG whole to look for scripts, and a PDF or text file whole, with
/// copies, for the protected names (a 300 MB PDF took a gigabyte). Now an image or SVG over
/// `MediaImages.readLimit` is not read: an error unless the site publishes it as it is, then
/// copied and served in pieces; and the leak check reads a large file in windows.
@Suite(.hangGuard) struct LargeMediaTests {
    /// A sparse file of `size` bytes starting with `head`.
    static func sparse(_ url: URL, _ head: [UInt8], size: Int) throws {
        try Data(head).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    static let jpegHead: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]

    @Test func aTwoGigabyteImageOrALargeSVGIsAnErrorWithoutBeingRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        try Self.sparse(site.content.appendingPathComponent("media/scan.jpg"), Self.jpegHead, size: 2 << 30)
        try Self.sparse(site.content.appendingPathComponent("media/chart.svg"), Array("<svg xmlns=\"http://www.w3.org/2000/svg\">".utf8), size: 300 << 20)
        let expected = [
            "content/media/chart.svg:1:1: error: this SVG image is 300 MB, and casebook reads an SVG whole to make sure it holds no script, "
                + "so it reads none over 256 MB and does not publish it: convert the image to PNG, "
                + "or set unsafe_html: true in site.yml if every editor of the archive is trusted with HTML",
            "content/media/scan.jpg:1:1: error: this JPEG image is 2,048 MB, and casebook reads an image whole to leave its metadata out "
                + "(where it was taken, the camera), so it reads none over 256 MB and does not publish it: save it smaller from an image "
                + "editor (a page shows an image a few thousand pixels wide at most), or set keep_image_metadata: true in site.yml to publish images as they are",
        ]
        let result = site.build()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == expected)
        #expect(result.exitStatus == 1)
        #expect(SiteFixture.snapshot(site.output) == before, "the previous site stays")
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(check.diagnostics.filter { $0.severity == .error }.map(\.description) == expected)
        // The dev server does not read it for a request either.
        let files = StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
        #expect(files.file(at: "media/scan.jpg") == nil)
        #expect(files.largeFile(at: "media/scan.jpg") == nil)
    }

    /// With `keep_image_metadata: true` images are published as they are: a large one is
    /// copied in pieces, never read whole, and served in pieces.
    @Test func aLargeImageKeptAsItIsIsCopiedAndServedInPieces() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let size = MediaImages.readLimit + 1
        try Self.sparse(site.content.appendingPathComponent("media/scan.jpg"), Self.jpegHead, size: size)
        let input = open(site.content.appendingPathComponent("media/scan.jpg").path, O_RDONLY)
        defer { close(input) }
        #expect(MediaImages.image(input) == .success(.tooLarge(.jpeg, size)))
        #expect(MediaImages(keepMetadata: true, displayName: "content").tooLargeProblem(.jpeg, size: size, path: "media/scan.jpg").isEmpty)
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let copied = site.output.appendingPathComponent("media/scan.jpg")
        #expect((try? FileManager.default.attributesOfItem(atPath: copied.path)[.size] as? Int) == size)
        let files = StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
        #expect(files.largeFile(at: "media/scan.jpg", keepImageMetadata: true)?.size == size)
        #expect(files.largeFile(at: "media/scan.jpg") == nil)
    }

    /// A file over the size is read in windows: a name cut by a window's end is found in the
    /// next, a text file's at its line in the whole file, and nothing when no window names them.
    @Test func theLeakCheckReadsALargeFileInWindows() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        let windows = MediaLeakCheck.Windows(over: 1_000, size: 4_096, overlap: 256)
        // The PDF's author string straddles the first window's end.
        var pdf = Array("%PDF-1.4\n".utf8) + Array(repeating: 0x20, count: 4_096 - 9 - 10)
        pdf += Array("<< /Author (Aigerim Sekretova) >>\n".utf8) + Array(repeating: 0x20, count: 9_000)
        try Data(pdf).write(to: MediaLeakTests.media(site, "verdict.pdf"))
        let text = String(repeating: "a line of notes\n", count: 600) + "A letter from Aigerim Sekretova's lawyer.\n"
        try Data(text.utf8).write(to: MediaLeakTests.media(site, "notes.txt"))
        try Data((String(repeating: "nothing here\n", count: 900)).utf8).write(to: MediaLeakTests.media(site, "plain.txt"))
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let words = try #require(ProtectedWords(people: content.people, translations: content.translations))
        let found = MediaLeakCheck.problems(content, words: words, windows: windows).map(\.description)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("content/media/notes.txt:601:15: error: this media file names a protected person by their name") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("content/media/verdict.pdf:1:1: error: this PDF's properties, bookmarks or comments name a protected person by") }, "\(found)")
        // Read whole, as a file under the size is, the same.
        #expect(MediaLeakCheck.problems(content, words: words).map(\.description).sorted() == found.sorted())
    }
}
