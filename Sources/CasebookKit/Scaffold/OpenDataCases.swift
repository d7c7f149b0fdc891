/// The rows of `cases.csv` read into the import: one row per person in a case, the case's
/// own columns repeated on each (a later row that gives them otherwise is an error naming
/// the first), the person's role, status, charges and sentence (`SentenceTerms`).
extension OpenDataImport {
    mutating func addCaseRow(_ row: ImportRow) {
        let before = diagnostics.count
        guard let caseID = id(row, "case_id", kind: .cases), let personID = id(row, "person_id", kind: .people),
              let title = required(row, "case_title"), let personName = required(row, "person_name") else { return }
        let id = caseID
        let status = vocabulary(row, "status", row.cell("status"), site.statuses, "statuses")
        let role = vocabulary(row, "role", row.cell("role").isEmpty ? Role.defendant : row.cell("role"), site.roles, "roles")
        let dates = ["status_as_of", "latest_date", "updated"].map { date(row, $0) }
        let charges = row.cells("charges").compactMap { charge(row, "charges", $0) }
        let personCharges = row.cells("person_charges").compactMap { charge(row, "person_charges", $0) }
        let personStatus = row.cell("person_status").isEmpty ? nil : vocabulary(row, "person_status", row.cell("person_status"), site.statuses, "statuses")
        let current = sentence(row, "sentence_terms", words: "sentence")
        let first = row.columns["first_instance_sentence_terms"] == nil ? nil : sentence(row, "first_instance_sentence_terms", words: "first_instance_sentence")
        if row.columns["first_instance_sentence_terms"] != nil || row.columns["in_absentia"] != nil { recordsDecisions = true }
        let certainties = ["status_certainty", "person_status_certainty"].map { column in
            let value = row.cell(column)
            if !value.isEmpty, Certainty(rawValue: value) == nil {
                diagnostics.append(row.error(column, "'\(value)' is not a certainty; write reported, disputed or nothing"))
            }
            return value
        }
        let notes = [row.cell("status_note"), row.cell("person_status_note")]
        let country = row.cell("country")
        if !country.isEmpty, !Country.isCode(country) { diagnostics.append(row.error("country", Country.problem(country, key: "country"))) }
        let unnamed = row.cell("unnamed_defendants")
        if !unnamed.isEmpty, let problem = Self.unnamedProblem(unnamed) { diagnostics.append(row.error("unnamed_defendants", problem)) }
        let absentia = row.cell("in_absentia")
        if !["", "true", "false"].contains(absentia) { diagnostics.append(row.error("in_absentia", "'\(absentia)' is not true or false")) }
        let count = row.cell("source_count")
        if !count.isEmpty, let problem = Self.sourceCountProblem(count) { diagnostics.append(row.error("source_count", problem)) }
        let urls = row.cell("source_urls").split(separator: " ").map(String.init)
        for url in urls where !URLPolicy.isAllowedExternal(url) || url.lowercased().hasPrefix("mailto:") {
            diagnostics.append(row.error("source_urls", "'\(url)' is not an http or https address"))
        }
        if let n = Int(count), n < urls.count { diagnostics.append(row.error("source_count", "\(n) sources, but source_urls gives \(urls.count) addresses")) }
        checkName(row, personID, personName)
        guard diagnostics.count == before, let status, let role else { return }

        var record = Case(id: id, title: title, status: status, statusCertainty: certainties[0], statusNote: notes[0], statusAsOf: dates[0], latestDate: dates[1], updated: dates[2],
                          court: row.cell("court_id"), region: row.cell("region"), city: row.cell("city"), country: country, unnamed: unnamed, charges: charges,
                          organizations: row.cells("organizations"), tags: row.cells("tags"), related: row.cells("related_cases"),
                          sourceURLs: urls, sourceCount: Int(count) ?? urls.count, formerIDs: row.cells("former_ids"),
                          titles: texts(row, ["case_title"]).mapValues { $0["case_title"]! }, row: row)
        if let index = caseIndex[id] {
            let first = cases[index]
            guard sameCase(first, record, row) else { return }
            record = first
        } else if existing[.cases]?.contains(id) == true {
            diagnostics.append(row.error("case_id", "the archive has this case already: \(content)/cases/\(id).md; remove its rows, or import into an archive without it"))
            return
        }
        guard !record.people.contains(where: { $0.person == personID }) else {
            diagnostics.append(row.error("person_id", "the case '\(id)' lists '\(personID)' on another row already"))
            return
        }
        let defendant = role == Role.defendant
        // A certainty or note other than the case's is the person's own; none beside the case's
        // one is said by a status of their own (which then speaks for itself).
        let own = defendant && (certainties[1] != record.statusCertainty || notes[1] != record.statusNote)
        let ownEmpty = certainties[1].isEmpty && notes[1].isEmpty
        record.people.append(Participant(
            person: personID, role: role,
            status: defendant && (personStatus != status || (own && ownEmpty)) ? personStatus : nil,
            charges: defendant && personCharges != charges ? personCharges : nil,
            current: current ?? [], first: first ?? nil, inAbsentia: absentia == "true", row: row,
            decisionCharges: defendant ? row.list("decision_charges") : [],
            statusCertainty: own && !certainties[1].isEmpty ? certainties[1] : nil,
            statusNote: own && !notes[1].isEmpty ? notes[1] : nil))
        if let index = caseIndex[id] { cases[index] = record } else { caseIndex[id] = cases.count; cases.append(record) }
        if personIndex[personID] == nil, existing[.people]?.contains(personID) != true {
            // A person people.csv does not give: made from this row.
            var person = Person(id: personID, name: personName, row: row)
            person.texts = texts(row, ["person_name"]).mapValues { ["name": $0["person_name"]!] }
            personIndex[personID] = people.count
            people.append(person)
        }
        let court = row.cell("court_id")
        // It names a file to make: only an id may (`../x` once made a file outside the archive).
        if !court.isEmpty, !Identifier.isValid(court) {
            diagnostics.append(row.error("court_id", "'\(court)' is not a valid id: lower-case ASCII letters, digits and single hyphens"))
            return
        }
        if !court.isEmpty, organizationIndex[court] == nil, existing[.organizations]?.contains(court) != true {
            // A court organizations.csv does not give: made from its name here.
            var made = Organization(id: court, name: row.cell("court_name").isEmpty ? court : row.cell("court_name"), row: row)
            made.kind = OrganizationKind.court
            made.texts = texts(row, ["court_name"]).mapValues { ["name": $0["court_name"]!] }
            organizationIndex[court] = organizations.count
            organizations.append(made)
        }
    }

    /// A later row of a case gives the case's own columns as its first row does.
    mutating func sameCase(_ first: Case, _ other: Case, _ row: ImportRow) -> Bool {
        let pairs: [(String, String, String)] = [
            ("case_title", first.title, other.title), ("status", first.status, other.status),
            ("status_certainty", first.statusCertainty, other.statusCertainty), ("status_note", first.statusNote, other.statusNote),
            ("status_as_of", first.statusAsOf, other.statusAsOf), ("latest_date", first.latestDate, other.latestDate),
            ("updated", first.updated, other.updated), ("court_id", first.court, other.court), ("region", first.region, other.region),
            ("city", first.city, other.city), ("country", first.country, other.country), ("unnamed_defendants", first.unnamed, other.unnamed), ("charges", first.charges.joined(separator: "; "), other.charges.joined(separator: "; ")),
            ("organizations", first.organizations.joined(separator: "; "), other.organizations.joined(separator: "; ")),
            ("tags", first.tags.joined(separator: "; "), other.tags.joined(separator: "; ")),
            ("source_urls", first.sourceURLs.joined(separator: " "), other.sourceURLs.joined(separator: " ")),
        ]
        var same = true
        for (column, a, b) in pairs where a != b {
            same = false
            diagnostics.append(row.error(column, "the case '\(first.id)' has '\(a)' here on row \(first.row.number): every row of a case gives the same"))
        }
        return same
    }

    /// A person's name is the same wherever their id is given.
    mutating func checkName(_ row: ImportRow, _ id: String, _ name: String) {
        guard let index = personIndex[id], people[index].name != name else { return }
        let where_ = people[index].row.file == row.file ? "row \(people[index].row.number)" : "\(people[index].row.file) row \(people[index].row.number)"
        diagnostics.append(row.error("person_name", "'\(id)' is '\(people[index].name)' on \(where_), '\(name)' here: one id is one person; give the same name, or another id"))
    }

    mutating func charge(_ row: ImportRow, _ column: String, _ key: String) -> String? {
        if site.charges.contains(where: { $0.key == key }) { return key }
        let near = Suggestion.phrase(for: key, in: site.charges.map(\.key))
        diagnostics.append(row.error(column, "'\(key)' is not one of the site's charges\(near)"))
        return nil
    }

    /// A sentence in `SentenceTerms` notation, its types and currencies checked. A file
    /// without the column cannot give back a sentence in words: that is an error.
    mutating func sentence(_ row: ImportRow, _ column: String, words: String) -> [SentenceComponent]? {
        guard row.columns[column] != nil else {
            if !row.cell(words).isEmpty {
                diagnostics.append(row.error(words, "a sentence in words cannot be read back: export the open data again with a casebook that writes the column '\(column)'"))
            }
            return nil
        }
        switch SentenceTerms.parse(row.cell(column)) {
        case .failure(let problem):
            diagnostics.append(row.error(column, "'\(row.cell(column))' is not a sentence in terms: \(problem.text); write terms like 'imprisonment years=2 months=6; fine amount=100000 currency=KZT'"))
            return nil
        case .success(let terms):
            for term in terms {
                _ = vocabulary(row, column, term.type, site.sentenceTypes, "sentence types")
                if let code = term.currency, !Currency.codes.contains(code) {
                    diagnostics.append(row.error(column, "'\(code)' is not an ISO 4217 currency code\(Suggestion.phrase(for: code, in: Currency.codes))"))
                }
                if let charge = term.charge { _ = self.charge(row, column, charge.id) }
            }
            return terms
        }
    }
}

extension OpenDataImport {
    /// The most sources one case's `source_count` may make: each becomes lines of the file.
    static let mostSources = 100_000

    /// `source_count` makes that many sources: a count in digits, and one past `mostSources`
    /// told as too large (it was "not a whole number", and a billion would be written out).
    /// What is wrong with an `unnamed_defendants` cell: the file's own rule, a whole number
    /// from 1 to a billion (`FieldReader.unnamedDefendants`).
    static func unnamedProblem(_ count: String) -> String? {
        let most = FieldReader.mostUnnamedDefendants
        guard !count.isEmpty, count.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), count != String(repeating: "0", count: count.count) else {
            return "'\(count)' is not a whole number from 1 to \(most): the defendants the sources count but do not name; leave the cell empty when there are none"
        }
        guard let number = Int(count), number <= most else { return "'\(count)' is too large for unnamed_defendants: the largest accepted is \(most)" }
        return nil
    }

    static func sourceCountProblem(_ count: String) -> String? {
        guard count.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return "'\(count)' is not a whole number of 0 or more"
        }
        guard let number = Int(count), number <= mostSources else {
            return "'\(count)' is too large for source_count: the largest accepted is \(mostSources)"
        }
        return nil
    }
}
