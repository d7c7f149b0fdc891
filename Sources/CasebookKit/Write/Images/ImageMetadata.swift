/// The metadata rule for the images the site publishes from `media/`: a JPEG, PNG, WebP or GIF
/// file (known by its first bytes, whatever its name) is written without the parts that
/// describe where, when, by whom and with what it was taken (EXIF with its GPS position and
/// camera serial, XMP, IPTC, comments, text chunks, thumbnails, data after the image's end),
/// by leaving those segments or chunks out and keeping every other byte as it was. The build's
/// copy, `casebook check` and the dev server all call `clean`, so they cannot disagree.
///
/// A file that cannot be read to its end as its format (cut short, a length past the end) is
/// `damaged`: its remaining bytes could hold anything, so it is not published (an error).
enum ImageMetadata {
    enum Format: String, Sendable {
        case jpeg = "JPEG"
        case png = "PNG"
        case webp = "WebP"
        case gif = "GIF"
    }

    /// A stretch of the output: bytes of the original file, or bytes written anew (a header
    /// with a new size, the orientation alone).
    enum Piece: Equatable, Sendable {
        case original(Range<Int>)
        case bytes([UInt8])
    }

    /// What a file is under the rule.
    enum Outcome: Equatable, Sendable {
        /// Not a JPEG, PNG, WebP or GIF: copied as it is.
        case other
        case image(Cleaned)
        case damaged(Damage)
    }

    struct Cleaned: Equatable, Sendable {
        let format: Format
        let pieces: [Piece]
        /// What was left out, in file order ("EXIF", "XMP", "comment"...), for tests and docs.
        let removed: [String]
        /// The original holds a GPS position (EXIF GPS latitude or longitude, or XMP's).
        let gps: Bool

        /// True when the output is the original file, byte for byte.
        func isUnchanged(count: Int) -> Bool {
            pieces == (count == 0 ? [] : [.original(0..<count)])
        }

        func bytes(from original: [UInt8]) -> [UInt8] {
            if isUnchanged(count: original.count) { return original }
            var output: [UInt8] = []
            output.reserveCapacity(original.count)
            for piece in pieces {
                switch piece {
                case .original(let range): output.append(contentsOf: original[range])
                case .bytes(let bytes): output.append(contentsOf: bytes)
                }
            }
            return output
        }
    }

    struct Damage: Error, Equatable, Sendable {
        let format: Format
        /// What is wrong, in words that follow "damaged (": "it ends inside a segment".
        let problem: String
        /// A GPS position was seen before the damage.
        var gps = false
    }

    /// The format by the file's first bytes; at least 12 are needed to tell.
    static func format(of prefix: some Collection<UInt8>) -> Format? {
        let head = Array(prefix.prefix(12))
        if head.starts(with: [0xFF, 0xD8]) { return .jpeg }  // SOI alone: a stray byte after it once hid a JPEG, metadata and all
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.count == 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) { return .webp }
        if GIFMetadata.signatures.contains(where: head.starts(with:)) { return .gif }
        return nil
    }

    /// The longest prefix `format(of:)` looks at: a reader that has this many bytes can tell.
    static let signatureLength = 12

    static func clean(_ bytes: [UInt8]) -> Outcome {
        let result: Result<Cleaned, Damage>
        switch format(of: bytes) {
        case nil: return .other
        case .jpeg: result = JPEGMetadata.clean(bytes)
        case .png: result = PNGMetadata.clean(bytes)
        case .webp: result = WebPMetadata.clean(bytes)
        case .gif: result = GIFMetadata.clean(bytes)
        }
        switch result {
        case .success(let cleaned): return .image(cleaned)
        case .failure(let damage): return .damaged(damage)
        }
    }
}

/// The output of a cleaned image as it is made: adjacent stretches of the original merge,
/// so an image with nothing to leave out is one piece, the whole file.
struct ImagePieces {
    private(set) var pieces: [ImageMetadata.Piece] = []
    private(set) var count = 0

    mutating func keep(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        count += range.count
        if case .original(let last)? = pieces.last, last.upperBound == range.lowerBound {
            pieces[pieces.count - 1] = .original(last.lowerBound..<range.upperBound)
        } else {
            pieces.append(.original(range))
        }
    }

    mutating func add(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        count += bytes.count
        pieces.append(.bytes(bytes))
    }
}
