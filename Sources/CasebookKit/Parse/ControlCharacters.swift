/// Control characters (Unicode's Cc: C0, DEL and C1) other than tab, line feed and
/// carriage return have no place in an archive's text. Written into a page they could be
/// taken for the renderer's own site-root marker (U+0001), and quoted in a message they
/// could drive a terminal. So each one is an error where it was written: as a raw
/// character anywhere in a file, as a numeric character reference (`&#1;`) in a Markdown
/// body, or as an escape (`\e`, `\x01`) in a double-quoted YAML value.
enum ControlCharacters {
    static func isForbidden(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (value >= 0x7F && value <= 0x9F)
    }

    /// Whether a value holds one: a byte scan, with a look at the scalars only when a byte could start one.
    static func contains(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return false }
        return text.unicodeScalars.contains { isForbidden($0.value) }
    }

    /// "U+001B (ESC, a control character)".
    static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let short = value < 0x20 ? c0Names[Int(value)] : value == 0x7F ? "DEL" : nil
        return code + (short.map { " (\($0), a control character)" } ?? " (a control character)")
    }

    static let c0Names = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR",
                          "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
                          "FS", "GS", "RS", "US"]

    static func message(_ value: UInt32, writtenAs written: String? = nil) -> String {
        guard let written else { return "\(name(value)) is not allowed in text; delete it" }
        return "'\(written)' stands for \(name(value)), which is not allowed in text; delete it"
    }

    /// One found in a file: where (a byte offset), which, and how it was written when not raw.
    struct Found {
        let offset: Int
        let value: UInt32
        let written: String?
    }

    /// Every raw one in `range` of the bytes, and with `references` every numeric character
    /// reference that Markdown would turn into one (`&#0;` too: CommonMark makes it U+FFFD,
    /// but it is never meant). One pass; most bytes are compared and passed.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, references: Bool) -> [Found] {
        var found: [Found] = []
        var index = range.lowerBound
        guard let base = bytes.baseAddress else { return found }
        let raw = UnsafeRawPointer(base)
        while index < range.upperBound {
            // Eight bytes at a time while none of them could start one (nearly all text).
            if index + 8 <= range.upperBound, !mayStart(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), references) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F {
                if isForbidden(UInt32(byte)) { found.append(Found(offset: index, value: UInt32(byte), written: nil)) }
            } else if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                found.append(Found(offset: index, value: UInt32(bytes[index + 1]), written: nil))
            } else if references, byte == UInt8(ascii: "&"), let reference = reference(bytes, at: index, end: range.upperBound),
                      reference.value == 0 || isForbidden(reference.value) {
                found.append(Found(offset: index, value: reference.value, written: reference.text))
            }
            index += 1
        }
        return found
    }

    /// Whether any of eight bytes is below 0x20, DEL, 0xC2 (the lead byte of C1) or, with
    /// `references`, `&`: the classic bit tricks for "a byte less than n" and "a zero byte".
    static func mayStart(_ word: UInt64, _ references: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & high != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & high != 0
        return below20 || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
            || (references && hasZeroByte(word ^ (ones &* 0x26)))
    }

    /// `&#123;` or `&#x7B;` at `index`, as CommonMark reads them (up to 7 decimal or 6 hex digits).
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (value: UInt32, text: String)? {
        guard index + 3 < end, bytes[index + 1] == UInt8(ascii: "#") else { return nil }
        let isHex = bytes[index + 2] | 0x20 == UInt8(ascii: "x")
        var cursor = index + (isHex ? 3 : 2)
        var value: UInt32 = 0, digits = 0
        while cursor < end, digits < (isHex ? 6 : 7), let digit = digitValue(bytes[cursor], hex: isHex) {
            value = value * (isHex ? 16 : 10) + digit
            digits += 1
            cursor += 1
        }
        guard digits > 0, cursor < end, bytes[cursor] == UInt8(ascii: ";") else { return nil }
        return (value, String(decoding: UnsafeBufferPointer(rebasing: bytes[index...cursor]), as: UTF8.self))
    }

    static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Reports the first one found (the others are counted in its message: one mistake,
    /// such as pasted binary, is one message) at its line and column in the file.
    static func report(_ found: [Found], in bytes: UnsafeBufferPointer<UInt8>, diagnostics: inout Diagnostics) {
        guard let first = found.first else { return }
        let more = found.count > 1 ? " (\(found.count - 1) more after it in this file)" : ""
        diagnostics.error(position(of: first.offset, in: bytes), message(first.value, writtenAs: first.written) + more)
    }

    /// Line and column (in Unicode scalars, as libyaml counts) of a byte offset.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1, column = 1
        for index in 0..<offset {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
