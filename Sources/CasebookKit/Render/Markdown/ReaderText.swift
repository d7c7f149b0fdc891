import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown text as its reader sees it, for the leak check: character references
/// decoded (`Sekr&#101;tova`), and emphasis, code and escape marks, HTML tags and links'
/// addresses taken out (`Sekre*tova*`, `Sekre<b>tova</b>`, `[Жанар](https://…) Ахметовна`),
/// so that a name split or encoded in the file is
/// found whole, as the page shows it. Lines are kept, so a finding keeps its line.
enum ReaderText {
    /// nil when nothing in the text can change what a reader sees of it. `links`: a text
    /// whose only marks are links is read too (the leak check asks only when the text holds
    /// a word of a protected name, which a link could split from the next).
    static func of(_ text: String, links: Bool = false) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: isMark) || (links && bytes.contains(UInt8(ascii: "]"))) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
                index += 1
                continue
            case UInt8(ascii: "]"):
                // A link's address or label is not shown: "[Жанар](https://…) Ахметовна" reads "Жанар Ахметовна".
                if let end = linkTarget(bytes, after: index) {
                    out.append(byte)
                    index = end
                    continue
                }
            case UInt8(ascii: "<"):
                // A tag ends on its line; a lone "<" stays.
                if let close = bytes[index...].prefix(200).firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\n") }),
                   bytes[close] == UInt8(ascii: ">") {
                    index = close + 1
                    continue
                }
            case UInt8(ascii: "&"):
                if let semicolon = bytes[index...].prefix(40).firstIndex(of: UInt8(ascii: ";")),
                   let decoded = reference(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)) {
                    out += decoded.utf8
                    index = semicolon + 1
                    continue
                }
            default:
                break
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the address `(…)` or label `[…]` right after a link's text ends (past it), on
    /// the same line; nil when none follows.
    static func linkTarget(_ bytes: [UInt8], after index: Int) -> Int? {
        guard index + 1 < bytes.count else { return nil }
        let open = bytes[index + 1]
        guard open == UInt8(ascii: "(") || open == UInt8(ascii: "[") else { return nil }
        let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var depth = 0
        var position = index + 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
            if bytes[position] == open { depth += 1 } else if bytes[position] == close {
                depth -= 1
                if depth == 0 { return position + 1 }
            }
            position += 1
        }
        return nil
    }

    static func isMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "\\")
    }

    /// `#101`, `#x65` or a named reference (`eacute`), as the character it stands for; nil
    /// when it is none.
    static func reference(_ name: String) -> String? {
        guard !name.isEmpty, name.utf8.allSatisfy({ $0 == UInt8(ascii: "#") || ($0 < 0x80 && ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A || $0 >= 0x30 && $0 <= 0x39)) })
        else { return nil }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first.map { $0 == "x" || $0 == "X" } == true ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        // A named reference is decoded by cmark itself, which knows every HTML5 name.
        let markdown = "&\(name);"
        guard let html = markdown.withCString({ cmark_markdown_to_html($0, markdown.utf8.count, CMARK_OPT_DEFAULT) }) else { return nil }
        defer { free(html) }
        let text = String(cString: html)
        guard text.hasPrefix("<p>"), text.hasSuffix("</p>\n") else { return nil }
        let inner = String(text.dropFirst(3).dropLast(5))
        // Not a known name: cmark leaves it as written.
        return inner == "&amp;\(name);" ? nil : inner.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }
}
