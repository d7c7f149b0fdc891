import Foundation

/// A spreadsheet saved as CSV, read as RFC 4180 says (quoted fields may hold the separator,
/// line breaks and doubled quotes), in UTF-8 with or without a byte order mark. The
/// separator is the header's: a comma, or the semicolon spreadsheets write where the comma
/// is the decimal mark (Russian and Kazakh settings).
struct CSVRows {
    struct Row {
        /// The row's number as a spreadsheet shows it: the header is row 1 (a field holding a
        /// line break stays in its row).
        let number: Int
        let fields: [String]
    }

    let header: [String]
    let rows: [Row]

    enum Problem: Error, Equatable {
        case notUTF8
        case empty
        /// A quoted field not closed before the end of the file, from the row it starts in.
        case unclosedQuote(row: Int)
    }

    static func read(_ bytes: [UInt8]) -> Result<CSVRows, Problem> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else { return .failure(.notUTF8) }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let separator: Character = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        var records: [(Int, [String])] = []
        var fields: [String] = [], field = "", quoted = false, atFieldStart = true
        var number = 1
        func endRecord() {
            fields.append(field)
            // A blank line is no row of data, but keeps its number, as in the spreadsheet.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((number, fields)) }
            number += 1
            fields = []
            field = ""
            atFieldStart = true
        }
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case separator:
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                endRecord()
            default:
                field.append(c)
                atFieldStart = false
            }
        }
        if quoted { return .failure(.unclosedQuote(row: number)) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { return .failure(.empty) }
        let header = first.1.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return .success(CSVRows(header: header, rows: records.dropFirst().map { Row(number: $0.0, fields: $0.1) }))
    }
}
