/// The open data's own CSV files (`cases.csv`, `people.csv`, `organizations.csv` and
/// `custody.csv`, docs/data.md) read back into case, person and organization files, with
/// their translations, so that the files built again give the same CSVs. Recognised by
/// their header; every id is kept. Files the archive has already are used, never replaced;
/// a case the archive has already is an error. Problems are reported at row and column,
/// like the spreadsheet's (`ImportPlan`), and any problem means nothing is written.
struct OpenDataImport {
    enum Table: CaseIterable {
        case cases, people, organizations, custody

        /// The columns a file of this table may have (besides `<text>_<language>`), the
        /// ones it must have, and the texts other languages add.
        var columns: (all: [String], required: [String], translated: [String]) {
            switch self {
            case .cases: (["case_id", "case_url", "case_title", "status", "status_label", "status_as_of", "latest_date", "updated",
                           "court_id", "court_name", "region", "city", "charges", "person_id", "person_name", "role", "person_status",
                           "person_charges", "sentence", "sentence_types", "first_instance_sentence", "first_instance_sentence_types",
                           "in_absentia", "organizations", "tags", "source_count", "person_url", "related_cases", "source_urls",
                           "former_ids", "sentence_terms", "first_instance_sentence_terms", "decision_charges", "status_certainty",
                           "person_status_certainty", "status_note", "person_status_note", "country", "country_name", "unnamed_defendants"],
                          ["case_id", "case_title", "status", "person_id", "person_name", "role"],
                          ["case_title", "person_name", "court_name", "country_name"])
            case .people: (["id", "url", "name", "aliases", "born", "region", "organizations", "case_count", "case_ids", "defendant",
                            "organization_links", "held_now", "former_ids", "gender", "died", "died_in_custody"], ["id", "name"], ["name", "aliases"])
            case .organizations: (["id", "url", "name", "short_name", "kind", "banned", "leaders", "member_count", "case_count",
                                   "court_case_count", "alleged_count", "former_names", "former_names_until", "successor_of",
                                   "ban_dates", "ban_courts", "former_ids"], ["id", "name"], ["name", "short_name"])
            case .custody: (["person", "case", "kind", "from", "to", "place", "days", "held", "current"], ["person", "case", "kind", "from"], ["place"])
            }
        }

        /// Which open-data file a header is, whatever the file is called; nil for a spreadsheet.
        static func of(_ header: [String]) -> Table? {
            let has = Set(header)
            if has.isSuperset(of: ["case_id", "person_id"]) { return .cases }
            if has.isSuperset(of: ["person", "case", "kind", "from"]) { return .custody }
            if has.isSuperset(of: ["id", "name", "short_name"]) { return .organizations }
            if has.isSuperset(of: ["id", "name", "aliases"]) { return .people }
            return nil
        }
    }

    struct Organization {
        var id: String, name: String, shortName = "", kind = ""
        var banned = "", bans: [(date: String, by: String)]? = nil
        var leaders: [String] = [], formerNames: [(name: String, until: String)] = [], successorOf = "", formerIDs: [String] = []
        var texts: [String: [String: String]] = [:]
        /// `member_count`: tells which leaders list the organization themselves as well.
        var memberCount: Int?
        var row: ImportRow
    }

    struct Person {
        var id: String, name: String, aliases: [String] = [], born = "", region = ""
        /// `gender`, `died` and `died_in_custody` as the open data write them (empty: not given).
        var gender = "", died = "", diedInCustody = false
        var organizations: [(id: String, link: String?)] = [], formerIDs: [String] = []
        var texts: [String: [String: String]] = [:]
        var row: ImportRow
    }

    struct Participant {
        var person: String, role: String, status: String?, charges: [String]?
        var current: [SentenceComponent], first: [SentenceComponent]?, inAbsentia: Bool
        var custody: [(from: String, to: String, kind: String, place: String, places: [String: String])] = []
        var row: ImportRow
        /// `decision_charges`: charges a decision ruled on beyond the person's own.
        var decisionCharges: [String] = []
        /// What the case file says (`settleSentences`): the shorthand `sentence:` and decisions.
        var shorthand: [SentenceComponent] = []
        var decisions: [WrittenDecision] = []
        /// `status_certainty` of the person's own, where it is not the case's.
        var statusCertainty: String? = nil
        var statusNote: String? = nil
    }

    struct Case {
        var id: String, title: String, status: String, statusCertainty = "", statusNote = "", statusAsOf = "", latestDate = "", updated = ""
        var court = "", region = "", city = "", country = ""
        /// `unnamed_defendants`, as the column gives it (empty: none).
        var unnamed = ""
        var charges: [String] = [], organizations: [String] = [], tags: [String] = [], related: [String] = []
        var sourceURLs: [String] = [], sourceCount = 0, formerIDs: [String] = []
        var titles: [String: String] = [:]
        var people: [Participant] = []
        var row: ImportRow
    }

    let site: SiteConfig
    let content: String
    /// The archive's files by kind, and its organizations' kinds (a decision needs a court).
    let existing: [ContentKind: Set<String>]
    let existingCourts: Set<String>
    var diagnostics: [Diagnostic] = []
    var tables: [(Table, CSVRows, String)] = []
    var organizations: [Organization] = [], organizationIndex: [String: Int] = [:]
    var people: [Person] = [], personIndex: [String: Int] = [:]
    var cases: [Case] = [], caseIndex: [String: Int] = [:]
    /// Some cases.csv has the decision columns: the sentences are written so that the
    /// archive records decisions again (`OpenDataText.participant`).
    var recordsDecisions = false

    init(archive: ParsedContent, content: String) {
        site = archive.site
        self.content = content
        existing = [.cases: archive.fileIDs[.cases] ?? [], .people: archive.fileIDs[.people] ?? [],
                    .organizations: archive.fileIDs[.organizations] ?? []]
        existingCourts = Set(archive.organizations.filter { $0.kind == OrganizationKind.court }.map(\.id))
    }

    /// Reads every table given, in the order that lets later ones refer to earlier ones.
    mutating func read() {
        for table in [Table.organizations, .people, .cases, .custody] {
            for (kind, rows, file) in tables where kind == table {
                guard let columns = columns(kind, rows.header, file: file) else { continue }
                for row in rows.rows { add(kind, ImportRow(row, columns: columns, file: file)) }
            }
        }
        checkReferences()
    }

    mutating func add(_ table: Table, _ row: ImportRow) {
        // At the cell, not at a line of a file never written.
        diagnostics += row.controlProblems()
        switch table {
        case .organizations: addOrganization(row)
        case .people: addPerson(row)
        case .cases: addCaseRow(row)
        case .custody: addCustody(row)
        }
    }

    /// The header's columns by name; nil (and a message per column) when one is unknown.
    mutating func columns(_ table: Table, _ header: [String], file: String) -> [String: Int]? {
        let (all, required, translated) = table.columns
        let languages = Array(site.languages.dropFirst())
        let known = all + languages.flatMap { language in translated.map { "\($0)_\(language)" } }
        var columns: [String: Int] = [:], fine = true
        for (index, name) in header.enumerated() {
            guard known.contains(name) else {
                fine = false
                // A text's column in a language this archive lacks (`case_title_ru` from a site
                // in three languages): the language is what to add, not a column to rename.
                if let cut = name.lastIndex(of: "_"), translated.contains(String(name[..<cut])),
                   LanguageCode.isValid(String(name[name.index(after: cut)...])) {
                    let language = String(name[name.index(after: cut)...])
                    diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1),
                        "the column '\(name)' gives texts in '\(language)', which is not one of this archive's languages (\(site.allLanguages.joined(separator: ", "))): add it to 'languages' in site.yml to import them, or delete the column"))
                    continue
                }
                diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: index + 1),
                    "unknown column '\(name)'\(Suggestion.phrase(for: name, in: known)) in the open data's \(table).csv of this archive (languages: \(site.allLanguages.joined(separator: ", ")))"))
                continue
            }
            columns[name] = index
        }
        for name in required where columns[name] == nil {
            fine = false
            diagnostics.append(Diagnostic(.error, file, SourcePosition(line: 1, column: 1), "the header has no column '\(name)', which \(table).csv needs"))
        }
        return fine ? columns : nil
    }
}
