/// One row's fields by column name, and where each is, for messages.
struct ImportRow {
    let file: String
    let number: Int
    let fields: [String]
    let columns: [String: Int]

    init(_ row: CSVRows.Row, columns: [String: Int], file: String) {
        self.file = file
        self.number = row.number
        self.fields = row.fields
        self.columns = columns
    }

    subscript(_ name: String) -> String {
        guard let index = columns[name], index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func list(_ name: String) -> [String] {
        self[name].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func error(_ column: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, file, SourcePosition(line: number, column: (columns[column] ?? 0) + 1), message)
    }
}
