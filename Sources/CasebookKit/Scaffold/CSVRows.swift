import Foundation

/// A spreadsheet saved as CSV, read as RFC 4180 says (quoted fields may hold the separator,
/// line breaks and doubled quotes), in UTF-8 with or without a byte order mark, UTF-16 with
/// one, or Windows-1251 (`CSVText`). The separator is the header's: a comma, the semicolon
/// spreadsheets write where the comma is the decimal mark (Russian and Kazakh settings), or
/// a tab (Excel's "Unicode Text").
struct CSVRows {
    struct Row {
        /// The row's number as a spreadsheet shows it: the header is row 1 (a field holding a
        /// line break stays in its row).
        let number: Int
        let fields: [String]
    }

    /// The columns the header names, lower case, a Russian or Kazakh name read as the column
    /// it is (`ImportColumns.canonical`: `ФИО` is `person_name`).
    let header: [String]
    let rows: [Row]
    /// The header's cells as written (spaces around aside), for messages.
    var written: [String] = []
    /// Cells in quotes with a quote inside not written twice, where each starts and what it
    /// was read as (`problems`).
    var strayQuotes: [(row: Int, column: Int, cell: String)] = []
    /// How the file was saved: in Windows-1251 a '?' may stand for a letter it has no byte for.
    var encoding = CSVText.Encoding.utf8

    enum Problem: Error, Equatable {
        /// A byte that is not UTF-8, at the row and column it is in.
        case notUTF8(row: Int, column: Int, byte: UInt8)
        case empty
        /// A quoted field not closed before the end of the file, from the row and column it starts in.
        case unclosedQuote(row: Int, column: Int)
        /// The header's cells are separated by another character than a comma, semicolon or tab.
        case otherSeparator(Character)
        /// A workbook (.xlsx, .ods, .xls) given for its CSV: what it is.
        case workbook(String)
        /// A byte order mark of UTF-16, then bytes that are not UTF-16 text.
        case notUTF16
    }

    static func read(_ bytes: [UInt8]) -> Result<CSVRows, Problem> {
        if let workbook = CSVText.workbook(bytes) { return .failure(.workbook(workbook)) }
        if let utf16 = CSVText.utf16(bytes) {
            guard let text = utf16 else { return .failure(.notUTF16) }
            return read(text, encoding: .utf16)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            if let text = CSVText.windows1251(body) { return read(text, encoding: .windows1251) }
            // Where the bad byte is: the rows before it read as far as they are valid.
            let bad = firstInvalid(body)
            let before = Parser(String(decoding: body[..<bad], as: UTF8.self), complete: false)
            return .failure(.notUTF8(row: before.number, column: before.fields.count + 1, byte: body[bad]))
        }
        return read(text, encoding: .utf8)
    }

    static func read(_ text: String, encoding: CSVText.Encoding) -> Result<CSVRows, Problem> {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        var firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        // `sep=;`, the line some programs write above the header to tell Excel the separator
        // (Excel hides it): the separator it names, and the header on the next line, which
        // stays row 1, as Excel shows it.
        var named: Character?
        if firstLine.count == 5, firstLine.lowercased().hasPrefix("sep="), let separator = firstLine.last, [",", ";", "\t"].contains(separator) {
            named = separator
            text = String(text.dropFirst(firstLine.count + 1))
            firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        }
        if named == nil, let separator = otherSeparator(firstLine) { return .failure(.otherSeparator(separator)) }
        let parser = Parser(text, separator: named)
        if parser.quoted { return .failure(.unclosedQuote(row: parser.quoteStart.row, column: parser.quoteStart.column)) }
        guard let first = parser.records.first else { return .failure(.empty) }
        let header = first.1.map(ImportColumns.canonical)
        return .success(CSVRows(header: header, rows: parser.records.dropFirst().map { Row(number: $0.0, fields: $0.1) },
                                written: first.1.map { $0.trimmingCharacters(in: .whitespaces) }, strayQuotes: parser.strayQuotes, encoding: encoding))
    }

    /// The separator of a header that has no comma, semicolon or tab but is column names
    /// joined by another character (LibreOffice saves with any: `case_title|status`, spaces).
    /// Read as one column, it was every column missing and one unknown.
    static func otherSeparator(_ line: Substring) -> Character? {
        guard !line.contains(where: { $0 == "," || $0 == ";" || $0 == "\t" }) else { return nil }
        let cell = line.filter { $0 != "\"" }.trimmingCharacters(in: .whitespaces).lowercased()
        func isName(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }
        let separator = cell.first { !isName($0) && $0 != " " } ?? " "
        let names = cell.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        // Column names, two at least (`case_title`, `person_name`): not one column named in words.
        let columns = names.filter { ImportColumns.names.contains($0) || $0.contains("_") }
        return columns.count > 1 && names.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isName) }) ? separator : nil
    }

    /// The offset of the first byte that does not decode as UTF-8.
    static func firstInvalid(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return min(offset, bytes.endIndex - 1)
            }
        }
    }

    /// The records of a text, and where the text ends: the row it is in and the fields of it
    /// read so far. The separator is the header's: a tab when it has more of them than
    /// commas and semicolons, a semicolon when it has more of them than commas.
    struct Parser {
        var records: [(Int, [String])] = []
        var fields: [String] = [], field = "", quoted = false, atFieldStart = true
        var number = 1
        var quoteStart = (row: 1, column: 1)
        var strayQuotes: [(row: Int, column: Int, cell: String)] = []
        /// The field in quotes holds a quote not written twice.
        var strayQuote = false

        /// `complete`: the text is the whole file, so its last row ends with it.
        /// `separator`: the one a `sep=` line names.
        init(_ text: String, complete: Bool = true, separator named: Character? = nil) {
            let firstLine = Self.separatedLine(text)
            let (semicolons, commas, tabs) = (firstLine.filter { $0 == ";" }.count, firstLine.filter { $0 == "," }.count, firstLine.filter { $0 == "\t" }.count)
            let separator: Character = named ?? (tabs > max(semicolons, commas) ? "\t" : semicolons > commas ? ";" : ",")
            var characters = text.makeIterator()
            var pending: Character? = nil
            while let c = pending ?? characters.next() {
                pending = nil
                if quoted {
                    if c == "\"" {
                        let next = characters.next()
                        if next == "\"" { field.append("\"") }
                        else if next.map({ $0 == separator || $0.isNewline || $0.isWhitespace && !strayQuote }) ?? true { quoted = false; pending = next }
                        else {
                            // `"Case of the "Koshe" party"`: a quote before a letter ends no
                            // cell; it is the cell's own, written once. Read on in quotes to
                            // a quote before the separator or the line's end (a separator
                            // between stays in the cell) and report the cell, not a mangled one.
                            field.append("\"")
                            strayQuote = true
                            pending = next
                        }
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
                    endField()
                case "\n", "\r\n", "\r":
                    endRecord()
                default:
                    // After a cell's closing quote only the separator belongs: a quote there
                    // is one inside the cell that was not written twice.
                    if c == "\"", !atFieldStart, quoteStart == (number, fields.count + 1) { strayQuote = true }
                    field.append(c)
                    atFieldStart = false
                }
            }
            if complete, !quoted, !field.isEmpty || !fields.isEmpty { endRecord() }
        }

        /// The first line with a comma, semicolon or tab, of the first ten: a title over the
        /// table may have none (else the first line).
        static func separatedLine(_ text: String) -> Substring {
            var rest = Substring(text)
            for _ in 0..<10 where !rest.isEmpty {
                let line = rest.prefix { !$0.isNewline }
                if line.contains(where: { $0 == "," || $0 == ";" || $0 == "\t" }) { return line }
                rest = rest[line.endIndex...].dropFirst()
            }
            return text.prefix { !$0.isNewline }
        }

        mutating func endField() {
            if strayQuote { strayQuotes.append((quoteStart.row, quoteStart.column, field)) }
            strayQuote = false
            fields.append(field)
            field = ""
            atFieldStart = true
        }

        mutating func endRecord() {
            endField()
            // A blank line is no row of data, but keeps its number, as in the spreadsheet; nor
            // is a row of empty cells (`;;;;`, as spreadsheets save an empty row).
            if !fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { records.append((number, fields)) }
            number += 1
            fields = []
        }
    }
}
