import Foundation
@testable import CasebookKit

/// The images of `Tests/Fixtures/images/` (written once by its make.py with Pillow: a 16x12
/// photo with the metadata a phone or an editor writes) and plain readers of their parts,
/// written apart from the build's, to look at what the build wrote.
enum ImageFixtures {
    static let folder = SiteFixture.repository.appendingPathComponent("Tests/Fixtures/images")

    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
    }

    static let all = ["plain.jpg", "gps.jpg", "rotated.jpg", "plain.png", "text.png",
                      "plain.webp", "gps.webp", "rotated.webp", "animated.webp"]

    /// The cleaned image, or nil when the rule said anything else.
    static func cleaned(_ bytes: [UInt8]) -> ImageMetadata.Cleaned? {
        if case .image(let cleaned) = ImageMetadata.clean(bytes) { return cleaned }
        return nil
    }

    static func output(_ bytes: [UInt8]) -> [UInt8]? {
        cleaned(bytes)?.bytes(from: bytes)
    }

    /// A JPEG's segments up to its first scan: (marker, payload).
    static func jpegSegments(_ bytes: [UInt8]) -> [(marker: UInt8, payload: [UInt8])] {
        var segments: [(UInt8, [UInt8])] = []
        var at = 2
        while at + 4 <= bytes.count, bytes[at] == 0xFF {
            let marker = bytes[at + 1], length = Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            segments.append((marker, Array(bytes[(at + 4)..<min(bytes.count, at + 2 + length)])))
            if marker == 0xDA { break }
            at += 2 + length
        }
        return segments
    }

    /// A JPEG from its first scan (SOS) to the end: the image data kept byte for byte.
    static func fromFirstScan(_ bytes: [UInt8]) -> [UInt8] {
        var at = 2
        while at + 4 <= bytes.count, bytes[at] == 0xFF, bytes[at + 1] != 0xDA {
            at += 2 + (Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]))
        }
        return Array(bytes[min(at, bytes.count)...])
    }

    /// A PNG's chunks: (type, data).
    static func pngChunks(_ bytes: [UInt8]) -> [(type: String, data: [UInt8])] {
        var chunks: [(String, [UInt8])] = []
        var at = 8
        while at + 12 <= bytes.count {
            let length = bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
            guard at + 12 + length <= bytes.count else { break }
            chunks.append((String(decoding: bytes[(at + 4)..<(at + 8)], as: UTF8.self), Array(bytes[(at + 8)..<(at + 8 + length)])))
            at += 12 + length
        }
        return chunks
    }

    /// A RIFF file's chunks (the top level): (type, data).
    static func riffChunks(_ bytes: [UInt8]) -> [(type: String, data: [UInt8])] {
        var chunks: [(String, [UInt8])] = []
        var at = 12
        while at + 8 <= bytes.count {
            let size = bytes[(at + 4)..<(at + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
            guard at + 8 + size <= bytes.count else { break }
            chunks.append((String(decoding: bytes[at..<(at + 4)], as: UTF8.self), Array(bytes[(at + 8)..<(at + 8 + size)])))
            at += 8 + size + size % 2
        }
        return chunks
    }

    static func riffSize(_ bytes: [UInt8]) -> Int {
        bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// True when `needle` occurs anywhere in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// A little-endian TIFF (EXIF) block written by hand: IFD0 with the orientation and, with
    /// `gps`, a pointer to a GPS IFD holding a latitude (three rationals).
    static func tiff(orientation: Int, gps: Bool) -> [UInt8] {
        func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { u16(v & 0xFFFF) + u16(v >> 16) }
        var bytes = Array("II".utf8) + u16(42) + u32(8)
        bytes += u16(gps ? 2 : 1) + u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0)
        if gps { bytes += u16(0x8825) + u16(4) + u32(1) + u32(38) }
        bytes += u32(0)
        if gps {
            bytes += u16(1) + u16(2) + u16(5) + u32(3) + u32(56) + u32(0)
            bytes += [43, 1, 14, 1, 30, 1].flatMap { u32($0) }
        }
        return bytes
    }

    /// Words of the fixtures' metadata that must not reach the site.
    static let telling = ["PhoneMaker", "Phone 12", "SERIAL-123456", "GPSLatitude", "courthouse", "Jane Photographer",
                          "Photoshop", "Photograph", "private chunk"]
}
