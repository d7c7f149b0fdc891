import Mustache

/// The same escaping as swift-mustache's HTML content type (& < > " '), done on UTF-8
/// bytes: the library's version walks characters and looks each one up in a dictionary,
/// which was an eighth of the whole build. Every template is parsed with this content type
/// named first (`Theme.contentTypePragma`), so `{{value}}` is escaped exactly as before.
struct FastHTMLContentType: MustacheContentType {
    static let name = "CASEBOOK_HTML"

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}

enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
