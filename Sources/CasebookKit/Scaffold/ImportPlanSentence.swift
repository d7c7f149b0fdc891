/// The column `sentence`, a sentence in words (`3 года лишения свободы`), read into the
/// sentence the columns sentence_type, sentence_years and sentence_months make; given with
/// them on one row, they must agree.
extension ImportPlan {
    typealias RowSentence = (type: String, years: String, months: String)

    /// The row's sentence: `columns` (from the three columns), with what its `sentence`
    /// cell says; each problem at the cell.
    /// `column`: `sentence`, or `sentence_type` holding a sentence in words with a length
    /// (`isSentenceInWords`).
    mutating func sentenceText(_ row: ImportRow, column: String, columns: RowSentence?) -> RowSentence? {
        let cell = row[column]
        guard !cell.isEmpty else { return columns }
        let outcome = SentenceText.read(cell, entries: Self.entries(site.sentenceTypes, column: "sentence_type"), keys: Set(site.sentenceTypes.keys))
        guard case .read(let read) = outcome else {
            if case .problem(let message) = outcome { diagnostics.append(row.error(column, message)) }
            return columns
        }
        var problems: [String] = []
        if let type = read.type, let given = columns?.type, given != type {
            problems.append("the type '\(type)', but sentence_type says '\(given)'")
        }
        for (value, column, unit) in [(read.years, "sentence_years", "years"), (read.months, "sentence_months", "months")] {
            let given = row[column]
            if let value, !given.isEmpty, Int(given) != value { problems.append("\(value) \(unit), but \(column) says '\(given)'") }
        }
        if !problems.isEmpty {
            diagnostics.append(row.error(column, "'\(cell)' is \(problems.joined(separator: ", and ")): give the sentence once, in this column or in those, or the same in both"))
            return columns
        }
        guard let type = read.type ?? columns?.type else {
            if row["sentence_type"].isEmpty {
                diagnostics.append(row.error(column, "'\(cell)' gives the sentence's length, not its type: " + SentenceText.unclear(cell).components(separatedBy: ": ").dropFirst().joined(separator: ": ")))
            }
            return nil
        }
        return (type, read.years.map(String.init) ?? columns?.years ?? "", read.months.map(String.init) ?? columns?.months ?? "")
    }

    /// A sentence_type cell that is no type but a sentence in words with its type and length
    /// (`3 года лишения свободы` under `Наказание`): read as the column sentence reads it, where
    /// it was "not one of the site's sentence types".
    func isSentenceInWords(_ row: ImportRow) -> Bool {
        let cell = row["sentence_type"]
        let entries = Self.entries(site.sentenceTypes, column: "sentence_type")
        guard !cell.isEmpty, row["sentence"].isEmpty, Self.key(cell, in: entries) == nil,
              case .read(let read) = SentenceText.read(cell, entries: entries, keys: Set(site.sentenceTypes.keys)) else { return false }
        return read.type != nil && (read.years != nil || read.months != nil)
    }
}
