/// A GIF read block by block. Kept: the header, the screen descriptor and colour tables,
/// every image (its descriptor, colour table and data, byte for byte), the graphic control
/// extensions (delays, transparency), and the application extensions that change how the
/// image plays or looks: the loop count (`NETSCAPE2.0`, `ANIMEXTS1.0`) and a colour profile
/// (`ICCRGBG1012`). Left out: comments (where editors and scanners write names, places and
/// software), XMP (which can hold a GPS position), plain text extensions (no browser
/// draws them, and they can hold any text), every other extension, and anything after the
/// trailer.
enum GIFMetadata {
    static let signatures = [Array("GIF87a".utf8), Array("GIF89a".utf8)]
    static let keptApplications: Set<String> = ["NETSCAPE2.0", "ANIMEXTS1.0", "ICCRGBG1012"]

    static func clean(_ bytes: [UInt8]) -> Result<ImageMetadata.Cleaned, ImageMetadata.Damage> {
        let reader = ByteReader(bytes: bytes)
        var output = ImagePieces()
        var removed: [String] = []
        var gps = false
        func damaged(_ problem: String) -> Result<ImageMetadata.Cleaned, ImageMetadata.Damage> {
            .failure(ImageMetadata.Damage(format: .gif, problem: problem, gps: gps))
        }
        let cutShort = "it ends before its trailer: the file is cut short"
        // The header and the logical screen descriptor, then its global colour table.
        guard let screenFlags = reader.u8(10) else { return damaged(cutShort) }
        var position = 13 + colourTableSize(screenFlags)
        guard position <= bytes.count else { return damaged(cutShort) }
        output.keep(0..<position)
        while true {
            guard let introducer = reader.u8(position) else { return damaged(cutShort) }
            switch introducer {
            case 0x2C:  // an image: descriptor, local colour table, LZW code size, data
                guard let flags = reader.u8(position + 9) else { return damaged(cutShort) }
                let data = position + 10 + colourTableSize(flags) + 1
                guard let end = subBlocksEnd(reader, from: data) else { return damaged(cutShort) }
                output.keep(position..<end)
                position = end
            case 0x21:  // an extension: a label, then sub-blocks
                guard let label = reader.u8(position + 1), let end = subBlocksEnd(reader, from: position + 2) else {
                    return damaged(cutShort)
                }
                switch label {
                case 0xF9:
                    output.keep(position..<end)
                case 0xFF:
                    let name = application(reader, at: position + 2)
                    if keptApplications.contains(name) {
                        output.keep(position..<end)
                    } else {
                        removed.append(name.hasPrefix("XMP Data") ? "XMP" : "private")
                        gps = gps || GPSWords.inText(reader, position..<end)
                    }
                case 0xFE:
                    removed.append("comment")
                    gps = gps || GPSWords.inText(reader, position..<end)
                case 0x01:
                    removed.append("plain text")
                default:
                    removed.append("private")
                }
                position = end
            case 0x3B:  // the trailer
                output.keep(position..<(position + 1))
                if position + 1 < bytes.count { removed.append("data after the image") }
                return .success(ImageMetadata.Cleaned(format: .gif, pieces: output.pieces, removed: removed, gps: gps))
            default:
                return damaged("byte \(position) does not start a block")
            }
        }
    }

    /// The bytes of a colour table that a descriptor's flags announce (none without its flag).
    static func colourTableSize(_ flags: Int) -> Int {
        flags & 0x80 == 0 ? 0 : 3 << ((flags & 0x07) + 1)
    }

    /// Where the sub-blocks starting at `start` end, after their empty block; nil when the
    /// file ends first.
    static func subBlocksEnd(_ reader: ByteReader, from start: Int) -> Int? {
        var position = start
        while let size = reader.u8(position) {
            position += 1 + size
            if size == 0 { return position }
        }
        return nil
    }

    /// An application extension's identifier and code (its first sub-block of 11 bytes).
    static func application(_ reader: ByteReader, at start: Int) -> String {
        guard reader.u8(start) == 11, start + 12 <= reader.count else { return "" }
        return String(decoding: reader.bytes[(start + 1)..<(start + 12)], as: UTF8.self)
    }
}
