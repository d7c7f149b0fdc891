/// The folded words the leak check compares: `SearchNormalizer.words`, with a Latin "c"
/// read as "k" (but "ch" kept), so that "Secretova" is caught as "Sekretova" is; invisible
/// and look-alike characters read as the page shows them; and a text's words joined in
/// CamelCase read apart ("#FreeSekretova", "@ZhanarSekretova", "СвободуСекретовой").
/// Names are folded whole (`wholeWords`): "McDonald" is one word of a name, and "Mc Donald"
/// another spelling of it (`ProtectedWords` keeps both).
enum LeakFold {
    /// A text's words, CamelCase joins read apart.
    static func words(_ text: String) -> [String] {
        fold(text, splitJoins: true)
    }

    /// A name's words as written, CamelCase kept whole.
    static func wholeWords(_ text: String) -> [String] {
        fold(text, splitJoins: false)
    }

    static func fold(_ text: String, splitJoins: Bool) -> [String] {
        // Invisible characters (a soft hyphen, a zero-width joiner, a tag character) inside a name leave it whole on the page.
        var text = text.utf8.contains(where: { $0 == 0xAD || $0 == 0xE2 || $0 == 0xEF || $0 == 0xD8 || $0 == 0xE1 || $0 == 0xF3 })
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .format })) : text
        // Styled, fullwidth and small-capital letters, and Greek ones that look Latin.
        if LeakLookAlikes.mayHold(text) { text = LeakLookAlikes.plain(text) }
        if splitJoins, let apart = camelApart(text) { text = apart }
        // ASCII letters are one byte each in UTF-8: replaced in place, the text stays valid.
        var bytes = Array(text.utf8)
        var changed = false
        for index in bytes.indices where bytes[index] | 0x20 == 0x63 {
            let next = index + 1 < bytes.count ? bytes[index + 1] | 0x20 : 0
            if next != 0x68 {
                bytes[index] += 8  // c -> k, C -> K
                changed = true
            }
        }
        return SearchNormalizer.words(changed ? String(decoding: bytes, as: UTF8.self) : text)
    }

    /// The text with a space where a lower-case letter meets an upper-case one
    /// ("FreeSekretova", "СвободуСекретовой") or an upper-case run meets a word
    /// ("FREESekretova"); nil when there is no such place (most texts).
    static func camelApart(_ text: String) -> String? {
        guard mayJoin(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        for (index, scalar) in scalars.enumerated() {
            if index > 0, scalar.properties.isUppercase {
                let previous = scalars[index - 1].properties
                if previous.isLowercase
                    || (previous.isUppercase && index + 1 < scalars.count && scalars[index + 1].properties.isLowercase) {
                    out.append(" ")
                    changed = true
                }
            }
            out.append(scalar)
        }
        return changed ? String(out) : nil
    }

    /// Whether a text may have a CamelCase join: in ASCII, a lower-case letter before an
    /// upper-case one, or two upper-case ones before a lower-case one; any text with other
    /// letters is looked at by their properties.
    static func mayJoin(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            let upper = byte >= 0x41 && byte <= 0x5A
            if upper && previous >= 0x61 && previous <= 0x7A { return true }
            if byte >= 0x61 && byte <= 0x7A && previous >= 0x41 && previous <= 0x5A && beforePrevious >= 0x41 && beforePrevious <= 0x5A { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The text with its percent-escapes decoded (`%D0%A1%D0%B5…` is "Се…", `%53ekretova`
    /// "Sekretova"), twice-encoded ones too; nil when it holds none.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return nil }
        var bytes = Array(text.utf8)
        var changed = false
        for _ in 0..<3 {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            var decodedAny = false
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                   let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                    out.append(high << 4 | low)
                    index += 3
                    decodedAny = true
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            guard decodedAny else { break }
            bytes = out
            changed = true
            if !bytes.contains(UInt8(ascii: "%")) { break }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : nil
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
