/// A `Range: bytes=…` request for one part of a file (RFC 9110, 14.2), as the dev server
/// honours it: a video in media/ is played and sought through such requests, and Safari
/// plays none whose server ignores them. One range only; several, a malformed one, one
/// on HEAD, or an `If-Range` that is not the file's tag get the whole file, as the RFC
/// allows. A range that starts past the end gets 416.
public enum ByteRange: Equatable, Sendable {
    case whole
    case part(ClosedRange<Int>)
    case unsatisfiable

    /// What to send of a file of `size` bytes with strong tag `etag`.
    public static func of(range: String?, ifRange: String?, etag: String, size: Int) -> ByteRange {
        guard let range else { return .whole }
        // If-Range as a date is not honoured: the server sends no Last-Modified to match.
        if let ifRange, ifRange.httpTrimmed != etag { return .whole }
        let text = range.httpTrimmed
        guard text.utf8.count > 6, text.prefix(6).lowercased() == "bytes=" else { return .whole }
        let spec = text.dropFirst(6).httpTrimmed
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return .whole }
        let first = spec[..<dash].httpTrimmed, last = spec[spec.index(after: dash)...].httpTrimmed
        if first.isEmpty {
            // "-500": the last 500 bytes.
            guard let count = number(last) else { return .whole }
            guard count > 0, size > 0 else { return .unsatisfiable }
            return .part(max(0, size - count)...(size - 1))
        }
        guard let start = number(first) else { return .whole }
        let end: Int
        if last.isEmpty {
            end = size - 1
        } else {
            guard let given = number(last), given >= start else { return .whole }
            end = min(given, size - 1)
        }
        return start < size ? .part(start...end) : .unsatisfiable
    }

    /// `Content-Range` of a part sent, or of a 416 (`bytes */size`).
    public static func contentRange(_ part: ClosedRange<Int>?, size: Int) -> String {
        guard let part else { return "bytes */\(size)" }
        return "bytes \(part.lowerBound)-\(part.upperBound)/\(size)"
    }

    /// Decimal digits only; a number too long for an Int is as good as endless.
    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(text) ?? Int.max
    }
}

private extension StringProtocol {
    /// Without the spaces and tabs HTTP allows around a value.
    var httpTrimmed: Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
