#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JPEG read segment by segment. Kept: every segment the picture needs (frame, tables,
/// scans with their entropy-coded data byte for byte, restart markers) and the three
/// application segments that change how it looks: APP0 JFIF (its thumbnail dropped), APP2
/// ICC_PROFILE (the colours) and APP14 Adobe (how the colours are coded). Left out: APP1
/// (EXIF and XMP), APP13 (IPTC), every other APPn, comments, and anything after the end of
/// the image (a second picture of the multi-picture format, a phone's "motion photo" video).
/// An EXIF orientation other than the normal one is written back alone where the EXIF was.
enum JPEGMetadata {
    static func clean(_ bytes: [UInt8]) -> Result<ImageMetadata.Cleaned, ImageMetadata.Damage> {
        let reader = ByteReader(bytes: bytes)
        var output = ImagePieces()
        var removed: [String] = []
        var gps = false
        var orientationWritten = false
        func damaged(_ problem: String) -> Result<ImageMetadata.Cleaned, ImageMetadata.Damage> {
            .failure(ImageMetadata.Damage(format: .jpeg, problem: problem, gps: gps))
        }
        output.keep(0..<2)  // SOI
        var position = 2
        var scanned = false
        while true {
            // A marker is 0xFF and a code, after any number of 0xFF fill bytes.
            let start = position
            guard reader.u8(position) == 0xFF else {
                guard position < bytes.count else { return damaged("it ends before its end-of-image marker: the file is cut short") }
                return damaged("a marker was expected at byte \(position)")
            }
            while reader.u8(position) == 0xFF { position += 1 }
            guard let marker = reader.u8(position) else { return damaged("it ends before its end-of-image marker: the file is cut short") }
            position += 1
            switch marker {
            case 0xD9:  // EOI: what follows is no part of this image
                output.keep(start..<position)
                if position < bytes.count { removed.append("data after the image") }
                guard scanned else { return damaged("it has no image data (no scan before its end)") }
                return .success(ImageMetadata.Cleaned(format: .jpeg, pieces: output.pieces, removed: removed, gps: gps))
            case 0x01, 0xD0...0xD7:  // segments without a length
                output.keep(start..<position)
                continue
            case 0x00, 0xD8:
                return damaged("a misplaced marker 0xFF\(hex(marker)) at byte \(start)")
            default:
                break
            }
            guard let length = reader.u16(position) else { return damaged("it ends inside a segment: the file is cut short") }
            guard length >= 2 else { return damaged("a segment at byte \(start) has an impossible length, \(length)") }
            let end = position + length
            guard end <= bytes.count else {
                return damaged("the segment at byte \(start) runs past the end of the file: the file is cut short")
            }
            let payload = (position + 2)..<end
            if let kind = leftOut(marker, reader, payload) {
                removed.append(kind)
                if kind == "EXIF" {
                    let facts = EXIFFacts(reader, (payload.lowerBound + 6)..<end)
                    gps = gps || facts.gps
                    if let orientation = facts.orientation, !orientationWritten {
                        orientationWritten = true
                        let block = Array("Exif".utf8) + [0, 0] + EXIFFacts.orientationOnly(orientation)
                        output.add([0xFF, 0xE1, UInt8((block.count + 2) >> 8), UInt8((block.count + 2) & 0xFF)] + block)
                    }
                } else if kind == "XMP" {
                    gps = gps || GPSWords.inText(reader, payload)
                }
            } else if marker == 0xE0, let jfif = jfifWithoutThumbnail(reader, payload) {
                removed.append("JFIF thumbnail")
                output.add(jfif)
            } else {
                output.keep(start..<end)
            }
            position = end
            if marker == 0xDA {  // SOS: the entropy-coded data follows, kept as it is
                scanned = true
                position = scanEnd(bytes, from: end)
                guard position < bytes.count else { return damaged("it ends inside its image data: the file is cut short") }
                output.keep(end..<position)
            }
        }
    }

    /// The kind of metadata a segment holds when it is left out; nil when it is kept.
    static func leftOut(_ marker: Int, _ reader: ByteReader, _ payload: Range<Int>) -> String? {
        let at = payload.lowerBound
        switch marker {
        case 0xE0: return reader.has(Array("JFIF\0".utf8), at: at) ? nil : "APP0"
        case 0xE1:
            if reader.has(Array("Exif\0".utf8), at: at) { return "EXIF" }
            if reader.has(Array("http://ns.adobe.com/x".utf8), at: at) { return "XMP" }
            return "APP1"
        case 0xE2: return reader.has(Array("ICC_PROFILE\0".utf8), at: at) ? nil : "APP2"
        case 0xED: return "IPTC"
        case 0xEE: return reader.has(Array("Adobe".utf8), at: at) ? nil : "APP14"
        case 0xE3...0xEF: return "APP\(marker - 0xE0)"
        case 0xFE: return "comment"
        default: return nil
        }
    }

    /// A JFIF segment that carries a thumbnail (a small copy of the picture, perhaps before
    /// it was cropped) or any bytes after its fields, rewritten without them; nil when it has none.
    static func jfifWithoutThumbnail(_ reader: ByteReader, _ payload: Range<Int>) -> [UInt8]? {
        // "JFIF\0", version (2), units (1), densities (4), thumbnail width and height (1 + 1).
        guard payload.count > 14 || (payload.count == 14 && reader.u16(payload.lowerBound + 12) != 0) else { return nil }
        return [0xFF, 0xE0, 0x00, 0x10] + Array(reader.bytes[payload.lowerBound..<payload.lowerBound + 12]) + [0, 0]
    }

    /// Where the entropy-coded data from `start` ends: at the first 0xFF that begins a marker
    /// (not a stuffed 0xFF00, a restart marker or a fill byte); the file's end when there is none.
    static func scanEnd(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return start }
            var at = start
            while at < buffer.count {
                guard let found = memchr(base + at, 0xFF, buffer.count - at) else { return buffer.count }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard index + 1 < buffer.count else { return buffer.count }
                switch buffer[index + 1] {
                case 0x00, 0xD0...0xD7, 0xFF: at = index + 1
                default: return index
                }
            }
            return buffer.count
        }
    }

    static func hex(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }
}
