/// A JSON value, written by hand so that key order, number forms and escapes never depend
/// on the platform: the same archive always gives the same bytes. Not `indirect`: the
/// arrays already give the recursion a fixed size, and a box for every value was a tenth
/// of making cases.json.
enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written as its digits: exact, and a valid JSON number.
    case number(DecimalNumber)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    static func text(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
    static func date(_ value: PartialDate?) -> JSON { value.map { .string($0.description) } ?? .null }
    static func amount(_ value: DecimalNumber?) -> JSON { value.map(JSON.number) ?? .null }
    static func texts(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }

    /// Compact JSON, except that containers less than `prettyDepth` levels deep put each
    /// member on its own line (so a file of records shows one record per line).
    /// `scriptSafe` escapes `<`, `>` and `&` too, for a `<script>` element in HTML.
    /// `capacity`: the expected size, reserved up front (a large document grown by doubling
    /// is copied again each time, into freshly zeroed memory).
    func bytes(prettyDepth: Int = 0, scriptSafe: Bool = false, capacity: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(into: &out, depth: 0, prettyDepth: prettyDepth, scriptSafe: scriptSafe)
        return out
    }

    func written(prettyDepth: Int = 0, scriptSafe: Bool = false) -> String {
        String(decoding: bytes(prettyDepth: prettyDepth, scriptSafe: scriptSafe), as: UTF8.self)
    }

    func write(into out: inout [UInt8], depth: Int, prettyDepth: Int, scriptSafe: Bool) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .number(let value): out += value.digits.utf8
        case .string(let value): Self.quote(value, into: &out, scriptSafe: scriptSafe)
        case .array(let items):
            container(UInt8(ascii: "["), UInt8(ascii: "]"), items.count, into: &out, depth: depth, prettyDepth: prettyDepth) { index, out in
                items[index].write(into: &out, depth: depth + 1, prettyDepth: prettyDepth, scriptSafe: scriptSafe)
            }
        case .object(let members):
            let pretty = depth < prettyDepth
            container(UInt8(ascii: "{"), UInt8(ascii: "}"), members.count, into: &out, depth: depth, prettyDepth: prettyDepth) { index, out in
                Self.quote(members[index].0, into: &out, scriptSafe: scriptSafe)
                out += (pretty ? ": " : ":").utf8
                members[index].1.write(into: &out, depth: depth + 1, prettyDepth: prettyDepth, scriptSafe: scriptSafe)
            }
        }
    }

    private func container(_ open: UInt8, _ close: UInt8, _ count: Int, into out: inout [UInt8], depth: Int,
                           prettyDepth: Int, member: (Int, inout [UInt8]) -> Void) {
        out.append(open)
        guard count > 0 else { out.append(close); return }
        let pretty = depth < prettyDepth
        let indent: [UInt8] = pretty ? [10] + Array(repeating: 32, count: 2 * (depth + 1)) : []
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out += indent
            member(index, &out)
        }
        if pretty { out += [10] + Array(repeating: 32, count: 2 * depth) }
        out.append(close)
    }

    static func quote(_ text: String, into out: inout [UInt8], scriptSafe: Bool) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { quoteBytes($0, into: &out, scriptSafe: scriptSafe) }
        out.append(UInt8(ascii: "\""))
    }

    /// Per byte: 0 copied as it is, 1 always looked at, 2 looked at in script-safe text.
    private static let attention: [UInt8] = (0..<256).map { byte in
        switch byte {
        case ..<0x20, 0x22, 0x5C, 0xE2: 1
        case 0x3C, 0x3E, 0x26: 2
        default: 0
        }
    }

    private static func quoteBytes(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], scriptSafe: Bool) {
        // Runs of bytes that need no escape are copied whole (the data files are tens of MB).
        let limit: UInt8 = scriptSafe ? 2 : 1
        attention.withUnsafeBufferPointer { attention in
            var start = 0
            var index = 0
            func flush() { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            while index < bytes.count {
                let byte = bytes[index]
                let look = attention[Int(byte)]
                if look == 0 || look > limit {
                    index += 1
                    continue
                }
                flush()
                switch byte {
                case UInt8(ascii: "\""): out += [92, 34]
                case UInt8(ascii: "\\"): out += [92, 92]
                case 0x0A: out += [92, UInt8(ascii: "n")]
                case 0x0D: out += [92, UInt8(ascii: "r")]
                case 0x09: out += [92, UInt8(ascii: "t")]
                case ..<0x20: hex(UInt32(byte), into: &out)
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): hex(UInt32(byte), into: &out)
                // U+2028 and U+2029 (E2 80 A8/A9) end a line in older JavaScript parsers.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    hex(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    index += 2
                default: out.append(byte)
                }
                index += 1
                start = index
            }
            flush()
        }
    }

    static func hex(_ value: UInt32, into out: inout [UInt8]) {
        let digits = Array(String(value, radix: 16).utf8)
        out += [92, UInt8(ascii: "u")] + Array(repeating: UInt8(ascii: "0"), count: max(0, 4 - digits.count)) + digits
    }
}
