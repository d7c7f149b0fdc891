/// A WebP (a RIFF file) read chunk by chunk. Kept: the image (VP8, VP8L, ALPH), the extended
/// header VP8X, the colour profile ICCP and the animation (ANIM, ANMF, whose frames are read
/// the same way). Left out: EXIF, XMP and every other chunk. The VP8X flags that announce
/// EXIF and XMP are cleared and the RIFF size is set to what is left. An EXIF orientation
/// other than the normal one is written back alone where the EXIF was.
enum WebPMetadata {
    typealias Outcome = Result<ImageMetadata.Cleaned, ImageMetadata.Damage>
    static let kept: Set<String> = ["VP8X", "ICCP", "ANIM", "ANMF", "ALPH", "VP8 ", "VP8L"]
    static let keptInFrames: Set<String> = ["ALPH", "VP8 ", "VP8L"]
    static let exifFlag: UInt8 = 0x08, xmpFlag: UInt8 = 0x04

    /// What a walk through a run of chunks found.
    struct Walk {
        var output = ImagePieces()
        var removed: [String] = []
        var gps = false
        var orientation: Int?
        /// Where the VP8X flags byte is, when there is one.
        var flags: Int?
    }

    static func clean(_ bytes: [UInt8]) -> Outcome {
        let reader = ByteReader(bytes: bytes)
        guard let size = reader.u32(4, bigEndian: false), 8 + size <= bytes.count else {
            return .failure(.init(format: .webp, problem: "its header gives more bytes than the file has: the file is cut short"))
        }
        guard size >= 4 else { return .failure(.init(format: .webp, problem: "its header gives an impossible size, \(size)")) }
        var walk = Walk()
        if let problem = chunks(reader, 12..<(8 + size), topLevel: true, into: &walk) {
            return .failure(.init(format: .webp, problem: problem, gps: walk.gps))
        }
        if 8 + size < bytes.count { walk.removed.append("data after the image") }
        let oldFlags = walk.flags.map { bytes[$0] }
        var newFlags = oldFlags.map { $0 & ~(exifFlag | xmpFlag) }
        if walk.orientation != nil { newFlags? |= exifFlag }
        if walk.removed.isEmpty, oldFlags == newFlags {
            return .success(.init(format: .webp, pieces: [.original(0..<bytes.count)], removed: [], gps: walk.gps))
        }
        var output = ImagePieces()
        output.add(Array("RIFF".utf8) + littleEndian(4 + walk.output.count) + Array("WEBP".utf8))
        for piece in walk.output.pieces {
            switch piece {
            case .bytes(let bytes): output.add(bytes)
            case .original(let range):
                // The flags byte of VP8X, changed, splits the piece that holds it.
                if let at = walk.flags, let flags = newFlags, range.contains(at) {
                    output.keep(range.lowerBound..<at)
                    output.add([flags])
                    output.keep((at + 1)..<range.upperBound)
                } else {
                    output.keep(range)
                }
            }
        }
        return .success(.init(format: .webp, pieces: output.pieces, removed: walk.removed, gps: walk.gps))
    }

    /// Walks the chunks in `range` (the file's, or a frame's), keeping those its rule keeps;
    /// the problem when the run cannot be read to its end.
    static func chunks(_ reader: ByteReader, _ range: Range<Int>, topLevel: Bool, into walk: inout Walk) -> String? {
        let kept = topLevel ? kept : keptInFrames
        var position = range.lowerBound
        while position < range.upperBound {
            guard position + 8 <= range.upperBound, let size = reader.u32(position + 4, bigEndian: false) else {
                return "it ends inside a chunk's header at byte \(position): the file is cut short"
            }
            let name = reader.bytes[position..<(position + 4)]
            guard name.allSatisfy({ (0x20...0x7E).contains($0) }) else { return "byte \(position) does not start a chunk" }
            let type = String(decoding: name, as: UTF8.self)
            let data = (position + 8)..<(position + 8 + size)
            // Chunks are padded to an even length; a last chunk without its pad byte is common.
            let end = min(data.upperBound + size % 2, range.upperBound)
            guard data.upperBound <= range.upperBound else {
                return "the '\(type)' chunk at byte \(position) runs past the end of the file: the file is cut short"
            }
            if position == 12, !["VP8 ", "VP8L", "VP8X"].contains(type) {
                return "it does not start with a VP8, VP8L or VP8X chunk"
            }
            if kept.contains(type) {
                if type == "VP8X" {
                    guard size >= 10 else { return "its VP8X chunk is too short" }
                    walk.flags = data.lowerBound
                }
                if type == "ANMF" {
                    // A frame: a 16-byte header, then chunks of its own, walked by the same rule.
                    guard size >= 16 else { return "an animation frame at byte \(position) is too short" }
                    var frame = Walk()
                    if let problem = chunks(reader, (data.lowerBound + 16)..<data.upperBound, topLevel: false, into: &frame) {
                        return problem
                    }
                    walk.removed += frame.removed
                    walk.gps = walk.gps || frame.gps
                    if frame.removed.isEmpty {
                        walk.output.keep(position..<end)
                    } else {
                        walk.output.add(Array("ANMF".utf8) + littleEndian(16 + frame.output.count))
                        walk.output.keep(data.lowerBound..<(data.lowerBound + 16))
                        for piece in frame.output.pieces {
                            if case .original(let range) = piece { walk.output.keep(range) }
                        }
                    }
                } else {
                    walk.output.keep(position..<end)
                }
            } else {
                walk.removed.append(type == "EXIF" ? "EXIF" : type == "XMP " ? "XMP" : "private")
                if type == "EXIF" {
                    // The TIFF structure, after "Exif\0\0" when a program wrote that first.
                    let tiff = reader.has(Array("Exif\0\0".utf8), at: data.lowerBound) ? (data.lowerBound + 6)..<data.upperBound : data
                    let facts = EXIFFacts(reader, tiff)
                    walk.gps = walk.gps || facts.gps
                    // Only an extended file (VP8X) may carry EXIF: a plain one stays without.
                    if topLevel, walk.flags != nil, walk.orientation == nil, let orientation = facts.orientation {
                        walk.orientation = orientation
                        walk.output.add(chunk("EXIF", EXIFFacts.orientationOnly(orientation)))
                    }
                } else if type == "XMP " {
                    walk.gps = walk.gps || GPSWords.inText(reader, data)
                }
            }
            position = end
        }
        return nil
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        Array(type.utf8) + littleEndian(data.count) + data + (data.count % 2 == 1 ? [0] : [])
    }

    static func littleEndian(_ value: Int) -> [UInt8] {
        [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}
