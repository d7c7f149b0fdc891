import Foundation

/// The ids a published site's open data lists, each once, with the line and column where it
/// is first written: from `data/cases.json` (`CasesJSON`) each case's id and former ids, the
/// ids of its people, its organizations and its court, and its `pages` (free pages and their
/// former ids, present once a page was renamed); from `people.csv` and `organizations.csv`
/// every person and organization with its former ids, those no case names too; and the
/// status, charge, region and tag addresses its cases make (`facets`).
/// casebook writes each case and each page of cases.json on one line, so that is the line of
/// the first naming the id; in a file laid out otherwise, the file's start. A CSV file's
/// entries are at their row, column 1.
struct PublishedIDs {
    struct Entry {
        let kind: ContentKind
        let id: String
        let position: SourcePosition
    }

    let entries: [Entry]

    /// A status, charge, region or tag a published case has, whose page's address
    /// (`tags/<key>/`) readers may have cited: each key once, at the first case naming it.
    struct FacetEntry {
        let facet: String
        let key: String
        /// As cases.json writes it (a region's or tag's spelling), and the case that has it.
        let written: String
        let caseID: String
        let position: SourcePosition
    }

    var facets: [FacetEntry] = []

    /// Each published case's sources in the order the site numbered them (`#source-1` …),
    /// by id, title and address (`SourceNumberCheck`).
    var sources: [(caseID: String, sources: [SourceNumberCheck.Published])] = []

    /// The published site's `url` (its `base_url`) and title per language (`title`, `title_ru`
    /// …, under "" the default's), which named its feed's ids (`FeedNameCheck`).
    var siteURL: String?
    var siteTitles: [String: String] = [:]
    /// The languages the published site had (each `title_<code>`, null when untranslated).
    var siteLanguages: Set<String> = []

    /// Nil when the bytes are not a cases.json: a JSON object with a `cases` list whose
    /// entries are objects with a text `id`.
    init?(_ bytes: [UInt8]) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let cases = root["cases"] as? [Any] else { return nil }
        let lines = Self.lines(bytes)
        var seen: Set<String> = [], seenFacets: Set<String> = []
        var entries: [Entry] = [], facets: [FacetEntry] = []
        var sources: [(caseID: String, sources: [SourceNumberCheck.Published])] = []
        func add(_ kind: ContentKind, _ id: Any?, line: (number: Int, text: Substring)?) {
            guard let id = id as? String, seen.insert("\(kind.rawValue)/\(id)").inserted else { return }
            let position = line.map { SourcePosition(line: $0.number, column: Self.column(of: id, in: $0.text)) } ?? .start
            entries.append(Entry(kind: kind, id: id, position: position))
        }
        for item in cases {
            guard let object = item as? [String: Any], let caseID = object["id"] as? String else { return nil }
            let line = lines.cases[caseID]
            add(.cases, caseID, line: line)
            for former in object["former_ids"] as? [Any] ?? [] { add(.cases, former, line: line) }
            for person in object["people"] as? [Any] ?? [] { add(.people, (person as? [String: Any])?["id"], line: line) }
            for organization in object["organizations"] as? [Any] ?? [] { add(.organizations, (organization as? [String: Any])?["id"], line: line) }
            add(.organizations, (object["court"] as? [String: Any])?["id"], line: line)
            Self.addFacets(object, caseID: caseID, line: line, to: &facets, seen: &seenFacets)
            sources.append((caseID, (object["sources"] as? [Any] ?? []).map { source in
                let fields = source as? [String: Any] ?? [:]
                return SourceNumberCheck.Published(id: fields["id"] as? String, title: fields["title"] as? String, url: fields["url"] as? String)
            }))
        }
        for item in root["pages"] as? [Any] ?? [] {
            guard let object = item as? [String: Any], let pageID = object["id"] as? String else { continue }
            let line = lines.pages[pageID]
            add(.pages, pageID, line: line)
            for former in object["former_ids"] as? [Any] ?? [] { add(.pages, former, line: line) }
        }
        self.entries = entries
        self.facets = facets
        self.sources = sources
        siteURL = root["url"] as? String
        for (key, value) in root where key == "title" || key.hasPrefix("title_") {
            let code = String(key.dropFirst("title".count).drop { $0 == "_" })
            siteLanguages.insert(code)
            if let title = value as? String { siteTitles[code] = title }
        }
    }

    /// The case's status, its charges and its defendants', its region and tags, as the
    /// facet pages key them (`FacetBuilder`).
    private static func addFacets(_ object: [String: Any], caseID: String, line: (number: Int, text: Substring)?,
                                  to facets: inout [FacetEntry], seen: inout Set<String>) {
        var found: [(String, String, String)] = []
        if let status = object["status"] as? String { found.append(("statuses", status, status)) }
        for charge in object["charges"] as? [Any] ?? [] {
            if let key = (charge as? [String: Any])?["key"] as? String { found.append(("charges", key, key)) }
        }
        for person in object["people"] as? [Any] ?? [] {
            for key in (person as? [String: Any])?["charges"] as? [Any] ?? [] { if let key = key as? String { found.append(("charges", key, key)) } }
        }
        if let region = (object["region"] as? String)?.trimmingSpaces, !region.isEmpty { found.append(("regions", FacetBuilder.slug(region), region)) }
        for tag in object["tags"] as? [Any] ?? [] {
            if let tag = (tag as? String)?.trimmingSpaces, !tag.isEmpty { found.append(("tags", FacetBuilder.slug(tag), tag)) }
        }
        for (facet, key, written) in found where seen.insert(facet + "/" + key).inserted {
            let position = line.map { SourcePosition(line: $0.number, column: column(of: written, in: $0.text)) } ?? .start
            facets.append(FacetEntry(facet: facet, key: key, written: written, caseID: caseID, position: position))
        }
    }

    /// The columns a published `people.csv` or `organizations.csv` starts with.
    static let csvHeaders: [ContentKind: [String]] = [.people: ["id", "url", "name", "aliases"],
                                                      .organizations: ["id", "url", "name", "short_name", "kind"]]

    /// A published `people.csv` (`kind` people) or `organizations.csv`: each row's id and its
    /// `former_ids` (`a; b`). Nil when the file is not one: no CSV, or another header.
    init?(csv bytes: [UInt8], kind: ContentKind) {
        guard case .success(let table) = CSVRows.read(bytes), let start = Self.csvHeaders[kind],
              table.header.starts(with: start) else { return nil }
        let former = table.header.firstIndex(of: FormerIDColumns.name)
        var entries: [Entry] = []
        for row in table.rows {
            guard let id = row.fields.first, !id.isEmpty else { continue }
            let position = SourcePosition(line: row.number, column: 1)
            entries.append(Entry(kind: kind, id: id, position: position))
            if let former, former < row.fields.count {
                for old in row.fields[former].split(separator: ";") {
                    let trimmed = old.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { entries.append(Entry(kind: kind, id: trimmed, position: position)) }
                }
            }
        }
        self.entries = entries
    }

    /// The line of each case, by id (the lines that start a case object, `    {"id":"x"`), and
    /// of each page, the same lines after `  "pages": [`.
    static func lines(_ bytes: [UInt8]) -> (cases: [String: (number: Int, text: Substring)], pages: [String: (number: Int, text: Substring)]) {
        let prefix = "    {\"id\":\""
        var cases: [String: (number: Int, text: Substring)] = [:], pages = cases
        var inPages = false
        let text = String(decoding: bytes, as: UTF8.self)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line == "  \"pages\": [" { inPages = true }
            guard line.hasPrefix(prefix) else { continue }
            let rest = line.dropFirst(prefix.count)
            guard let end = rest.firstIndex(of: "\"") else { continue }
            let id = String(rest[..<end])
            if inPages {
                if pages[id] == nil { pages[id] = (index + 1, line) }
            } else if cases[id] == nil {
                cases[id] = (index + 1, line)
            }
        }
        return (cases, pages)
    }

    /// The column (in characters, from 1) of the first `"id"` in the line, at the id itself.
    static func column(of id: String, in line: Substring) -> Int {
        guard let range = line.range(of: "\"\(id)\"") else { return 1 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 2
    }
}
