/// A PNG read chunk by chunk. Kept: the critical chunks (IHDR, PLTE, IDAT, IEND, and any
/// other whose name starts with a capital, which a decoder cannot do without), and the
/// ancillary chunks that change how the picture looks or moves: transparency, colour
/// (iCCP, sRGB, gAMA, cHRM, cICP, mDCv, cLLi, sBIT), background, histogram, pixel size, and
/// APNG's animation chunks. Left out: text (tEXt, zTXt, iTXt), eXIf, tIME, and every other
/// ancillary chunk, a program's private ones included (they can hold anything). Anything
/// after IEND is left out too. An EXIF orientation other than the normal one is written
/// back alone where the eXIf was. Chunks are kept with their own checksums, not checked.
enum PNGMetadata {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let kept: Set<String> = ["tRNS", "iCCP", "sRGB", "gAMA", "cHRM", "cICP", "mDCv", "cLLi", "sBIT",
                                    "bKGD", "hIST", "pHYs", "acTL", "fcTL", "fdAT"]
    /// The names the rule leaves out by name, for the `removed` list; others are "private".
    static let named: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]

    static func clean(_ bytes: [UInt8]) -> Result<ImageMetadata.Cleaned, ImageMetadata.Damage> {
        let reader = ByteReader(bytes: bytes)
        var output = ImagePieces()
        var removed: [String] = []
        var gps = false
        var orientationWritten = false
        func damaged(_ problem: String) -> Result<ImageMetadata.Cleaned, ImageMetadata.Damage> {
            .failure(ImageMetadata.Damage(format: .png, problem: problem, gps: gps))
        }
        output.keep(0..<signature.count)
        var position = signature.count
        while true {
            guard let length = reader.u32(position), position + 8 <= bytes.count else {
                return damaged("it ends before its IEND chunk: the file is cut short")
            }
            let name = bytes[(position + 4)..<(position + 8)]
            // Letters only: a name is also shown in messages, and anything else is no chunk.
            guard name.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                return damaged("byte \(position) does not start a chunk")
            }
            let type = String(decoding: name, as: UTF8.self)
            guard length <= 0x7FFF_FFFF else { return damaged("the \(type) chunk at byte \(position) has an impossible length") }
            let data = (position + 8)..<(position + 8 + length)
            let end = data.upperBound + 4  // the checksum
            guard end <= bytes.count else {
                return damaged("the \(type) chunk at byte \(position) runs past the end of the file: the file is cut short")
            }
            if position == signature.count, type != "IHDR" { return damaged("it does not start with an IHDR chunk") }
            let critical = name.first! & 0x20 == 0
            if critical || kept.contains(type) {
                output.keep(position..<end)
            } else {
                removed.append(named.contains(type) ? type : "private")
                switch type {
                case "eXIf":
                    let facts = EXIFFacts(reader, data)
                    gps = gps || facts.gps
                    if let orientation = facts.orientation, !orientationWritten {
                        orientationWritten = true
                        output.add(chunk("eXIf", EXIFFacts.orientationOnly(orientation)))
                    }
                case "tEXt", "iTXt":
                    gps = gps || GPSWords.inText(reader, data)
                default:
                    break
                }
            }
            position = end
            if type == "IEND" {
                if position < bytes.count { removed.append("data after the image") }
                return .success(ImageMetadata.Cleaned(format: .png, pieces: output.pieces, removed: removed, gps: gps))
            }
        }
    }

    /// A chunk with its length and checksum.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        let length = UInt32(data.count), crc = CRC32.checksum(body)
        return [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: length >> $0) } + body
            + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: crc >> $0) }
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, the same as zlib's).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
