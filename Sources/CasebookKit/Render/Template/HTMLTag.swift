/// One start tag read from lower-cased bytes: its local name (`svg:image` is `image`), its
/// attributes with the offsets of their names and values, and where it ends. Enough for
/// `ThemeActiveContent`, which judges what a tag runs or loads; not a full HTML parser.
struct HTMLTag {
    struct Attribute {
        let name: String
        let offset: Int
        /// The value's offset and length in the bytes, nil for an attribute without one.
        let value: (offset: Int, length: Int)?
    }

    let name: String
    let start: Int
    /// The offset after the closing `>` (or the end of the text).
    let end: Int
    let attributes: [Attribute]
    private let text: [UInt8]

    /// The tag opening at `start` (a `<` followed by a letter), or nil for anything else.
    init?(_ text: [UInt8], at start: Int) {
        var index = start + 1
        guard index < text.count, Self.isNameStart(text[index]) else { return nil }
        while index < text.count, Self.isNameByte(text[index]) { index += 1 }
        let qualified = String(decoding: text[(start + 1)..<index], as: UTF8.self)
        name = qualified.split(separator: ":").last.map(String.init) ?? qualified
        self.start = start
        self.text = text
        var attributes: [Attribute] = []
        while index < text.count {
            while index < text.count, ActiveMedia.isSpace(text[index]) || text[index] == UInt8(ascii: "/") { index += 1 }
            guard index < text.count, text[index] != UInt8(ascii: ">") else { break }
            let nameStart = index
            while index < text.count, !ActiveMedia.isSpace(text[index]), !"=>/".utf8.contains(text[index]) { index += 1 }
            let attributeName = String(decoding: text[nameStart..<index], as: UTF8.self)
            if index == nameStart { index += 1; continue }  // a stray `=`
            var after = index
            while after < text.count, ActiveMedia.isSpace(text[after]) { after += 1 }
            var value: (Int, Int)?
            if after < text.count, text[after] == UInt8(ascii: "=") {
                index = after + 1
                while index < text.count, ActiveMedia.isSpace(text[index]) { index += 1 }
                if index < text.count, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                    let quote = text[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < text.count, text[index] != quote { index += 1 }
                    value = (valueStart, index - valueStart)
                    index += 1
                } else {
                    let valueStart = index
                    while index < text.count, !ActiveMedia.isSpace(text[index]), text[index] != UInt8(ascii: ">") { index += 1 }
                    value = (valueStart, index - valueStart)
                }
            }
            attributes.append(Attribute(name: attributeName, offset: nameStart, value: value))
        }
        self.attributes = attributes
        end = min(text.count, index + 1)
    }

    /// The first attribute of that name (a namespace prefix ignored) with its text.
    func value(_ attribute: String) -> (offset: Int, value: String)? {
        for candidate in attributes {
            let local = candidate.name.split(separator: ":").last.map(String.init) ?? candidate.name
            guard local == attribute else { continue }
            guard let value = candidate.value else { return (candidate.offset, "") }
            return (value.offset, String(decoding: text[value.offset..<(value.offset + value.length)], as: UTF8.self).trimmingSpaces)
        }
        return nil
    }

    static func isNameStart(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isNameByte(_ byte: UInt8) -> Bool {
        ActiveMedia.isLetter(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }
}
