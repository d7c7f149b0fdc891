/// What a spreadsheet's rows become: its cases, with their people, charges, court, events and
/// sources, and the person and court files the archive lacks. Filled row by row; every
/// mistake is a diagnostic at its row and column (`ImportPlan+Values`), and files are made
/// only from rows without one.
struct ImportPlan {
    struct Person {
        var id: String
        var name: String
        var aliases: [String]
        /// The row that made it, for messages.
        var row: Int
    }

    struct Participant {
        var person: String
        var role: String
        var sentence: (type: String, years: String, months: String)?
    }

    struct Case {
        let id: String
        let title: String
        let firstRow: (file: String, row: Int)
        /// The case's first row's missing source, reported when no row of the case gives one.
        let noSource: Diagnostic
        var status = ""
        var court: String?
        var region = "", city = ""
        var charges: [String] = []
        var people: [Participant] = []
        /// Each event cites its row's sources (addresses), or all the case's when its row has none.
        var events: [(date: PartialDate, type: String, person: String, sources: [String])] = []
        /// A source without a title is titled with its address until a row gives one
        /// (`titledOn`, the row that did).
        var sources: [(url: String, title: String, titledOn: Int?)] = []
        /// Some row gives source_urls, even one reported wrong: then "no row gives a source"
        /// would be a second message for that cell.
        var sourceGiven = false
    }

    let site: SiteConfig
    let content: String
    var diagnostics: [Diagnostic] = []
    var cases: [Case] = []
    var caseIndex: [String: Int] = [:]
    /// Titles of rows found to be the archive's cases: their later rows may leave status empty.
    var importedCases: Set<String> = []
    /// Files to make for people and courts the archive lacks, by id, in the order met.
    var newPeople: [Person] = []
    var newPeopleIndex: [String: Int] = [:]
    var newCourts: [(id: String, name: String)] = []
    /// Names and aliases of the archive's people and organizations (their translations'
    /// too), and of the new ones.
    var people = ImportNames()
    var organizations = ImportNames()
    /// Each person's name as a page publishes it (initials for a protected one): what an
    /// event's summary says.
    var publishedNames: [String: String] = [:]
    /// The archive's people whose name is protected: no message quotes it (`shown`).
    var protectedPeople: Set<String> = []
    /// The archive's organizations that are not courts, with their kind.
    var notCourts: [String: String] = [:]
    /// The archive's cases by title (translations' too) and by the addresses they cite: a
    /// row of one of them is imported already, even with its title edited since.
    var casesByTitle: [String: String] = [:]
    var casesBySource: [String: String] = [:]
    let archiveCases: Set<String>
    var takenIDs: [ContentKind: Set<String>]

    init(archive: ParsedContent, content: String) {
        site = archive.site
        self.content = content
        archiveCases = archive.fileIDs[.cases] ?? []
        takenIDs = [.cases: archive.fileIDs[.cases] ?? [], .people: archive.fileIDs[.people] ?? [],
                    .organizations: archive.fileIDs[.organizations] ?? []]
        for record in archive.cases {
            casesByTitle[Self.titleKey(record.title)] = record.id
            for url in record.sources.compactMap(\.url) { casesBySource[Self.addressKey(url)] = record.id }
        }
        for person in archive.people {
            publishedNames[person.id] = Protection.publishedName(person)
            if person.protection.hidesName { protectedPeople.insert(person.id) }
            for name in [person.name] + person.aliases { people.add(name, for: person.id) }
        }
        for organization in archive.organizations {
            if organization.kind != OrganizationKind.court { notCourts[organization.id] = organization.kind ?? "" }
            // Not its id: a court cell is matched to an id only as written (`court(_:)`).
            for name in [organization.name] + organization.aliases + [organization.shortName].compactMap({ $0 }) {
                organizations.add(name, for: organization.id)
            }
        }
        // A Russian title or name, written only in a translation, is the same file's.
        for translation in archive.translations.map(\.translation) {
            let names = [translation.name, translation.shortName].compactMap { $0 } + (translation.aliases ?? [])
            switch translation.info.kind {
            case .cases: if let title = translation.title { casesByTitle[Self.titleKey(title)] = translation.id }
            case .people: for name in names { people.add(name, for: translation.id) }
            case .organizations: for name in names { organizations.add(name, for: translation.id) }
            default: break
            }
        }
    }

    /// Vocabulary labels are matched as search folds them: a label is no one's identity.
    static func folded(_ name: String) -> String { ImportNames.folded(name) }

    /// A case title as rows repeat it: case, runs of spaces and invisible characters aside,
    /// every character counts.
    static func titleKey(_ title: String) -> String {
        ImportNames.visible(title).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A source address as two files cite it: a trailing slash aside.
    static func addressKey(_ url: String) -> String {
        var key = url.trimmingCharacters(in: .whitespaces)
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    /// A new id made from a name as `casebook new` makes it, unique among the archive's files
    /// and this import's (`-2`, `-3` … after it).
    mutating func newID(_ name: String, kind: ContentKind) -> String? {
        let base = NewFile.shortened(Identifier.slug(ImportNames.visible(name)))
        guard !base.isEmpty else { return nil }
        var id = base, n = 2
        while takenIDs[kind]?.contains(id) == true { id = "\(base)-\(n)"; n += 1 }
        takenIDs[kind, default: []].insert(id)
        return id
    }

    mutating func add(_ table: CSVRows, file: String) {
        // A title over the table ("Список дел на 01.03.2024"): its first row is no header, a
        // row below is. Read as the header, it was an unknown column and four missing ones.
        if table.titleAbove, let header = table.rows.prefix(10).first(where: { Self.isHeader($0.fields) }) {
            diagnostics.append(Diagnostic(.error, file, SourcePosition(line: header.number, column: 1),
                "row \(header.number) is the header, and the rows above it are not: delete them (a title over the table), so that the header is row 1"))
            return
        }
        var columns: [String: Int] = [:]
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
                let near = Suggestion.phrase(for: name, in: ImportColumns.names)
                diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1),
                                              "unknown column '\(name)'\(near); the columns are those of `casebook import --template`"))
                continue
            }
            columns[name] = index
        }
        for required in ["case_title", "status", "person_name", "source_urls"] where columns[required] == nil {
            diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: 1), "the header has no column '\(required)', which every case needs"))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return }
        for row in table.rows {
            // Sheets pasted one under another bring their header along: the same one is no
            // row of data; one in another order would misread the rows under it.
            let cells = row.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if Self.isHeader(row.fields) {
                if Self.withoutTrailingEmpty(cells) == Self.withoutTrailingEmpty(table.header) {
                    diagnostics.append(Diagnostic(.warning, file, SourcePosition(line: row.number, column: 1),
                        "row \(row.number) repeats the header (as sheets pasted one under another do); it is skipped"))
                } else {
                    diagnostics.append(Diagnostic(.error, file, SourcePosition(line: row.number, column: 1),
                        "row \(row.number) is a header with its columns in another order than row 1's, and the rows below it would be read in row 1's columns: "
                        + "put them in row 1's order, or save them as another file"))
                }
                continue
            }
            // A run of spaces is one space. A line break typed in a cell (Alt+Enter) is a space
            // where it wraps a name, title or court, which hold no line, and a semicolon where it
            // puts the items of a list one a line (charges, other spellings); source_urls keeps
            // its own, an error there.
            let lists = [columns["charges"], columns["other_spellings"]]
            let fields = row.fields.indices.map { index in
                index == columns["source_urls"] ? row.fields[index] : Self.oneLine(row.fields[index], joiner: lists.contains(index) ? "; " : " ")
            }
            add(ImportRow(CSVRows.Row(number: row.number, fields: fields), columns: columns, file: file))
        }
    }

    /// The cell's lines joined by one space each (or `joiner`), and each run of spaces in
    /// them one plain space: `Ivan\u{A0}Ivanov` (a no-break space Excel keeps) and `Ivan  Ivanov`
    /// were written as they are, the second an alias of the first, `Almaty  Region` a region
    /// of its own.
    static func oneLine(_ cell: String, joiner: String = " ") -> String {
        guard cell.contains(where: { $0.isWhitespace && $0 != " " }) || cell.contains("  ") else { return cell }
        return cell.split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: joiner)
    }

    /// Cells that are column names, two at least, and nothing else.
    static func isHeader(_ fields: [String]) -> Bool {
        let cells = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return cells.filter({ !$0.isEmpty }).count > 1 && cells.allSatisfy { $0.isEmpty || ImportColumns.names.contains($0) }
    }

    static func withoutTrailingEmpty(_ cells: [String]) -> [String] {
        Array(cells.reversed().drop { $0.isEmpty }.reversed())
    }

    /// What only all the rows tell: a case none of whose rows gives a source (spreadsheets
    /// with merged cells keep it on the first row only).
    mutating func finish() {
        diagnostics += cases.filter { $0.sources.isEmpty && !$0.sourceGiven }.map(\.noSource)
    }

    /// The files to write: people, courts, then cases, each as `content/<kind>/<id>.md`.
    func files() -> [(path: String, text: String)] {
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return [] }
        return newPeople.map { ("\(content)/people/\($0.id).md", ImportText.person($0)) }
            + newCourts.map { ("\(content)/organizations/\($0.id).md", ImportText.court($0.name)) }
            + cases.map { ("\(content)/cases/\($0.id).md", ImportText.caseFile($0, site: site, names: publishedNames)) }
    }
}
