/// What a spreadsheet's rows become: its cases, with their people, charges, court, events and
/// sources, and the person and court files the archive lacks. Filled row by row; every
/// mistake is a diagnostic at its row and column (`ImportPlan+Values`), and files are made
/// only from rows without one.
struct ImportPlan {
    struct Person {
        var id: String
        var name: String
        var aliases: [String]
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
        var status = ""
        var court: String?
        var region = "", city = ""
        var charges: [String] = []
        var people: [Participant] = []
        var events: [(date: PartialDate, type: String, person: String)] = []
        var sources: [(url: String, title: String)] = []
    }

    let site: SiteConfig
    let content: String
    var diagnostics: [Diagnostic] = []
    var cases: [Case] = []
    var caseIndex: [String: Int] = [:]
    /// Files to make for people and courts the archive lacks, by id, in the order met.
    var newPeople: [Person] = []
    var newCourts: [(id: String, name: String)] = []
    /// Folded names and aliases of the archive's people and organizations, and of the new ones.
    var peopleByName: [String: Set<String>] = [:]
    var organizationsByName: [String: Set<String>] = [:]
    /// The archive's cases by folded title: a row of one of them is imported already.
    var casesByTitle: [String: String] = [:]
    var takenIDs: [ContentKind: Set<String>]

    init(archive: ParsedContent, content: String) {
        site = archive.site
        self.content = content
        takenIDs = [.cases: archive.fileIDs[.cases] ?? [], .people: archive.fileIDs[.people] ?? [],
                    .organizations: archive.fileIDs[.organizations] ?? []]
        for record in archive.cases { casesByTitle[Self.titleKey(record.title)] = record.id }
        for person in archive.people {
            for name in [person.name] + person.aliases { peopleByName[Self.folded(name), default: []].insert(person.id) }
        }
        for organization in archive.organizations {
            for name in [organization.name, organization.id] + organization.aliases + [organization.shortName].compactMap({ $0 }) {
                organizationsByName[Self.folded(name), default: []].insert(organization.id)
            }
        }
    }

    static func folded(_ name: String) -> String { SearchNormalizer.words(name).joined(separator: " ") }

    /// A case title as rows repeat it: case and runs of spaces aside, every character counts.
    static func titleKey(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A new id made from a name as `casebook new` makes it, unique among the archive's files
    /// and this import's (`-2`, `-3` … after it).
    mutating func newID(_ name: String, kind: ContentKind) -> String? {
        let base = NewFile.shortened(Identifier.slug(name))
        guard !base.isEmpty else { return nil }
        var id = base, n = 2
        while takenIDs[kind]?.contains(id) == true { id = "\(base)-\(n)"; n += 1 }
        takenIDs[kind, default: []].insert(id)
        return id
    }

    mutating func add(_ table: CSVRows, file: String) {
        var columns: [String: Int] = [:]
        for (index, name) in table.header.enumerated() {
            guard ImportColumns.names.contains(name) else {
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
        guard diagnostics.isEmpty else { return }
        for row in table.rows { add(ImportRow(row, columns: columns, file: file)) }
    }

    /// The files to write: people, courts, then cases, each as `content/<kind>/<id>.md`.
    func files() -> [(path: String, text: String)] {
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return [] }
        return newPeople.map { ("\(content)/people/\($0.id).md", ImportText.person($0)) }
            + newCourts.map { ("\(content)/organizations/\($0.id).md", ImportText.court($0.name)) }
            + cases.map { ("\(content)/cases/\($0.id).md", ImportText.caseFile($0, site: site)) }
    }
}

/// One row's fields by column name, and where each is, for messages.
struct ImportRow {
    let file: String
    let number: Int
    let fields: [String]
    let columns: [String: Int]

    init(_ row: CSVRows.Row, columns: [String: Int], file: String) {
        self.file = file
        self.number = row.number
        self.fields = row.fields
        self.columns = columns
    }

    subscript(_ name: String) -> String {
        guard let index = columns[name], index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func list(_ name: String) -> [String] {
        self[name].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func error(_ column: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, file, SourcePosition(line: number, column: (columns[column] ?? 0) + 1), message)
    }
}
