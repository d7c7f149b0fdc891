import Foundation
import Testing
@testable import CasebookKit

/// GIF under the image rule: comments, XMP, plain text and unknown extensions left out, the
/// images, colour tables, timing and loop count kept byte for byte, a cut file damaged.
@Suite struct ImageGIFTests {
    /// A 2x1 GIF89a with a global colour table of two colours.
    static let head: [UInt8] = Array("GIF89a".utf8) + [2, 0, 1, 0, 0x80, 0, 0] + [0, 0, 0, 255, 255, 255]
    static let control: [UInt8] = [0x21, 0xF9, 4, 0x04, 10, 0, 0, 0]
    static let loop: [UInt8] = [0x21, 0xFF, 11] + Array("NETSCAPE2.0".utf8) + [3, 1, 0, 0, 0]
    static let image: [UInt8] = [0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]
    static let comment: [UInt8] = [0x21, 0xFE] + block("Taken by Jane Photographer at the courthouse")
    static let xmp: [UInt8] = [0x21, 0xFF, 11] + Array("XMP DataXMP".utf8)
        + block("<x:xmpmeta><exif:GPSLatitude>43,15.5N</exif:GPSLatitude></x:xmpmeta>")
    static let plainText: [UInt8] = [0x21, 0x01, 12, 0, 0, 0, 0, 2, 0, 1, 0, 1, 1, 0, 1] + block("SERIAL-123456")
    static let privateExtension: [UInt8] = [0x21, 0x99] + block("PhoneMaker Phone 12")

    /// Data sub-blocks of at most 255 bytes, then the empty block that ends them.
    static func block(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        return stride(from: 0, to: bytes.count, by: 255).flatMap { start in
            let part = bytes[start..<min(start + 255, bytes.count)]
            return [UInt8(part.count)] + part
        } + [0]
    }

    @Test func aGIFLosesItsCommentsXMPTextAndPrivateExtensionsAndKeepsItsFramesAndLoop() throws {
        let original = Self.head + Self.comment + Self.loop + Self.xmp + Self.control + Self.image
            + Self.plainText + Self.privateExtension + Self.control + Self.image + [0x3B] + Array("after the end".utf8)
        let cleaned = try #require(ImageFixtures.cleaned(original))
        #expect(cleaned.format == .gif && cleaned.gps)
        #expect(cleaned.removed == ["comment", "XMP", "plain text", "private", "data after the image"])
        let output = cleaned.bytes(from: original)
        #expect(output == Self.head + Self.loop + Self.control + Self.image + Self.control + Self.image + [0x3B])
        for word in ImageFixtures.telling { #expect(!ImageFixtures.contains(output, word), "\(word)") }
    }

    @Test func aPlainGIFIsWrittenAsItIsAndA87aOneToo() throws {
        let plain = Self.head + Self.control + Self.image + [0x3B]
        #expect(try #require(ImageFixtures.cleaned(plain)).isUnchanged(count: plain.count))
        let old = Array("GIF87a".utf8) + Array(Self.head[6...]) + Self.image + [0x3B]
        let cleaned = try #require(ImageFixtures.cleaned(old))
        #expect(cleaned.format == .gif && cleaned.isUnchanged(count: old.count) && !cleaned.gps)
    }

    @Test func aLocalColourTableAndALongImageAreReadWhole() throws {
        // A local table of four colours, and image data in two sub-blocks that hold a 0x3B.
        let image: [UInt8] = [0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0x81] + Array(repeating: 7, count: 12) + [2]
            + [3, 0x3B, 0x21, 0xFE, 2, 0x2C, 0x3B, 0]
        let original = Self.head + image + Self.comment + [0x3B]
        let cleaned = try #require(ImageFixtures.cleaned(original))
        #expect(cleaned.bytes(from: original) == Self.head + image + [0x3B])
        #expect(cleaned.removed == ["comment"] && !cleaned.gps)
    }

    static let cutShort = "it ends before its trailer: the file is cut short"
    static let damagedFiles: [([UInt8], String)] = {
        let screenCut: [UInt8] = Array("GIF89a".utf8) + [2, 0, 1, 0, 0x80]
        let imageCut: [UInt8] = head + Array(image.dropLast(2))
        let noTrailer: [UInt8] = head + image
        let commentCut: [UInt8] = head + Array(comment.dropLast())
        let strayByte: [UInt8] = head + image + [0x00, 0x3B]
        return [(screenCut, cutShort), (imageCut, cutShort), (noTrailer, cutShort), (commentCut, cutShort),
                (strayByte, "byte 34 does not start a block")]
    }()

    @Test(arguments: damagedFiles)
    func aCutOrStrangeGIFIsDamaged(_ bytes: [UInt8], _ problem: String) {
        guard case .damaged(let damage) = ImageMetadata.clean(bytes) else {
            Issue.record("not damaged")
            return
        }
        #expect(damage.format == .gif && damage.problem == problem)
    }

    @Test func aDamagedGIFThatShowedAGPSPositionSaysSo() {
        guard case .damaged(let damage) = ImageMetadata.clean(Self.head + Self.xmp + Self.image.dropLast()) else {
            Issue.record("not damaged")
            return
        }
        #expect(damage.gps)
    }

    @Test func aGIFOfTheMediaIsPublishedCleanAndItsGPSPositionWarnedAbout() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let original = Self.head + Self.xmp + Self.control + Self.image + [0x3B]
        try Data(original).write(to: site.content.appendingPathComponent("media/moving.gif"))
        let result = site.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description).contains(ImageSiteTests.gpsWarning("moving.gif")))
        let published = try [UInt8](Data(contentsOf: site.output.appendingPathComponent("media/moving.gif")))
        #expect(published == Self.head + Self.control + Self.image + [0x3B])
    }
}
