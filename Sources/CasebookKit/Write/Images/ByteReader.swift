/// Numbers read from a file's bytes with every offset checked: a value past the end is nil,
/// never a crash, whatever length a hostile file claims. Offsets are `Int` (64 bits), so a
/// 32-bit length added to one cannot overflow.
struct ByteReader {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    func u8(_ at: Int) -> Int? {
        at >= 0 && at < bytes.count ? Int(bytes[at]) : nil
    }

    func u16(_ at: Int, bigEndian: Bool = true) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        let a = Int(bytes[at]), b = Int(bytes[at + 1])
        return bigEndian ? a << 8 | b : b << 8 | a
    }

    func u32(_ at: Int, bigEndian: Bool = true) -> Int? {
        guard let high = u16(at, bigEndian: bigEndian), let low = u16(at + 2, bigEndian: bigEndian) else { return nil }
        return bigEndian ? high << 16 | low : low << 16 | high
    }

    /// True when `pattern` is at `at`, wholly inside the file.
    func has(_ pattern: [UInt8], at: Int) -> Bool {
        guard at >= 0, at + pattern.count <= bytes.count else { return false }
        return bytes[at..<at + pattern.count].elementsEqual(pattern)
    }

    /// True when `needle` occurs inside `range` (clamped to the file).
    func contains(_ needle: [UInt8], in range: Range<Int>) -> Bool {
        let range = range.clamped(to: 0..<bytes.count)
        guard let first = needle.first, range.count >= needle.count else { return false }
        var at = range.lowerBound
        let last = range.upperBound - needle.count
        while at <= last {
            if bytes[at] == first, bytes[at..<at + needle.count].elementsEqual(needle) { return true }
            at += 1
        }
        return false
    }
}

/// Spellings of a GPS position in XMP (exif:GPSLatitude) and in ImageMagick's text profiles.
enum GPSWords {
    static let latitude = Array("GPSLatitude".utf8)
    static let longitude = Array("GPSLongitude".utf8)

    static func inText(_ reader: ByteReader, _ range: Range<Int>) -> Bool {
        reader.contains(latitude, in: range) || reader.contains(longitude, in: range)
    }
}
