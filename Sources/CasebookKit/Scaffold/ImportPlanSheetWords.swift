/// What a sheet's editors write that is no data: a total row under the table, a dash or
/// `н/д` for "not known", and a column headed in words the import nearly reads.
extension ImportPlan {
    /// "; did you mean …?" for a column headed in Russian or Kazakh: `дата задержание`, the
    /// nearest name, with its column. A word that begins names (`Срок`, a sentence's length
    /// in one column) names them all, and a name sharing no letter is none: `Срок` was
    /// "did you mean 'сот' (court)?", `№` "did you mean 'ай' (sentence_months)?".
    static func otherNameSuggestion(for name: String) -> String {
        let cyrillic = ImportColumns.otherNames.sorted { $0.key < $1.key }.flatMap { column, names in names.map { (name: $0, column: column) } }
        // In the template's order: years before months.
        let order = { (column: String) in ImportColumns.names.firstIndex(of: column) ?? 0 }
        let begun = cyrillic.filter { $0.name.hasPrefix(name + " ") || $0.name.hasPrefix(name + "(") }.sorted { order($0.column) < order($1.column) }
        if !begun.isEmpty {
            return "; did you mean " + begun.map { "'\($0.name)' (\($0.column))" }.joined(separator: " or ") + "?"
        }
        guard let near = Suggestion.nearest(to: name, in: cyrillic.map(\.name)),
              Suggestion.editDistance(Array(name.unicodeScalars), Array(near.unicodeScalars)) < max(name.unicodeScalars.count, near.unicodeScalars.count)
        else { return "" }
        return "; did you mean '\(near)' (\(cyrillic.first { $0.name == near }!.column))?"
    }

    /// The words a total row begins with, under a table kept in Russian, Kazakh or English.
    static let totalWords: Set<String> = ["итого", "всего", "итог", "барлығы", "барлыгы", "жиыны", "жиынтығы", "total", "totals"]

    /// The row's first cell and its column when it is a total's word, alone or before a count
    /// (`Итого:`, `Всего 200`), and the row cites no source: a case titled "Всего лишь пост",
    /// its title repeated on its rows, is no total.
    static func total(_ fields: [String], columns: [String: Int]) -> (column: Int, cell: String)? {
        guard let index = fields.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
              columns["source_urls"].map({ $0 >= fields.count || fields[$0].allSatisfy(\.isWhitespace) }) ?? true else { return nil }
        let cell = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        let words = cell.split(whereSeparator: { $0.isWhitespace || $0 == ":" || $0 == "." })
        guard let word = words.first, totalWords.contains(word.lowercased()) else { return nil }
        return words.count == 1 || words[1].allSatisfy(\.isNumber) ? (index, cell) : nil
    }

    /// What a sheet's editors type for "not known": dashes, question marks, `н/д`, `n/a`.
    static func isPlaceholder(_ cell: String) -> Bool {
        let value = cell.trimmingCharacters(in: .whitespaces).lowercased()
        guard !value.isEmpty else { return false }
        return value.allSatisfy { "-‐‑‒–—―".contains($0) } || value.allSatisfy { $0 == "?" }
            || ["н/д", "н.д.", "нд", "нет данных", "неизвестно", "не известно", "белгісіз", "n/a", "unknown"].contains(value)
    }

    /// What a list of people without a case column (political prisoners, one row each) is
    /// told: the import makes cases, and titling each after its person would publish a case
    /// page named for someone, under a title nobody chose; the editor writes the titles.
    static func noCaseColumn(_ cyrillic: Bool) -> String {
        let heading = cyrillic ? "'case_title' (or 'Дело', 'Іс')" : "'case_title'"
        return ": a row is a person in a case, and a list of people without their cases (one row per person) needs a column \(heading) "
            + "with the title of each person's case (rows of one case share its title; a person in two cases has a row in each); the import does not title cases after people"
    }
}
