import Foundation
import Testing
@testable import CasebookKit

/// Media files are published byte for byte, and a protected name inside one reached the site
/// with no error: an SVG's title or metadata, a text file, a PDF's author (Word fills it in
/// from the computer's user) and, with `keep_image_metadata: true`, an image's EXIF or comment.
/// Tests/Fixtures/bad/leak-in-media-files holds the SVG, text and PDF cases at their lines.
@Suite struct MediaLeakTests {
    static func media(_ site: SiteFixture, _ name: String) -> URL {
        site.content.appendingPathComponent("media/\(name)")
    }

    /// A PDF's strings outside its streams (UTF-16 in hex, octal escapes) and its XMP packet
    /// are read; a stream that does not inflate is not (PDFTextTests reads the pages).
    @Test func aPDFsPropertiesAndMetadataAreReadADamagedStreamIsNot() {
        let author = "FEFF" + "Жанна Секретова".utf16.map { String(format: "%04X", $0) }.joined()
        let pdf = Array(("%PDF-1.4\n1 0 obj << /Author <\(author)> /Title (Appeal of Z. S\\145kretova (draft)) >> endobj\n"
            + "2 0 obj << /Length 20 /Filter /FlateDecode >>\nstream\nhidden page words\nendstream\nendobj\n"
            + "3 0 obj << /Type /Metadata /Subtype /XML >>\nstream\n<?xpacket begin=''?><x:xmpmeta><dc:creator>Aigerim</dc:creator></x:xmpmeta>\nendstream\nendobj\n%%EOF\n").utf8)
        let texts = MediaTexts.pdf(pdf)
        #expect(texts.contains("Жанна Секретова"))
        #expect(texts.contains("Appeal of Z. Sekretova (draft)"))
        #expect(texts.contains { $0.contains("<dc:creator>Aigerim</dc:creator>") })
        #expect(!texts.contains { $0.contains("hidden") }, "\(texts)")
    }

    @Test func aTextFileNamingThemIsAnErrorAtItsLineAndAPDFAtItsFile() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        try Data("Notes\nA letter from Aigerim Sekretova's lawyer.\n".utf8).write(to: Self.media(site, "notes.txt"))
        try Data("%PDF-1.4\n1 0 obj << /Author (Sekretova) >> endobj\n%%EOF\n".utf8).write(to: Self.media(site, "verdict.pdf"))
        try Data("%PDF-1.4\n1 0 obj << /Author (Monitoring group) >> endobj\n%%EOF\n".utf8).write(to: Self.media(site, "ruling.pdf"))
        let errors = HiddenLeakTests.errors(site)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.first?.hasPrefix("content/media/notes.txt:2:15: error: this media file names a protected person by their name (protected in content/people/defendant-x.md)") == true, "\(errors)")
        #expect(errors.last?.hasPrefix("content/media/verdict.pdf:1:1: error: this PDF's properties, bookmarks or comments name a protected person by their surname") == true, "\(errors)")
        #expect(!errors.joined().contains("Sekretova"), "no message quotes the name")
    }

    /// The build strips an image's metadata, so a name in it is gone; with
    /// `keep_image_metadata: true` it is published, and an error.
    @Test func anImageCommentNamingThemIsAnErrorOnlyWhenMetadataIsKept() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        var jpeg = ImageFixtures.bytes("plain.jpg")
        let comment = Array("Photo: Aigerim Sekretova".utf8)
        jpeg.insert(contentsOf: [0xFF, 0xFE, 0, UInt8(comment.count + 2)] + comment, at: 2)
        try Data(jpeg).write(to: Self.media(site, "court.jpg"))
        #expect(HiddenLeakTests.errors(site).isEmpty)
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        let errors = HiddenLeakTests.errors(site)
        #expect(errors.count == 1 && errors[0].hasPrefix("content/media/court.jpg:1:1: error: this image's metadata (EXIF, XMP or a comment) names a protected person by their name"), "\(errors)")
    }
}
