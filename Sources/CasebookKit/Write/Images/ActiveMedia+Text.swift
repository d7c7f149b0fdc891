/// How `ActiveMedia` reads an SVG image's text: lower-case ASCII, with XML character
/// references and CSS escapes undone, so that `&#106;avascript:` or `\6a avascript:`
/// reads as what the browser runs; elements found with or without a namespace prefix.
extension ActiveMedia {
    /// XML's own named references that can stand in an address (`&lt;` and `&gt;` are left:
    /// decoded, a text reading `&lt;script&gt;` would look like a script).
    static let namedReferences: [(name: [UInt8], byte: UInt8)] = [("quot", "\""), ("apos", "'"), ("amp", "&")]
        .map { (Array("&\($0.0);".utf8), UInt8(ascii: $0.1)) }

    /// The text with `&#106;`, `&#x6A;` and `&quot;` turned into their ASCII characters.
    static func decoded(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(UInt8(ascii: "&")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == UInt8(ascii: "&"),
               let named = namedReferences.first(where: { text[index...].starts(with: $0.name) }) {
                out.append(named.byte)
                index += named.name.count
                continue
            }
            if text[index] == UInt8(ascii: "&"), index + 2 < text.count, text[index + 1] == UInt8(ascii: "#"),
               let semicolon = text[(index + 2)...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                let digits = String(decoding: text[(index + 2)..<semicolon], as: UTF8.self)
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value, value < 0x80 {
                    out.append(UInt8(value | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)))
                    index = semicolon + 1
                    continue
                }
            }
            out.append(text[index])
            index += 1
        }
        return out
    }

    static func contains(_ text: [UInt8], _ word: String) -> Bool { positions(text, word).first != nil }

    /// Where `word` starts in the text.
    static func positions(_ text: [UInt8], _ word: String) -> [Int] {
        let needle = Array(word.utf8)
        guard text.count >= needle.count else { return [] }
        return (0...(text.count - needle.count)).filter { start in
            text[start] == needle[0] && text[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// An element of that local name, with a namespace prefix or without (`<script`, `<h:script`).
    static func element(_ text: [UInt8], _ name: String) -> Bool {
        positions(text, name).contains { start in
            guard start > 0 else { return false }
            if text[start - 1] == UInt8(ascii: "<") { return true }
            guard text[start - 1] == UInt8(ascii: ":") else { return false }
            var before = start - 2
            while before >= 0, isLetter(text[before]) || text[before] == UInt8(ascii: "-") || text[before] == UInt8(ascii: "_") { before -= 1 }
            return before >= 0 && text[before] == UInt8(ascii: "<")
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) }

    /// The text with CSS escapes undone: `\72` and `\000072 ` are `r`, `\:` is `:`.
    static func cssUnescaped(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "\\"), index + 1 < text.count, text[index + 1] != 0x0A else {
                out.append(text[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count, end - index <= 6, let _ = hexValue(text[end]) { end += 1 }
            guard end > index + 1 else {
                out.append(text[index + 1])
                index += 2
                continue
            }
            let value = text[(index + 1)..<end].reduce(UInt32(0)) { $0 * 16 + UInt32(hexValue($1)!) }
            out.append(value < 0x80 ? UInt8(value) | (value >= 0x41 && value <= 0x5A ? 0x20 : 0) : UInt8(ascii: "?"))
            index = end < text.count && isSpace(text[end]) ? end + 1 : end
        }
        return out
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
