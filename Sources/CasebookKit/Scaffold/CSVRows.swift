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
        /// A quoted field not closed before the end of the file, from the row and column it starts in.
        case unclosedQuote(row: Int, column: Int)
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
        var quoteStart = (row: 1, column: 1)
        func endRecord() {
            fields.append(field)
            // A blank line is no row of data, but keeps its number, as in the spreadsheet; nor
            // is a row of empty cells (`;;;;`, as spreadsheets save an empty row).
            if !fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { records.append((number, fields)) }
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
                quoteStart = (number, fields.count + 1)
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
        if quoted { return .failure(.unclosedQuote(row: quoteStart.row, column: quoteStart.column)) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { return .failure(.empty) }
        let header = first.1.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return .success(CSVRows(header: header, rows: records.dropFirst().map { Row(number: $0.0, fields: $0.1) }))
    }

    /// What the header and the rows say that no column would read: a column named twice (the
    /// second once replaced the first), and cells past the header's last column (a separator
    /// in a cell not in quotes once cut the cell there and dropped the rest).
    func problems(file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var first: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let earlier = first[name] {
                problems.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1),
                    "the column '\(name)' is named twice (columns \(earlier + 1) and \(index + 1)); keep one"))
            } else {
                first[name] = index
            }
        }
        for row in rows where row.fields.count > header.count {
            guard let extra = row.fields.indices.dropFirst(header.count).first(where: { !row.fields[$0].allSatisfy(\.isWhitespace) }) else { continue }
            problems.append(Diagnostic(.error, file, SourcePosition(line: row.number, column: extra + 1),
                "the row has \(row.fields.count) cells, but the header names \(header.count) columns; a cell that holds the separator must be in double quotes"))
        }
        return problems
    }
}
