/// One row's fields by column name, and where each is, for messages.
struct ImportRow {
    let file: String
    let number: Int
    let fields: [String]
    let columns: [String: Int]
    /// The columns the sheet heads in its own words ("ФИО" for person_name), for messages.
    var headings: [String: String] = [:]

    init(_ row: CSVRows.Row, columns: [String: Int], file: String, headings: [String: String] = [:]) {
        self.file = file
        self.number = row.number
        self.fields = row.fields
        self.columns = columns
        self.headings = headings
    }

    subscript(_ name: String) -> String {
        guard let index = columns[name], index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func list(_ name: String) -> [String] {
        self[name].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Each cell the import reads that holds a control character (`ControlCharacters`: not a
    /// tab or a line end), at its row and column. Left to the files made, it was reported at
    /// a line of a file never written, and only once the rows had no other problem.
    func controlProblems() -> [Diagnostic] {
        columns.sorted { $0.value < $1.value }.compactMap { name, index in
            guard index < fields.count, ControlCharacters.contains(fields[index]) else { return nil }
            let cell = fields[index]
            let scalars = Array(cell.unicodeScalars)
            let at = scalars.firstIndex { ControlCharacters.isForbidden($0.value) }!
            let character = cell.unicodeScalars.prefix(at).reduce(into: "") { $0.unicodeScalars.append($1) }.count + 1
            let more = scalars.filter { ControlCharacters.isForbidden($0.value) }.count - 1
            return error(name, "'\(cell)' has \(ControlCharacters.name(scalars[at].value)) at character \(character), which is not allowed in text; delete it"
                + (more > 0 ? " (\(more) more after it in the cell)" : ""))
        }
    }

    /// The values spreadsheets save for a formula that failed (Excel's in English and Russian,
    /// LibreOffice's, Google Sheets'): a cell of a lookup gone wrong made a person "#ЗНАЧ!"
    /// (`znach.md`) or a court "#REF!" without a word.
    static let formulaErrors: Set<String> = [
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!",
        "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#ERROR!", "#ПУСТО!", "#ДЕЛ/0!", "#ЗНАЧ!", "#ССЫЛКА!", "#ИМЯ?", "#ЧИСЛО!",
        "#Н/Д", "#ПЕРЕНОС!", "#ВЫЧИСЛ!", "#ОШИБКА!",
    ]

    /// Each cell the import reads that holds U+FFFE or U+FFFF, which no YAML file may hold:
    /// the files made were refused as a whole ("could not be read as text"), not the cell.
    func nonCharacterProblems() -> [Diagnostic] {
        columns.sorted { $0.value < $1.value }.compactMap { name, index in
            guard index < fields.count, let at = fields[index].unicodeScalars.firstIndex(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return nil }
            let scalars = fields[index].unicodeScalars
            let character = String(scalars[..<at]).count + 1
            return error(name, "the cell has U+\(String(scalars[at].value, radix: 16, uppercase: true)) (a noncharacter, which no text file of the archive may hold) "
                + "at character \(character); delete it")
        }
    }

    /// Each cell the import reads that holds a formula's error, at its row and column.
    func formulaProblems() -> [Diagnostic] {
        columns.sorted { $0.value < $1.value }.compactMap { name, index in
            guard index < fields.count else { return nil }
            let cell = fields[index].trimmingCharacters(in: .whitespaces).uppercased()
            // LibreOffice writes `Err:502` (`Ошибка:502` in Russian) for its numbered errors.
            let numbered = ["ERR:", "ОШИБКА:"].contains { cell.hasPrefix($0) && cell.count == $0.count + 3 && cell.suffix(3).allSatisfy(\.isNumber) }
            guard Self.formulaErrors.contains(cell) || numbered else { return nil }
            return error(name, "'\(fields[index].trimmingCharacters(in: .whitespaces))' is the error a spreadsheet shows for a formula that failed, not a value: "
                + "correct the formula, or write the value in the cell, and save the spreadsheet again")
        }
    }

    func error(_ column: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, file, SourcePosition(line: number, column: (columns[column] ?? 0) + 1), named(message))
    }

    func warning(_ column: String, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file, SourcePosition(line: number, column: (columns[column] ?? 0) + 1), named(message))
    }

    /// The message with each column it names by the import's name (`person_id`) followed, the
    /// first time, by the sheet's own heading of it: a sheet headed in Russian has no column
    /// called person_name, and "write a new id in person_id" pointed nowhere its editor saw.
    func named(_ message: String) -> String {
        guard !headings.isEmpty else { return message }
        var text = message
        for (column, heading) in headings.sorted(by: { $0.key < $1.key }) where column.contains("_") {
            guard let range = Self.word(column, in: text) else { continue }
            text.replaceSubrange(range, with: "\(column) ('\(heading)')")
        }
        return text
    }

    /// Where `name` stands in `text` as a word of its own (not inside `person_id_2`).
    static func word(_ name: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: name, range: from..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isPart: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
            if !isPart(before), !isPart(after) { return range }
            from = range.upperBound
        }
        return nil
    }
}
