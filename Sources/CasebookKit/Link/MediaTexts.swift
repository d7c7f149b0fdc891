/// The words a reader can get out of a media file that is published as it is, for the leak
/// check (`MediaLeakCheck`): a text file's text (an SVG's title and metadata among it), a
/// PDF's properties, bookmarks, comments, XMP metadata and pages (`PDFText`), and, with `keep_image_metadata: true`, an image's EXIF, XMP and comments.
/// The images the build cleans lose their metadata (`ImageMetadata`), so they are not read.
enum MediaTexts {
    enum Kind { case text, pdf, image }

    /// Files read as text: what a browser shows as text, or a program opens as one.
    static let textExtensions: Set<String> = ThemeLeakCheck.textAssets.union(["csv", "tsv", "vtt", "srt", "yml", "yaml", "rtf", "ics", "vcf"])
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "gif"]

    static func kind(of path: String, keepImageMetadata: Bool) -> Kind? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        if textExtensions.contains(ext) { return .text }
        if ext == "pdf" { return .pdf }
        return keepImageMetadata && imageExtensions.contains(ext) ? .image : nil
    }

    /// A PDF's texts (`PDFText`): its properties, bookmarks, comments and metadata, then the text on its pages.
    static func pdf(_ bytes: [UInt8]) -> [String] {
        let text = PDFText.read(bytes)
        return text.properties + text.pages()
    }

    /// Runs of printable text of four characters or more in a binary file, as `strings` finds
    /// them: EXIF's and PNG's texts, XMP, a JPEG's comment.
    static func runs(_ bytes: ArraySlice<UInt8>) -> [String] {
        String(decoding: bytes, as: UTF8.self)
            .split(whereSeparator: { $0 == "\u{FFFD}" || $0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" } })
            .filter { $0.count >= 4 }
            .map(String.init)
    }

    /// How far a literal string is looked for its closing bracket. A `(` in binary bytes (an
    /// image's data a window starts inside, a damaged file) closes nowhere: the reader goes on
    /// past this much (`literalSkip`) rather than trying again from every `(` in it, which in
    /// random bytes is one in 256, so the cost stays linear in the file's size.
    static let literalLimit = 65_536

    /// Where reading goes on after a `(` at `start` that `literalString` found unclosed.
    static func literalSkip(_ bytes: [UInt8], from start: Int) -> Int { min(bytes.count, start + literalLimit) }

    /// The bytes of a literal string `(…)` starting at `start` (nested brackets, escapes undone), and the index after it.
    static func literalString(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var out: [UInt8] = []
        var depth = 1
        var index = start + 1
        while index < bytes.count, index - start < literalLimit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next >= UInt8(ascii: "0"), next <= UInt8(ascii: "7") {  // up to three octal digits
                    var value = 0, length = 0
                    while length < 3, index + 1 + length < bytes.count, bytes[index + 1 + length] >= UInt8(ascii: "0"), bytes[index + 1 + length] <= UInt8(ascii: "7") {
                        value = value * 8 + Int(bytes[index + 1 + length] - UInt8(ascii: "0"))
                        length += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                    index += 1 + length
                    continue
                }
                let escapes: [UInt8: UInt8] = [UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C]
                if next != 0x0A, next != 0x0D { out.append(escapes[next] ?? next) }  // a backslash before a line end joins the lines
                index += 2
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return (out, index + 1) }
            }
            out.append(byte)
            index += 1
        }
        return nil
    }

    /// The bytes of a hex string `<…>` starting at `start`, and the index after it; nil when it holds anything but hex digits and spaces.
    static func hexString(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var digits: [UInt8] = []
        var index = start + 1
        while index < bytes.count, index - start < 131_072 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                return (stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }, index + 1)
            }
            if let value = hexValue(byte) { digits.append(value) } else if !ActiveMedia.isSpace(byte) { return nil }
            index += 1
        }
        return nil
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A stream's data when the keyword `stream` (after a dictionary) starts at `index`, and the index after its `endstream`.
    static func stream(_ bytes: [UInt8], at index: Int) -> (Range<Int>, Int)? {
        guard matches(bytes, "stream", at: index), index > 0, !ActiveMedia.isLetter(bytes[index - 1]) else { return nil }
        var start = index + 6
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        guard start < bytes.count, bytes[start] == 0x0A || bytes[start - 1] == 0x0D else { return nil }
        if bytes[start] == 0x0A { start += 1 }
        var end = start
        while end < bytes.count {
            guard let next = bytes[end...].firstIndex(of: UInt8(ascii: "e")) else { return (start..<bytes.count, bytes.count) }
            if matches(bytes, "endstream", at: next) { return (start..<next, next + 9) }
            end = next + 1
        }
        return (start..<bytes.count, bytes.count)
    }

    /// A PDF string as text: UTF-16 with its byte order mark, UTF-8, else Latin-1.
    static func decodedString(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF || bytes[0] == 0xFF && bytes[1] == 0xFE {
            let big = bytes[0] == 0xFE
            var units: [UInt16] = []
            for index in stride(from: 2, to: bytes.count - 1, by: 2) {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                units.append(big ? first << 8 | second : second << 8 | first)
            }
            return String(decoding: units, as: UTF16.self)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    static func matches(_ bytes: [UInt8], _ word: StaticString, at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return word.withUTF8Buffer { word in (0..<count).allSatisfy { bytes[index + $0] == word[$0] } }
    }

    static func contains(_ bytes: ArraySlice<UInt8>, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return false }
        return bytes.indices.dropLast(needle.count - 1).contains { start in
            needle.indices.allSatisfy { bytes[start + $0] == needle[$0] }
        }
    }
}
