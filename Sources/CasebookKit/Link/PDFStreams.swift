/// Which of a PDF's streams can hold text a reader gets, and their data decoded: page and
/// form content, compressed object streams (`/Type /ObjStm`: the dictionaries of a PDF saved
/// with them, its properties among them), /ToUnicode maps, XMP metadata and attached files.
/// Images, embedded font programs, cross-reference streams and anything under a filter other
/// than /FlateDecode, /ASCIIHexDecode and /ASCII85Decode are skipped. Inflating stops at a
/// budget (`Budget`) shared by the file's streams, so a decompression bomb costs neither
/// memory nor minutes.
enum PDFStreams {
    enum Kind { case content, objects(first: Int), metadata, attachment }

    /// The bytes a file's streams may inflate to in all, and one stream at most.
    struct Budget {
        var left: Int
        let stream: Int
        var exceeded = false
        static var file: Budget { Budget(left: 256 << 20, stream: 64 << 20) }
    }

    /// Names that mark a stream with no text in it: an image, a font program, an xref stream, one with a predictor.
    static let skipped: Set<String> = ["Image", "Length1", "Length2", "Length3", "Type1C", "CIDFontType0C", "OpenType", "XRef",
                                       "Predictor", "DCTDecode", "JPXDecode", "CCITTFaxDecode", "JBIG2Decode", "DCT", "CCF", "RL", "LZW",
                                       "LZWDecode", "RunLengthDecode", "Crypt"]

    /// The names of a dictionary in order (`/Type /ObjStm` gives "Type", "ObjStm"), and the number after `/First`.
    static func names(_ dictionary: ArraySlice<UInt8>) -> (names: [String], first: Int?) {
        var names: [String] = [], first: Int?
        var index = dictionary.startIndex
        while index < dictionary.endIndex {
            guard dictionary[index] == UInt8(ascii: "/") else { index += 1; continue }
            let start = index + 1
            index = start
            while index < dictionary.endIndex, !PDFContent.isDelimiter(dictionary[index]) { index += 1 }
            let name = String(decoding: dictionary[start..<index], as: UTF8.self)
            names.append(name)
            if name == "First" {
                while index < dictionary.endIndex, PDFContent.isSpace(dictionary[index]) { index += 1 }
                var value = 0, digits = 0
                while index < dictionary.endIndex, digits < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(dictionary[index]) {
                    value = value * 10 + Int(dictionary[index] - UInt8(ascii: "0")); digits += 1; index += 1
                }
                if digits > 0 { first = value }
            }
        }
        return (names, first)
    }

    /// The stream's kind and decoded data, or nil when it holds no text or cannot be decoded.
    static func decoded(dictionary: ArraySlice<UInt8>, data: ArraySlice<UInt8>, budget: inout Budget) -> (Kind, [UInt8])? {
        let (names, first) = names(dictionary)
        guard !names.contains(where: skipped.contains) else { return nil }
        var filters: [String] = []
        if let filter = names.firstIndex(of: "Filter") {
            filters = names[(filter + 1)...].prefix { ["FlateDecode", "Fl", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"].contains($0) }
            guard !filters.isEmpty else { return nil }
        }
        var bytes = Array(data)
        for filter in filters {
            switch filter {
            case "FlateDecode", "Fl":
                guard budget.left > 0 else { budget.exceeded = true; return nil }
                let result = Inflate.decode(bytes[...], limit: min(budget.stream, budget.left))
                budget.left -= result.bytes.count
                if result.capped { budget.exceeded = true }
                bytes = result.bytes
            case "ASCIIHexDecode", "AHx": bytes = asciiHex(bytes)
            default: bytes = ascii85(bytes)
            }
        }
        let head = bytes.prefix(512)
        if names.contains("Metadata") || MediaTexts.contains(head, "<x:xmpmeta") || MediaTexts.contains(head, "<?xpacket") { return (.metadata, bytes) }
        if names.contains("ObjStm") { return (.objects(first: first ?? 0), bytes) }
        if names.contains("EmbeddedFile") { return (.attachment, bytes) }
        return (.content, bytes)
    }

    static func asciiHex(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], high: UInt8?
        for byte in bytes {
            if byte == UInt8(ascii: ">") { break }
            guard let value = MediaTexts.hexValue(byte) else { continue }
            if let first = high { out.append(first << 4 | value); high = nil } else { high = value }
        }
        if let first = high { out.append(first << 4) }
        return out
    }

    static func ascii85(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], group: [UInt32] = []
        func flush(_ count: Int) {
            let padded = group + [UInt32](repeating: 84, count: 5 - group.count)
            let value = padded.reduce(UInt64(0)) { $0 * 85 + UInt64($1) }
            let word = UInt32(truncatingIfNeeded: value)
            out += [UInt8(word >> 24), UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF)].prefix(count)
            group = []
        }
        var index = 0
        if bytes.starts(with: Array("<~".utf8)) { index = 2 }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "~") { break }
            if byte == UInt8(ascii: "z"), group.isEmpty { out += [0, 0, 0, 0]; continue }
            guard byte >= 33, byte <= 117 else { continue }
            group.append(UInt32(byte - 33))
            if group.count == 5 { flush(4) }
        }
        if group.count > 1 { flush(group.count - 1) }
        return out
    }
}
