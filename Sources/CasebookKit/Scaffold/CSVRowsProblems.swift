import Foundation

/// What a spreadsheet's rows say that no column would read (`CSVRows.problems`), and the
/// cells of a Windows-1251 file that may have lost a letter.
extension CSVRows {
    /// The first row names no column of the spreadsheet, and one of the next ten is a header:
    /// a title over the table (`ImportPlan` says so).
    var titleAbove: Bool {
        !header.contains(where: ImportColumns.names.contains) && rows.prefix(10).contains { ImportPlan.isHeader($0.fields) }
    }

    /// What the header and the rows say that no column would read: a column named twice (the
    /// second once replaced the first), and cells past the header's last column (a separator
    /// in a cell not in quotes once cut the cell there and dropped the rest).
    func problems(file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var first: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let earlier = first[name] {
                // `ФИО` beside `person_name`: the name each was written with.
                let named = [earlier, index].map { written.indices.contains($0) && written[$0].lowercased() != name ? "'\(written[$0])'" : nil }
                let what = named.contains { $0 != nil } ? "\(named.map { $0 ?? "'\(name)'" }.joined(separator: " and ")) are both the column '\(name)'"
                    : "the column '\(name)' is named twice"
                // `Ссылка` beside `Источник`, the outlet's name: a sheet's usual pair, and the
                // second is the titles' column under another heading.
                let titles = name == "source_urls" ? "; if one holds the sources' names rather than their addresses, head it 'source_titles' ('название источника')" : ""
                problems.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1),
                    "\(what) (columns \(earlier + 1) and \(index + 1)); keep one\(titles)"))
            } else {
                first[name] = index
            }
        }
        for stray in strayQuotes {
            let written = "\"" + stray.cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            problems.append(Diagnostic(.error, file, SourcePosition(line: stray.row, column: stray.column),
                "the cell is in quotes, and a quote inside it is not written twice; write each quote inside as '\"\"', like \(written)"))
        }
        if encoding == .windows1251 { problems += lostLetters(file: file) }
        // Under a title over the table every row has more cells than its "header".
        for row in rows where row.fields.count > header.count && !titleAbove {
            guard let extra = row.fields.indices.dropFirst(header.count).first(where: { !row.fields[$0].allSatisfy(\.isWhitespace) }) else { continue }
            problems.append(Diagnostic(.error, file, SourcePosition(line: row.number, column: extra + 1),
                "the row has \(row.fields.count) cells, but the header names \(header.count) columns; a cell that holds the separator must be in double quotes"))
        }
        return problems
    }

    /// Some cell may have lost a letter: its rows are not read further (`SpreadsheetImport`),
    /// as every message quoting them would quote a name no one has.
    var lostLetter: Bool {
        encoding == .windows1251 && rows.contains { row in
            row.fields.prefix(header.count).enumerated().contains { !header[$0.offset].contains("url") && $0.element.contains("?") }
        }
    }

    /// Each cell of a file saved in Windows-1251 that holds a '?': Excel writes one for every
    /// letter the encoding lacks (Ә Ғ Қ Ң Ө Ұ Ү Һ), so `Қамбарова` arrives as `?амбарова`, a
    /// name no one has. Addresses are left alone: '?' starts their query.
    func lostLetters(file: String) -> [Diagnostic] {
        rows.flatMap { row in
            row.fields.prefix(header.count).enumerated().compactMap { index, cell -> Diagnostic? in
                guard !header[index].contains("url"), let at = cell.firstIndex(of: "?") else { return nil }
                // The cell is not quoted: a protected name with a letter lost is no name LeakMask knows.
                return Diagnostic(.error, file, SourcePosition(line: row.number, column: index + 1),
                    "the cell has '?' at character \(cell.distance(from: cell.startIndex, to: at) + 1), perhaps a lost letter: the file is saved in Windows-1251 "
                    + "(\"CSV\" with Russian or Kazakh settings), which has no letters Ә Ғ Қ Ң Ө Ұ Ү Һ and saves a '?' for each; "
                    + "save the spreadsheet as \"CSV UTF-8\", which keeps every letter")
            }
        }
    }
}
