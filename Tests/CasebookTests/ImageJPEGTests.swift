import Foundation
import Testing
@testable import CasebookKit

/// JPEG under the image rule: metadata segments left out, the picture's segments and its
/// image data kept byte for byte, the orientation kept alone, damage found.
@Suite struct ImageJPEGTests {
    @Test func aPhotoWithGPSComesOutWithoutEXIFXMPIPTCOrCommentAndTheSameImageData() throws {
        let original = ImageFixtures.bytes("gps.jpg")
        let cleaned = try #require(ImageFixtures.cleaned(original))
        #expect(cleaned.format == .jpeg)
        #expect(cleaned.gps)
        #expect(cleaned.removed == ["XMP", "IPTC", "EXIF", "comment"])
        let output = cleaned.bytes(from: original)
        let markers = ImageFixtures.jpegSegments(output).map(\.marker)
        #expect(!markers.contains(0xE1) && !markers.contains(0xED) && !markers.contains(0xFE))
        // JFIF, the ICC profile and the frame and tables are kept, in their order.
        let kept = ImageFixtures.jpegSegments(original).filter { [0xE0, 0xE2, 0xDB, 0xC0, 0xC4, 0xDA].contains($0.marker) }
        #expect(ImageFixtures.jpegSegments(output).map(\.payload) == kept.map(\.payload))
        #expect(ImageFixtures.fromFirstScan(output) == ImageFixtures.fromFirstScan(original))
        #expect(output.starts(with: [0xFF, 0xD8]) && output.suffix(2) == [0xFF, 0xD9])
        for word in ImageFixtures.telling { #expect(!ImageFixtures.contains(output, word), "\(word)") }
        #expect(ImageFixtures.contains(original, "SERIAL-123456") && ImageFixtures.contains(original, "Photograph"))
    }

    @Test func aPhotoWithoutMetadataIsWrittenAsItIs() throws {
        let original = ImageFixtures.bytes("plain.jpg")
        let cleaned = try #require(ImageFixtures.cleaned(original))
        #expect(cleaned.isUnchanged(count: original.count))
        #expect(cleaned.removed.isEmpty && !cleaned.gps)
        #expect(cleaned.bytes(from: original) == original)
    }

    @Test func aTurnedPhotoKeepsItsOrientationAloneWhereTheEXIFWas() throws {
        let original = ImageFixtures.bytes("rotated.jpg")
        let output = try #require(ImageFixtures.output(original))
        let app1 = ImageFixtures.jpegSegments(output).filter { $0.marker == 0xE1 }.map(\.payload)
        #expect(app1 == [Array("Exif".utf8) + [0, 0] + EXIFFacts.orientationOnly(6)])
        let facts = EXIFFacts(ByteReader(bytes: app1[0]), 6..<app1[0].count)
        #expect(facts.orientation == 6 && !facts.gps)
        #expect(ImageFixtures.jpegSegments(output).map(\.marker).prefix(2) == [0xE0, 0xE1])
        #expect(ImageFixtures.fromFirstScan(output) == ImageFixtures.fromFirstScan(original))
        for word in ImageFixtures.telling { #expect(!ImageFixtures.contains(output, word), "\(word)") }
    }

    @Test func whatFollowsTheEndOfTheImageIsLeftOut() throws {
        // A phone's "motion photo" video or a second picture of the multi-picture format.
        let plain = ImageFixtures.bytes("plain.jpg")
        let cleaned = try #require(ImageFixtures.cleaned(plain + Array("ftypmp4 GPSLatitude 43.2".utf8)))
        #expect(cleaned.removed == ["data after the image"])
        #expect(cleaned.bytes(from: plain + Array("ftypmp4 GPSLatitude 43.2".utf8)) == plain)
    }

    @Test func aJFIFThumbnailAndOtherApplicationSegmentsAreLeftOut() throws {
        let plain = ImageFixtures.bytes("plain.jpg")
        let jfif = ImageFixtures.jpegSegments(plain)[0]
        #expect(jfif.marker == 0xE0 && jfif.payload.count == 14)
        // The same JFIF with a 1x1 thumbnail (3 bytes), then an MPF APP2 and an APP11 (JUMBF).
        var thumbnail = Array(jfif.payload.prefix(12)) + [1, 1, 0xAB, 0xCD, 0xEF]
        thumbnail = [0xFF, 0xE0, 0x00, UInt8(thumbnail.count + 2)] + thumbnail
        let mpf: [UInt8] = [0xFF, 0xE2, 0x00, 0x08] + Array("MPF\0".utf8) + [0, 0]
        let jumbf: [UInt8] = [0xFF, 0xEB, 0x00, 0x06, 0x4A, 0x50, 0x00, 0x01]
        let rest = Array(plain[(4 + 16)...])
        let input = [0xFF, 0xD8] + thumbnail + mpf + jumbf + rest
        let cleaned = try #require(ImageFixtures.cleaned(input))
        #expect(cleaned.removed == ["JFIF thumbnail", "APP2", "APP11"])
        #expect(cleaned.bytes(from: input) == plain)
    }

    @Test func aJPEGIsKnownByItsBytesNotItsName() throws {
        #expect(ImageMetadata.format(of: ImageFixtures.bytes("gps.jpg")) == .jpeg)
        #expect(ImageMetadata.format(of: ImageFixtures.bytes("text.png")) == .png)
        #expect(ImageMetadata.format(of: ImageFixtures.bytes("gps.webp")) == .webp)
        #expect(ImageMetadata.clean(Array("%PDF-1.7 GPSLatitude".utf8)) == .other)
        #expect(ImageMetadata.clean(Array("RIFF\u{4}\0\0\0WAVE".utf8)) == .other)
        #expect(ImageMetadata.clean([]) == .other)
    }

    @Test func aCutPhotoIsDamagedWithItsReason() {
        let original = ImageFixtures.bytes("gps.jpg")
        let inHeader = ImageMetadata.clean(Array(original.prefix(1000)))
        #expect(inHeader == .damaged(.init(format: .jpeg, problem: "the segment at byte 579 runs past the end of the file: the file is cut short", gps: true)))
        let inData = ImageMetadata.clean(Array(original.dropLast(2)))
        #expect(inData == .damaged(.init(format: .jpeg, problem: "it ends inside its image data: the file is cut short", gps: true)))
        let noScan = ImageMetadata.clean([0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x04, 0x41, 0x42, 0xFF, 0xD9, 0, 0])
        #expect(noScan == .damaged(.init(format: .jpeg, problem: "it has no image data (no scan before its end)")))
        let stray = ImageMetadata.clean([0xFF, 0xD8, 0xFF, 0xD8] + Array(repeating: 0, count: 8))
        #expect(stray == .damaged(.init(format: .jpeg, problem: "a misplaced marker 0xFFD8 at byte 2")))
        let short = ImageMetadata.clean([0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01] + Array(repeating: 0, count: 8))
        #expect(short == .damaged(.init(format: .jpeg, problem: "a segment at byte 2 has an impossible length, 1")))
        let garbage = ImageMetadata.clean([0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x02, 0x12, 0x34] + Array(repeating: 0, count: 8))
        #expect(garbage == .damaged(.init(format: .jpeg, problem: "a marker was expected at byte 6")))
    }
}
