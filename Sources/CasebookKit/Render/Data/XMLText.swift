/// Text made safe for XML 1.0 (the feed and the sitemap).
enum XMLText {
    /// Escapes markup characters (quotes too, so the result also fits in attributes) and
    /// drops characters XML 1.0 forbids, such as most control characters, which would make
    /// the whole file unreadable to a feed reader.
    static func escape(_ text: String) -> String {
        // Most texts (every address of the sitemap) have nothing to escape or drop.
        if !text.utf8.contains(where: needsCare) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A byte of a character `escape` changes or drops: markup, a control character, or the
    /// lead byte of U+FFFE and U+FFFF (0xEF, shared with other characters, which then take
    /// the careful path).
    static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }

    /// A partial date as a full date at the start of its period: `2021-03` -> `2021-03-01`.
    /// The feed's timestamps and the sitemap's `lastmod` both use it: neither format
    /// (Atom's RFC 3339, the sitemap 0.9 schema) accepts a year or a month alone.
    static func fullDate(_ date: PartialDate) -> String {
        "\(String(date.year).leftPadded(to: 4))-\(String(date.month ?? 1).leftPadded(to: 2))"
            + "-\(String(date.day ?? 1).leftPadded(to: 2))"
    }

    /// A partial date as an RFC 3339 timestamp at the start of its period:
    /// `2021-03` -> `2021-03-01T00:00:00Z`.
    static func timestamp(_ date: PartialDate) -> String {
        fullDate(date) + "T00:00:00Z"
    }
}
