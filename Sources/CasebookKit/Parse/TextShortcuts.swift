import Foundation

/// Checks on field values that answer the common case from the first or last bytes and
/// defer to the full (Character- or Foundation-based) check otherwise, so the answer is
/// always the full check's. They run on nearly every value of every file.
enum TextShortcuts {
    /// `text.allSatisfy(\.isWhitespace)`. A Character is whitespace by its first scalar, so
    /// a first byte that is ASCII and not whitespace settles it.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, !isASCIIWhitespace(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, which costs tens of microseconds on Linux
    /// even when there is nothing to trim: text that starts and ends with an ASCII character
    /// other than a space or tab has nothing to trim.
    static func trimmingWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != UInt8(ascii: " "), first != UInt8(ascii: "\t"), last != UInt8(ascii: " "), last != UInt8(ascii: "\t") {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `URLPolicy.isAllowedExternal(url)`. `https://` or `http://` written in lower case and
    /// followed by an ASCII character that is neither `/` nor whitespace is allowed (that
    /// character starts the host whatever follows it); anything else gets the full check.
    static func isAllowedExternal(_ url: String) -> Bool {
        let utf8 = url.utf8
        for prefix in ["https://", "http://"] where utf8.starts(with: prefix.utf8) {
            let rest = utf8.dropFirst(prefix.utf8.count)
            if let next = rest.first, next < 0x80, next != UInt8(ascii: "/"), !isASCIIWhitespace(next) { return true }
        }
        return URLPolicy.isAllowedExternal(url)
    }

    /// `text.contains(",")`: without a comma byte there is no comma character.
    static func containsComma(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: ",")) && text.contains(",")
    }

    /// The ASCII characters that `Character.isWhitespace` accepts: tab to carriage return, space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }
}
