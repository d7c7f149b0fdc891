import Foundation
import Testing
@testable import CasebookKit

/// PNG and WebP under the image rule: metadata chunks left out, the picture's chunks kept
/// byte for byte, headers and flags made to match, the orientation kept alone.
@Suite struct ImageChunkTests {
    @Test func aPNGLosesItsTextEXIFTimeAndPrivateChunksAndKeepsItsPictureAndColours() throws {
        let original = ImageFixtures.bytes("text.png")
        let cleaned = try #require(ImageFixtures.cleaned(original))
        #expect(cleaned.format == .png && cleaned.gps)
        let output = cleaned.bytes(from: original)
        let before = ImageFixtures.pngChunks(original), after = ImageFixtures.pngChunks(output)
        #expect(Set(before.map(\.type)).isSuperset(of: ["tEXt", "zTXt", "iTXt", "eXIf", "tIME", "prVt", "iCCP", "pHYs"]))
        #expect(after.map(\.type) == before.map(\.type).filter { ["IHDR", "iCCP", "pHYs", "IDAT", "IEND"].contains($0) })
        #expect(after.map(\.type).first == "IHDR" && after.map(\.type).last == "IEND")
        // Each kept chunk is the original's, checksum included.
        #expect(after.map(\.data) == before.filter { after.map(\.type).contains($0.type) }.map(\.data))
        #expect(Set(cleaned.removed) == ["tEXt", "zTXt", "iTXt", "eXIf", "tIME", "private"])
        for word in ImageFixtures.telling { #expect(!ImageFixtures.contains(output, word), "\(word)") }
    }

    @Test func aPlainPNGIsWrittenAsItIs() throws {
        let original = ImageFixtures.bytes("plain.png")
        #expect(try #require(ImageFixtures.cleaned(original)).isUnchanged(count: original.count))
    }

    @Test func aPNGKeepsItsOrientationAloneInAnEXIfChunkWithAGoodChecksum() throws {
        let plain = ImageFixtures.bytes("plain.png")
        let tiff = ImageFixtures.tiff(orientation: 3, gps: true)
        let facts = EXIFFacts(ByteReader(bytes: tiff), 0..<tiff.count)
        #expect(facts.gps && facts.orientation == 3)
        // IHDR, then an eXIf with a GPS position and orientation 3, then the rest.
        let input = Array(plain[0..<33]) + PNGMetadata.chunk("eXIf", tiff) + Array(plain[33...])
        let output = try #require(ImageFixtures.output(input))
        let chunks = ImageFixtures.pngChunks(output)
        #expect(chunks.map(\.type) == ["IHDR", "eXIf", "IDAT", "IEND"])
        #expect(chunks[1].data == EXIFFacts.orientationOnly(3))
        #expect(Array(output[33..<(33 + 12 + 26)]) == PNGMetadata.chunk("eXIf", EXIFFacts.orientationOnly(3)))
        // The CRC of "IEND" with no data is the well-known AE 42 60 82.
        #expect(PNGMetadata.chunk("IEND", []).suffix(4) == [0xAE, 0x42, 0x60, 0x82])
    }

    @Test func aWebPLosesEXIFAndXMPItsFlagsAndKeepsItsSizeRight() throws {
        let original = ImageFixtures.bytes("gps.webp")
        let cleaned = try #require(ImageFixtures.cleaned(original))
        #expect(cleaned.format == .webp && cleaned.gps && cleaned.removed == ["EXIF", "XMP"])
        let output = cleaned.bytes(from: original)
        let before = ImageFixtures.riffChunks(original), after = ImageFixtures.riffChunks(output)
        #expect(before.map(\.type) == ["VP8X", "ICCP", "VP8 ", "EXIF", "XMP "])
        #expect(after.map(\.type) == ["VP8X", "ICCP", "VP8 "])
        #expect(before[0].data[0] & 0x0C == 0x0C)
        #expect(after[0].data[0] == before[0].data[0] & ~0x0C)
        #expect(Array(after[0].data[1...]) == Array(before[0].data[1...]))
        #expect(after[1].data == before[1].data && after[2].data == before[2].data)
        #expect(ImageFixtures.riffSize(output) == output.count - 8)
        for word in ImageFixtures.telling { #expect(!ImageFixtures.contains(output, word), "\(word)") }
    }

    @Test func aTurnedWebPKeepsItsOrientationAloneAndItsEXIFFlag() throws {
        let original = ImageFixtures.bytes("rotated.webp")
        let output = try #require(ImageFixtures.output(original))
        let after = ImageFixtures.riffChunks(output)
        #expect(after.map(\.type) == ["VP8X", "VP8 ", "EXIF"])
        #expect(after[0].data[0] & 0x0C == 0x08)
        #expect(after[2].data == EXIFFacts.orientationOnly(8))
        #expect(ImageFixtures.riffSize(output) == output.count - 8)
    }

    @Test func anAnimatedWebPKeepsItsFramesAndLosesItsMetadata() throws {
        let original = ImageFixtures.bytes("animated.webp")
        let cleaned = try #require(ImageFixtures.cleaned(original))
        let output = cleaned.bytes(from: original)
        let before = ImageFixtures.riffChunks(original), after = ImageFixtures.riffChunks(output)
        #expect(after.map(\.type) == ["VP8X", "ANIM", "ANMF", "ANMF"])
        #expect(after.dropFirst().map(\.data) == before.filter { ["ANIM", "ANMF"].contains($0.type) }.map(\.data))
        #expect(after[0].data[0] & 0x0C == 0 && after[0].data[0] & 0x02 == 0x02)
        #expect(ImageFixtures.riffSize(output) == output.count - 8)
    }

    @Test func aChunkInsideAnAnimationFrameIsLeftOutAndTheFrameResized() throws {
        let original = ImageFixtures.bytes("animated.webp")
        // The first frame with a private chunk added at its end.
        var chunks = ImageFixtures.riffChunks(original)
        let frame = try #require(chunks.firstIndex { $0.type == "ANMF" })
        chunks[frame].data += WebPMetadata.chunk("LOCA", Array("GPSLatitude 43.2".utf8))
        let body = chunks.flatMap { WebPMetadata.chunk($0.type, $0.data) }
        let input = Array("RIFF".utf8) + WebPMetadata.littleEndian(4 + body.count) + Array("WEBP".utf8) + body
        let cleaned = try #require(ImageFixtures.cleaned(input))
        #expect(cleaned.removed == ["private", "EXIF", "XMP"])
        let output = cleaned.bytes(from: input)
        #expect(ImageFixtures.riffChunks(output).map(\.data) == ImageFixtures.riffChunks(try #require(ImageFixtures.output(original))).map(\.data))
        #expect(!ImageFixtures.contains(output, "GPSLatitude"))
    }

    @Test func aPlainWebPIsWrittenAsItIs() throws {
        let original = ImageFixtures.bytes("plain.webp")
        #expect(try #require(ImageFixtures.cleaned(original)).isUnchanged(count: original.count))
    }
}
