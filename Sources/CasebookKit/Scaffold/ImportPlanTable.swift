import Foundation

/// A spreadsheet's header and rows into the plan: the columns named (a look-alike letter, an
/// empty column with cells, a title over the table told), a header pasted again skipped, and
/// each cell's spaces and line breaks made what they mean before the row is read.
extension ImportPlan {
    mutating func add(_ table: CSVRows, file: String) {
        // This file's header problems stop its rows; another file's mistakes do not.
        let before = diagnostics.count
        // A title over the table ("Список дел на 01.03.2024"): its first row is no header, a
        // row below is. Read as the header, it was an unknown column and four missing ones.
        if table.titleAbove, let header = table.rows.prefix(10).first(where: { Self.isHeader($0.fields) }) {
            diagnostics.append(Diagnostic(.error, file, SourcePosition(line: header.number, column: 1),
                "row \(header.number) is the header, and the rows above it are not: delete them (a title over the table), so that the header is row 1"))
            return
        }
        var columns: [String: Int] = [:]
        // A column named twice (`CSVRows.problems` says so, with both places): which of the two
        // holds a row's value is not known, so no row is read. Read from the second, a row was
        // told "the row has no status" beside a status in the first.
        var namedTwice = false
        // Spreadsheets save empty columns after the last as empty header cells: ignored while
        // their cells are empty too, else named once, not as one unknown column '' each.
        let unnamed = table.header.indices.filter { table.header[$0].isEmpty }
        let used = unnamed.filter { index in table.rows.contains { index < $0.fields.count && !$0.fields[index].allSatisfy(\.isWhitespace) } }
        if let first = used.first {
            let which = used.count == 1 ? "column \(first + 1) has" : "columns \(used.map { String($0 + 1) }.joined(separator: ", ")) have"
            let them = used.count == 1 ? "the column, or delete it" : "the columns, or delete them"
            diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: first + 1),
                "\(which) no name in the header but cells below: name \(them)"))
        }
        for (index, name) in table.header.enumerated() where !name.isEmpty {
            guard ImportColumns.names.contains(name) else {
                // `сase_title` with a Cyrillic с: the column it looks like, named as missing too.
                let findings = LookAlike.findings(in: name, as: .id)
                if !findings.isEmpty, ImportColumns.names.contains(LookAlike.repaired(name, as: .id)) {
                    diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1), LookAlike.message(for: findings, in: name)))
                    columns[LookAlike.repaired(name, as: .id)] = index
                    continue
                }
                let near = !name.contains(where: { !$0.isASCII }) ? Suggestion.phrase(for: name, in: ImportColumns.names) : Self.otherNameSuggestion(for: name)
                let written = table.written.indices.contains(index) ? table.written[index] : name
                // A sheet headed in Russian or Kazakh: the names the import reads (docs/import.md).
                let others = name.contains(where: { !$0.isASCII }) ? " or their Russian and Kazakh names (docs/import.md, \"The header\")" : ""
                diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1),
                    "unknown column '\(written)'\(near); the columns are those of `casebook import --template`\(others): rename it, or delete it from the copy you import"))
                continue
            }
            if columns[name] != nil { namedTwice = true; continue }
            columns[name] = index
        }
        for required in ["case_title", "status", "person_name", "source_urls"] where columns[required] == nil {
            diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: 1), "the header has no column '\(required)', which every case needs"
                + (required == "case_title" && columns["person_name"] != nil ? Self.noCaseColumn(table.written.contains { $0.contains { !$0.isASCII } }) : "")))
        }
        guard !namedTwice, !diagnostics[before...].contains(where: { $0.severity == .error }) else { return }
        // The columns headed in other words than the import's names, as the sheet heads them.
        var headings: [String: String] = [:]
        for (column, index) in columns where table.written.indices.contains(index) {
            let written = table.written[index].trimmingCharacters(in: .whitespaces)
            if written.lowercased() != column, !written.isEmpty { headings[column] = written }
        }
        // A header alone (rows lost on saving, or the wrong sheet saved) made nothing without a word.
        if table.rows.isEmpty {
            diagnostics.append(Diagnostic(.warning, file, SourcePosition(line: 1, column: 1),
                "the spreadsheet has a header and no rows under it (or only empty ones): nothing to import from it"))
        }
        for row in table.rows {
            // Sheets pasted one under another bring their header along: the same one is no
            // row of data; one in another order would misread the rows under it.
            let cells = row.fields.map(ImportColumns.canonical)
            if Self.isHeader(row.fields) {
                if Self.withoutTrailingEmpty(cells) == Self.withoutTrailingEmpty(table.header) {
                    diagnostics.append(Diagnostic(.warning, file, SourcePosition(line: row.number, column: 1),
                        "row \(row.number) repeats the header (as sheets pasted one under another do); it is skipped"))
                } else {
                    diagnostics.append(Diagnostic(.error, file, SourcePosition(line: row.number, column: 1),
                        "row \(row.number) is a header with its columns in another order than row 1's, and the rows below it would be read in row 1's columns: "
                        + "put them in row 1's order, or save them as another file"))
                }
                previousCase = nil
                previousRow = nil
                continue
            }
            // A total under the table ("Итого", "Всего: 200"), read as a row, was a case 'Итого'
            // with neither status nor source, and "200 человек" a person.
            if let total = Self.total(row.fields, columns: columns) {
                diagnostics.append(Diagnostic(.warning, file, SourcePosition(line: row.number, column: total.column + 1),
                    "row \(row.number) is a total ('\(total.cell)'), not a person in a case; it is skipped"))
                previousCase = nil
                previousRow = nil
                continue
            }
            // A run of spaces is one space. A line break typed in a cell (Alt+Enter) is a space
            // where it wraps a name, title or court, which hold no line, and a semicolon where it
            // puts the items of a list one a line (charges, other spellings); source_urls keeps
            // its own, an error there.
            if let index = columns["person_name"], index < row.fields.count, let problem = Self.severalPeople(row.fields[index]) {
                diagnostics.append(Diagnostic(.error, file, SourcePosition(line: row.number, column: index + 1), problem))
            }
            let lists = [columns["charges"], columns["other_spellings"]]
            var fields = row.fields.indices.map { index in
                index == columns["source_urls"] ? row.fields[index] : Self.oneLine(row.fields[index], joiner: lists.contains(index) ? "; " : " ")
            }
            // `-`, `—`, `?`, `н/д` where nothing is known, as several people fill a sheet: an empty
            // cell, said once. Read as written, each was "not a date", "no id can be made from '-'".
            // A title or a name is never guessed empty: its own error says what it lacks.
            let named = [columns["case_title"], columns["person_name"]]
            for index in fields.indices where !named.contains(index) && Self.isPlaceholder(fields[index]) {
                let column = columns.first { $0.value == index }.map { column in column.key + (headings[column.key].map { " ('\($0)')" } ?? "") } ?? "the column"
                diagnostics.append(Diagnostic(.warning, file, SourcePosition(line: row.number, column: index + 1),
                    "'\(fields[index].trimmingCharacters(in: .whitespaces))' in \(column) stands for nothing known, and is read as an empty cell; leave such cells empty in the sheet"))
                fields[index] = ""
            }
            // Cells merged over a case's rows are saved on its first row only: a row right below
            // a case's that leaves all its own cells empty (title, status, court, region, city) is
            // a row of it. One with a status or a court of its own is a case without a title.
            let title = columns["case_title"]!
            while fields.count <= title { fields.append("") }
            if let previous = previousCase, previous.file == file, previous.row == row.number - 1,
               ["case_title", "status", "court", "region", "city"].allSatisfy({ columns[$0].map { $0 >= fields.count || fields[$0].allSatisfy(\.isWhitespace) } ?? true }) {
                fields[title] = previous.title
            }
            previousCase = fields[title].allSatisfy(\.isWhitespace) ? nil : (file, row.number, fields[title])
            let read = ImportRow(CSVRows.Row(number: row.number, fields: fields), columns: columns, file: file, headings: headings)
            add(read)
            previousRow = read
        }
    }

    /// The cell's lines joined by one space each (or `joiner`), and each run of spaces in
    /// them one plain space: `Ivan\u{A0}Ivanov` (a no-break space Excel keeps) and `Ivan  Ivanov`
    /// were written as they are, the second an alias of the first, `Almaty  Region` a region
    /// of its own.
    static func oneLine(_ cell: String, joiner: String = " ") -> String {
        // A vertical tab or a form feed is white space to Swift and a control character to
        // the import: left for `controlProblems` to report at its cell, as the docs say.
        guard cell.contains(where: { $0.isWhitespace && $0 != " " }) || cell.contains("  "), !ControlCharacters.contains(cell) else { return cell }
        return cell.split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: joiner)
    }

    /// Why a name cell holds several people, as a case's row listing all its defendants in one
    /// cell does (one a line, or separated by semicolons or commas): read as one name, it made
    /// one person of them all. A name wrapped over lines (`Ivan` / `Ivanov`) is one name.
    static func severalPeople(_ cell: String) -> String? {
        let lines = cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let shown = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        let advice = "one row names one person: give each a row of their own (the case's cells may stay empty on them, as merged cells leave them)"
        if lines.count > 1, lines.allSatisfy({ $0.split(separator: " ").count > 1 }) {
            return "'\(shown)' is \(lines.count) names, one a line; \(advice), or write one name on one line"
        }
        // Each part a name of two words or more (`Иванов И.`): not `Lesova, Nazira`, nor a `&amp;`.
        let parts = cell.split(whereSeparator: { $0 == ";" || $0 == "," }).filter { !$0.allSatisfy(\.isWhitespace) }
        guard parts.allSatisfy({ $0.split(whereSeparator: \.isWhitespace).count > 1 }) else { return nil }
        if cell.contains(";") && parts.count > 1 || cell.filter({ $0 == "," }).count > 1 && parts.count > 2 {
            return "'\(shown)' is \(parts.count) names separated by \(cell.contains(";") ? "semicolons" : "commas"); \(advice)"
        }
        return nil
    }

    /// Cells that are column names, two at least, and nothing else.
    static func isHeader(_ fields: [String]) -> Bool {
        let cells = fields.map(ImportColumns.canonical)
        return cells.filter({ !$0.isEmpty }).count > 1 && cells.allSatisfy { $0.isEmpty || ImportColumns.names.contains($0) }
    }

    static func withoutTrailingEmpty(_ cells: [String]) -> [String] {
        Array(cells.reversed().drop { $0.isEmpty }.reversed())
    }

    /// "The row has no …", and when the row right above gives that cell, why it may be empty:
    /// a cell merged over several rows is saved on the first only.
    func missing(_ row: ImportRow, _ column: String) -> Diagnostic {
        guard let above = previousRow, above.file == row.file, above.number == row.number - 1, !above[column].isEmpty else {
            return row.error(column, "the row has no \(column)")
        }
        if column == "case_title" {
            return row.error(column, "the row has no case_title; if it is a row of the case on row \(above.number) (its cells merged over both rows), "
                + "leave its status, court, region and city empty too, else write its title")
        }
        return row.error(column, "the row has no \(column), and row \(above.number) above has one: a cell merged over several rows is saved "
            + "on the first only; unmerge it and write the value on each row")
    }
}
