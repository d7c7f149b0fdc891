/// How the search index writes its values: number lists as short texts, and JSON.
extension SearchIndex {
    /// Digits of the last 5 bits of a number, and of the 5-bit groups before them.
    static let lastDigits = Array("0123456789abcdefghijklmnopqrstuv".utf8)
    static let leadingDigits = Array("wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$".utf8)

    /// A list of non-negative numbers as one short text: each number in base 32, its last
    /// digit from `lastDigits` and any before it from `leadingDigits`, so no separator is
    /// needed. A sorted list of distinct numbers is written as differences ("gaps"), which
    /// are small: word positions take one or two characters each instead of four to six.
    static func numbers(_ values: [Int], sorted: Bool = false) -> String {
        var out: [UInt8] = []
        var previous = 0
        for value in values {
            var rest = sorted ? value - previous : value
            previous = value
            var digits = [lastDigits[rest & 31]]
            rest >>= 5
            while rest > 0 {
                digits.append(leadingDigits[rest & 31])
                rest >>= 5
            }
            out += digits.reversed()
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SearchIndex {
    /// Just enough JSON for the index: written by hand so the bytes are the same on every build.
    /// (Nested, so it cannot clash with another JSON type of the module.)
    enum JSONValue: Sendable {
        case int(Int)
        case string(String)
        case array([JSONValue])
        case object([(String, JSONValue)])

        func write(to out: inout [UInt8]) {
            switch self {
            case .int(let value): out += String(value).utf8
            case .string(let text): Self.quote(text, into: &out)
            case .array(let items):
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    item.write(to: &out)
                }
                out.append(UInt8(ascii: "]"))
            case .object(let members):
                out.append(UInt8(ascii: "{"))
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    Self.quote(key, into: &out)
                    out.append(UInt8(ascii: ":"))
                    value.write(to: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
        }

        /// A JSON string that is also a valid JavaScript string: the open data's writer.
        static func quote(_ text: String, into out: inout [UInt8]) {
            JSON.quote(text, into: &out, scriptSafe: false)
        }
    }
}
