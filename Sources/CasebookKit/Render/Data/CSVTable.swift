/// One column of a CSV file: its name, what it holds (shown on the data page), and how to
/// read it from a row.
struct CSVColumn<Row>: Sendable {
    let name: String
    let description: String
    let value: @Sendable (Row) -> String

    init(_ name: String, _ description: String, _ value: @escaping @Sendable (Row) -> String) {
        self.name = name
        self.description = description
        self.value = value
    }
}

/// A CSV file as RFC 4180 describes it: CRLF line ends, fields with a comma, quote or line
/// break in double quotes, quotes doubled. It starts with a UTF-8 byte order mark so that
/// Excel reads Cyrillic and Kazakh names as UTF-8 rather than in the machine's code page.
enum CSVTable {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Lists inside one field (charges, tags, ids) are joined with this.
    static let listSeparator = "; "
    /// The first bytes that make a cell start with an apostrophe.
    static let formulaStarts: [UInt8] = Array("=+-@\t\r\0".utf8)

    static func bytes<Row>(_ columns: [CSVColumn<Row>], _ rows: [Row]) -> [UInt8] {
        var out = byteOrderMark
        // Room for about 32 bytes a cell up front (cases.csv averages under 20): a table of
        // 100,000 rows is over 100 MB, and growing it by doubling copies it again each time
        // into freshly zeroed memory.
        out.reserveCapacity(rows.count * columns.count * 32)
        func record(_ values: [String]) {
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(value, into: &out)
            }
            out += [13, 10]
        }
        record(columns.map(\.name))
        for row in rows { record(columns.map { $0.value(row) }) }
        return out
    }

    /// One field, quoted when needed. A value that a spreadsheet would run as a formula
    /// (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so a
    /// hostile name cannot become a formula when the file is opened in Excel; so does one
    /// starting with NUL, which some readers drop to expose the formula behind it (content
    /// cannot hold control characters, but the writer does not rely on it). cases.json
    /// keeps every value exactly as written. A value that already starts with an apostrophe
    /// before such a character (`'=x`) gets one more, so that taking the guard off, as a
    /// spreadsheet and `casebook import` do, gives the value back rather than `=x`.
    static func write(_ value: String, into out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            let formula = needsGuard(bytes)
            let quoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            if quoted { out.append(UInt8(ascii: "\"")) }
            if formula { out.append(UInt8(ascii: "'")) }
            if quoted {
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
            } else {
                out.append(contentsOf: bytes)
            }
            if quoted { out.append(UInt8(ascii: "\"")) }
        }
    }

    /// Whether a value gets the apostrophe: it starts with a formula start, or with an
    /// apostrophe before one. The reader takes an apostrophe off a value whose rest does.
    static func needsGuard<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first else { return false }
        if formulaStarts.contains(first) { return true }
        return first == UInt8(ascii: "'") && bytes.dropFirst().first.map { formulaStarts.contains($0) } == true
    }

    static func field(_ value: String) -> String {
        var out: [UInt8] = []
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func list(_ values: [String]) -> String { values.joined(separator: listSeparator) }
}
