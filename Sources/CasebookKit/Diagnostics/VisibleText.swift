/// Text made safe to print on one line of a terminal or a CI log: every character that
/// could move the cursor, end the line, ring the bell, start an escape sequence or reorder
/// the text is written as a visible escape. Messages quote file names and values as
/// written, and those come from contributors.
///
/// `\n`, `\r` and `\t` keep their familiar form; any other control character (C0, DEL,
/// C1), U+2028 and U+2029 (line and paragraph separators) and the bidirectional controls
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) become `\u{1B}`, Swift's form,
/// with the code point in hexadecimal. A backslash is left as it is.
public enum VisibleText {
    public static func escape(_ text: String) -> String {
        // Printable ASCII needs nothing: most messages are checked byte by byte and returned.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsEscape(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
