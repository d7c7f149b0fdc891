/// The column `sentence`, a sentence in words (`3 года лишения свободы`), read into the
/// sentence the columns sentence_type, sentence_years and sentence_months make; given with
/// them on one row, they must agree.
extension ImportPlan {
    typealias RowSentence = (type: String, years: String, months: String)

    /// The row's sentence: `columns` (from the three columns), with what its `sentence`
    /// cell says; each problem at the cell.
    mutating func sentenceText(_ row: ImportRow, columns: RowSentence?) -> RowSentence? {
        let cell = row["sentence"]
        guard !cell.isEmpty else { return columns }
        let outcome = SentenceText.read(cell, entries: Self.entries(site.sentenceTypes, column: "sentence_type"), keys: Set(site.sentenceTypes.keys))
        guard case .read(let read) = outcome else {
            if case .problem(let message) = outcome { diagnostics.append(row.error("sentence", message)) }
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
            diagnostics.append(row.error("sentence", "'\(cell)' is \(problems.joined(separator: ", and ")): give the sentence once, in this column or in those, or the same in both"))
            return columns
        }
        guard let type = read.type ?? columns?.type else {
            if row["sentence_type"].isEmpty {
                diagnostics.append(row.error("sentence", "'\(cell)' gives the sentence's length, not its type: " + SentenceText.unclear(cell).components(separatedBy: ": ").dropFirst().joined(separator: ": ")))
            }
            return nil
        }
        return (type, read.years.map(String.init) ?? columns?.years ?? "", read.months.map(String.init) ?? columns?.months ?? "")
    }
}
