import Foundation
import Testing
@testable import CasebookKit

/// Images made to hurt: cut at every byte, lengths that overflow or point past the end,
/// EXIF offsets anywhere, random damage. Each is an image or damaged with a reason, quickly,
/// never a crash or a hang; what is published is clean by the same rule once more.
@Suite(.hangGuard) struct HostileImageTests {
    @Test(arguments: ImageFixtures.all)
    func everyCutOfAnImageIsDamaged(_ name: String) {
        let original = ImageFixtures.bytes(name)
        #expect(original.count > 50)
        for length in 0..<original.count {
            let cut = Array(original.prefix(length))
            switch ImageMetadata.clean(cut) {
            case .other: #expect(ImageMetadata.format(of: cut) == nil, "\(name) cut at \(length)")
            case .image: Issue.record("\(name) cut at \(length) was taken as a whole image")
            case .damaged(let damage): #expect(!damage.problem.isEmpty)
            }
        }
    }

    static func damage(_ bytes: [UInt8]) -> String? {
        if case .damaged(let damage) = ImageMetadata.clean(bytes) { return damage.problem }
        return nil
    }

    @Test func lengthsThatOverflowOrRunPastTheEnd() {
        let png = ImageFixtures.bytes("plain.png")
        // IHDR's length set to 2^32 - 1, then to 2^31 - 1.
        #expect(Self.damage([UInt8](png.prefix(8)) + [0xFF, 0xFF, 0xFF, 0xFF] + png[12...])
            == "the IHDR chunk at byte 8 has an impossible length")
        #expect(Self.damage([UInt8](png.prefix(8)) + [0x7F, 0xFF, 0xFF, 0xFF] + png[12...])
            == "the IHDR chunk at byte 8 runs past the end of the file: the file is cut short")
        #expect(Self.damage(Array(png.prefix(8)) + [0, 0, 0, 13] + Array("IH\u{0}R".utf8) + png[16...]) == "byte 8 does not start a chunk")
        #expect(Self.damage(Array(png.prefix(8)) + Array(png[(8 + 25)...])) == "it does not start with an IHDR chunk")

        let webp = ImageFixtures.bytes("gps.webp")
        #expect(Self.damage(Array(webp.prefix(4)) + [0xFF, 0xFF, 0xFF, 0xFF] + webp[8...])
            == "its header gives more bytes than the file has: the file is cut short")
        #expect(Self.damage(Array(webp.prefix(4)) + [2, 0, 0, 0] + webp[8...]) == "its header gives an impossible size, 2")
        #expect(Self.damage(Array(webp.prefix(16)) + [0xFF, 0xFF, 0xFF, 0xFF] + webp[20...])
            == "the 'VP8X' chunk at byte 12 runs past the end of the file: the file is cut short")
        var plainWebP = ImageFixtures.bytes("plain.webp")
        plainWebP.replaceSubrange(12..<16, with: Array("EXIF".utf8))
        #expect(Self.damage(plainWebP) == "it does not start with a VP8, VP8L or VP8X chunk")

        let jpeg = ImageFixtures.bytes("plain.jpg")
        #expect(Self.damage(Array(jpeg.prefix(4)) + [0xFF, 0xFF] + jpeg[6...])
            == "the segment at byte 2 runs past the end of the file: the file is cut short")
        // One stray byte after the start marker: the file was not taken for a JPEG at all, and
        // was published as it was, its GPS position with it.
        let gps = ImageFixtures.bytes("gps.jpg")
        #expect(Self.damage(Array(gps.prefix(2)) + [0x00] + gps[2...]) == "a marker was expected at byte 2")
    }

    @Test func exifOffsetsAnywhereNeverReadOutsideTheBlock() {
        var tiff = ImageFixtures.tiff(orientation: 6, gps: true)
        func facts(_ bytes: [UInt8]) -> EXIFFacts { EXIFFacts(ByteReader(bytes: bytes), 0..<bytes.count) }
        #expect(facts(tiff).gps && facts(tiff).orientation == 6)
        // A GPS IFD that cannot be read counts as a position: another program may read it.
        tiff.replaceSubrange(30..<34, with: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(facts(tiff).gps)
        // IFD0 past the end, or with 65,535 entries: nothing known, nothing read outside.
        var far = tiff
        far.replaceSubrange(4..<8, with: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(!facts(far).gps && facts(far).orientation == nil)
        var many = tiff
        many.replaceSubrange(8..<10, with: [0xFF, 0xFF])
        #expect(!facts(many).gps && facts(many).orientation == nil)
        // A GPS IFD pointing at IFD0 itself is read once, like any other.
        var loop = ImageFixtures.tiff(orientation: 1, gps: true)
        loop.replaceSubrange(30..<34, with: [8, 0, 0, 0])
        #expect(!facts(loop).gps)
        // Every offset of the block cut off.
        for length in 0..<tiff.count { _ = facts(Array(tiff.prefix(length))) }
    }

    @Test func longRunsOfFillAndStuffedBytesAreReadInOnePass() throws {
        let jpeg = ImageFixtures.bytes("plain.jpg")
        let scan = ImageFixtures.fromFirstScan(jpeg)
        let header = Array(jpeg.prefix(jpeg.count - scan.count))
        // 4 MB of fill bytes before the scan, and 8 MB of stuffed 0xFF in the image data.
        let fill = header + Array(repeating: 0xFF, count: 4 << 20) + scan
        let stuffed = header + Array(scan.dropLast(2)) + Array(repeating: [0xFF, 0x00], count: 4 << 20).flatMap { $0 } + [0xFF, 0xD9]
        let start = ContinuousClock.now
        #expect(ImageFixtures.output(fill) == fill)
        #expect(ImageFixtures.output(stuffed) == stuffed)
        #expect(start.duration(to: .now) < .seconds(60))  // wide: a second pass would take hours
    }

    /// SplitMix64: the same mutations on every run.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test(arguments: ImageFixtures.all)
    func randomDamageEndsInAnImageOrAReasonAndWhatIsPublishedIsClean(_ name: String) {
        let original = ImageFixtures.bytes(name)
        var random = Random(state: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        var outcomes = (images: 0, damaged: 0)
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0...random.next(4) {
                let at = random.next(bytes.count)
                switch random.next(4) {
                case 0: bytes[at] = UInt8(random.next(256))
                case 1: bytes[at] = [0x00, 0xFF, 0x7F, 0x80][random.next(4)]
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + random.next(16) + 1))
                default: bytes.insert(contentsOf: Array(repeating: UInt8(random.next(256)), count: random.next(8) + 1), at: at)
                }
                if bytes.count < 16 { bytes = original }
            }
            switch ImageMetadata.clean(bytes) {
            case .other: break
            case .damaged(let damage): outcomes.damaged += 1; #expect(!damage.problem.isEmpty)
            case .image(let cleaned):
                outcomes.images += 1
                let output = cleaned.bytes(from: bytes)
                // Published bytes pass the rule again unchanged: nothing left to leave out.
                #expect(ImageFixtures.output(output) == output, "\(name)")
            }
        }
        #expect(outcomes.images > 0 && outcomes.damaged > 0, "\(outcomes)")
    }
}
