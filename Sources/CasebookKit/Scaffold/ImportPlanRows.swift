import Foundation

/// One spreadsheet row read into the plan: its case (made on its first row), its person
/// (matched or made), their role, sentence and dates, and the case's sources.
extension ImportPlan {
    mutating func add(_ row: ImportRow) {
        let before = diagnostics.count
        let title = row["case_title"]
        if title.isEmpty { diagnostics.append(missing(row, "case_title")) }
        let key = Self.titleKey(title)
        // A row of a case the archive has (the sheet was imported before and has grown since):
        // left out, the file kept as it is, and nothing made for its person or court.
        if !title.isEmpty, caseIndex[key] == nil {
            if let index = keptIndex[key] { return keep(row, title: title, in: kept[index].id) }
            if !importedCases.contains(key), let id = archiveCase(title) { return keep(row, title: title, in: id) }
        }
        // The case's status is needed on its first row; its other rows may leave it empty.
        let status = vocabulary(row, "status", site.statuses, required: !title.isEmpty && caseIndex[key] == nil && !importedCases.contains(key))
        let role = row["role"].isEmpty ? Role.defendant : vocabulary(row, "role", site.roles, required: true) ?? Role.defendant
        let chargeEntries = Self.chargeEntries(site)
        var charges: [String] = []
        for value in row.list("charges") {
            // `kz-cc-174, kz-cc-405`: charges each, separated as a list is not.
            let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count > 1, parts.allSatisfy({ part in chargeEntries.contains { $0.key == part.lowercased() || Self.folded($0.label) == Self.folded(part) } }) {
                diagnostics.append(row.error("charges", "'\(value)' is \(parts.count) charges separated by a comma: separate charges with semicolons, like '\(parts.joined(separator: "; "))'"))
                continue
            }
            // `ст. 274 УК РК`: the charge whose law gives the article (ImportPlanArticles).
            if Self.key(value, in: chargeEntries) == nil, let cited = articleCharges(row, value) { charges += cited; continue }
            if let key = match(row, "charges", value, in: chargeEntries) { charges.append(key) }
        }
        let detention = date(row, "detention_date"), verdict = date(row, "verdict_date")
        for (column, type, given) in [("detention_date", "detention", detention), ("verdict_date", "verdict", verdict)]
        where given != nil && !site.eventTypes.contains(type) {
            diagnostics.append(row.error(column, "site.yml event_types has no '\(type)', which this column's event is; add it to event_types"))
        }
        var sentence: (type: String, years: String, months: String)?
        // `3 года лишения свободы` under `Наказание`: the sentence in words (ImportPlanSentence).
        if isSentenceInWords(row) { sentence = sentenceText(row, column: "sentence_type", columns: nil) }
        else if !row["sentence_type"].isEmpty, let type = vocabulary(row, "sentence_type", site.sentenceTypes, required: true) {
            sentence = (type, number(row, "sentence_years"), number(row, "sentence_months"))
        }
        // `3 года лишения свободы` in the column sentence (ImportPlanSentence).
        sentence = sentenceText(row, column: "sentence", columns: sentence)
        for column in ["sentence_years", "sentence_months"] where row["sentence_type"].isEmpty && row["sentence"].isEmpty && !row[column].isEmpty {
            // A length without its type was dropped without a word.
            diagnostics.append(row.error(column, "a sentence's length needs its type: fill in sentence_type (a key or label of site.yml sentence_types)"))
        }
        let sources = self.sources(row)
        let court = row["court"].isEmpty ? nil : self.court(row)
        let person = self.person(row)
        // A formula's error is what is wrong with its cell: not also "not a date", "not a status".
        let formulas = row.formulaProblems()
        let failed = Set(formulas.map(\.position))
        diagnostics = Array(diagnostics[..<before]) + diagnostics[before...].filter { !failed.contains($0.position) }
        diagnostics += row.controlProblems() + row.nonCharacterProblems() + formulas
        // Characters drawn as nothing would make "Case\u{200B} 6" a second case, "An\u{200B}na" a second person.
        for column in ["case_title", "person_name", "other_spellings", "court", "region", "city"] {
            if let problem = ImportNames.invisibleProblem(row[column]) { diagnostics.append(row.error(column, problem)) }
        }
        guard !title.isEmpty else { return }
        // The case is made on its first row even when that row has problems of its own: its
        // later rows are then read as rows of it (no "no status" for a row that may leave it
        // empty), and a title that makes no id is reported beside the row's other problems.
        if caseIndex[key] == nil {
            if let existing = sourceCase(row, sources: sources.map(\.url)) {
                diagnostics.append(existing)
                importedCases.insert(key)
                return
            }
            // The id in full: long titles cut to one id (`-2` after the second) are two cases.
            let slug = Identifier.slug(ImportNames.visible(title))
            if NewFile.shortened(slug) == slug, let other = caseSlugs[slug].map({ cases[$0] }) {
                let at = "row \(other.firstRow.row)" + (other.firstRow.file == row.file ? "" : " of \(other.firstRow.file)")
                diagnostics.append(row.error("case_title", "'\(title)' makes the id of the case '\(other.title)' of \(at) ('\(slug)'): "
                    + "if it is that case, write its title as \(at) does; if another, give it a title that makes another id"))
                return
            }
            if namesProtected(row, "case_title", [title]) { return }
            guard let id = newID(title, kind: .cases) else {
                diagnostics.append(row.error("case_title", "no id can be made from '\(title)': it has no Latin, Cyrillic or Kazakh letters or digits"))
                return
            }
            caseIndex[key] = cases.count
            caseSlugs[slug] = cases.count
            let noSource = row.error("source_urls", "no row of the case '\(title)' gives a source address; every case needs at least one source")
            cases.append(Case(id: id, title: title, firstRow: (row.file, row.number), noSource: noSource))
        }
        let index = caseIndex[key]!
        var record = cases[index]
        var problems: [Diagnostic] = []
        let firstRow = record.firstRow.row
        // The case's own columns: given on its first row; on a later one, empty or the same.
        func caseValue(_ column: String, _ value: String, _ current: inout String) {
            if current.isEmpty { current = value }
            else if !value.isEmpty, value != current {
                problems.append(row.error(column, "the case '\(title)' has '\(current)' here on row \(firstRow); write the same, or leave it empty"))
            }
        }
        // A value a row gets wrong is reported at its cell, and not again on the case's other rows.
        caseValue("status", status ?? "", &record.status)
        caseValue("region", row["region"], &record.region)
        caseValue("city", row["city"], &record.city)
        if let court { var current = record.court ?? ""; caseValue("court", court, &current); record.court = current }
        for charge in charges where !record.charges.contains(charge) { record.charges.append(charge) }
        problems += addSources(sources, to: &record, row)
        // A source cell that is wrong is a source given: no "no row gives a source" for it too.
        if !row["source_urls"].isEmpty { record.sourceGiven = true }
        // A warning (a spelling an archive file lacks) leaves the row in.
        if let person, !diagnostics[before...].contains(where: { $0.severity == .error }) {
            if record.people.contains(where: { $0.person == person }) {
                problems.append(row.error("person_name", "the case '\(title)' lists this person on another row already"))
            } else {
                record.people.append(Participant(person: person, role: role, sentence: sentence))
                let cited = sources.map(\.url)
                if let detention { record.events.append((detention, "detention", person, cited)) }
                if let verdict { record.events.append((verdict, "verdict", person, cited)) }
            }
        }
        cases[index] = record
        diagnostics += problems
    }

    mutating func date(_ row: ImportRow, _ column: String) -> PartialDate? {
        let value = row[column]
        guard !value.isEmpty else { return nil }
        // A spreadsheet's own forms where they can mean one date only (`05.03.2021`).
        if let date = SpreadsheetDate.read(value) { return date }
        diagnostics.append(row.error(column, SpreadsheetDate.problem(value)))
        return nil
    }

    /// A length written with its units, as a sheet says it (`5 лет`, `3 года 6 месяцев`,
    /// `2 years`, `6 ай`): the numbers it means, in the columns they go in.
    static func unitsHint(_ value: String, _ column: String) -> String? {
        let years: Set<String> = ["лет", "год", "года", "г", "years", "year", "yrs", "y", "жыл"]
        let months: Set<String> = ["мес", "месяц", "месяца", "месяцев", "months", "month", "m", "ай"]
        var words = value.lowercased().split { $0.isWhitespace || $0 == "." || $0 == "," }.map(String.init)
        var found: (years: Int?, months: Int?) = (nil, nil)
        while words.count >= 2, let number = Int(words[0]), words[0].allSatisfy(\.isASCII) {
            if years.contains(words[1]), found.years == nil { found.years = number }
            else if months.contains(words[1]), found.months == nil { found.months = number }
            else { return nil }
            words.removeFirst(2)
        }
        guard words.isEmpty, found.years != nil || found.months != nil else { return nil }
        let other = column == "sentence_years" ? "sentence_months" : "sentence_years"
        let here = column == "sentence_years" ? found.years : found.months, there = column == "sentence_years" ? found.months : found.years
        let parts = [here.map { "\($0) here" }, there.map { "\($0) in \(other)" }].compactMap { $0 }
        return "; write the numbers alone: " + parts.joined(separator: " and ")
    }

    mutating func number(_ row: ImportRow, _ column: String) -> String {
        let value = row[column]
        if !value.isEmpty, !value.allSatisfy(\.isASCII) || !value.allSatisfy(\.isNumber) {
            diagnostics.append(row.error(column, "'\(value)' is not a whole number" + Self.wholeNumberHint(value, column)))
        }
        return value
    }

    /// What a length written with a decimal mark means in whole numbers: `5,0` is 5, and
    /// `1,5` years (as Russian sheets write "1,5 года") is 1 year and 6 months; digits
    /// grouped with a space are the digits.
    static func wholeNumberHint(_ value: String, _ column: String) -> String {
        if let hint = unitsHint(value, column) { return hint }
        // `1 500`, with the (no-break) space a spreadsheet groups digits with.
        let digits = value.filter { !$0.isWhitespace }
        if digits != value, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return "; write it without spaces, '\(digits)'" }
        let parts = value.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int(parts[0]), let fraction = Double("0." + parts[1]) else { return "" }
        if fraction == 0 { return "; write '\(whole)'" }
        let months = fraction * 12
        guard column == "sentence_years", months == months.rounded() else { return "; write whole years and months" }
        return "; write \(whole) here and \(Int(months)) in sentence_months (\(value) years)"
    }
}
