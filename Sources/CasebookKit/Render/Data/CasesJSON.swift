/// `data/cases.json`: every published case with everything its page shows except the
/// account itself, plus the site's vocabularies so that keys can be read without site.yml.
/// Keys are always present (null or [] when the file says nothing) and always in the same
/// order; dates are written as in the files (`2021`, `2021-03`, `2021-03-04`). The one
/// exception is `documents`, present only on a case that lists some, so that an archive
/// without documents publishes the same file as before they existed.
struct CasesJSON: Sendable {
    let archive: Archive
    let urls: SiteURLs
    /// The site's other languages and the translations into them.
    let languages: LanguageColumns
    /// Some case lists decisions: only then people carry `decisions` and the sentences beside them.
    let recordsDecisions: Bool
    /// The words of the default language, which `sentence_text` is worded in, as on its case pages.
    let words: Catalogue

    init(archive: Archive, urls: SiteURLs, words: Catalogue? = nil) {
        self.archive = archive
        self.urls = urls
        self.languages = LanguageColumns(archive: archive)
        self.recordsDecisions = archive.recordsDecisions
        self.words = words ?? Catalogue.base(for: archive.site.language)
    }

    /// The fields of one case, for the data page. A test holds this list to the output.
    static let fields: [(name: String, description: String)] = [
        ("id", "the case's permanent id (its file name)"),
        ("url", "the case's page"),
        ("title", "the title"),
        ("summary", "the one-line summary, or null"),
        ("status, status_label", "the case's status as a key and in words"),
        ("status_as_of", "when the status was last confirmed"),
        ("latest_date", "the date of the latest event, else status_as_of"),
        ("updated", "when the record was last updated"),
        ("draft", "true only in a preview built with --drafts"),
        ("people", "everyone in the case: id, name, url, role and role_label, status and status_label and charges (defendants only; null and [] for other roles), sentence (components: type, type_label, years, months, days, hours, amount, note) and sentence_text (the sentence in words)"),
        ("organizations", "organizations the case names: id, name, url"),
        ("charges", "the case's charges: key, label, law"),
        ("court", "the court: id, name, url; or null"),
        ("region, city", "as written"),
        ("tags", "as written"),
        ("related_cases", "ids of related cases, both directions"),
        ("events", "dated events, oldest first: date, type and type_label, summary, people (ids; the case's defendants unless the event names some), sources (ids of this case's sources)"),
        ("sources", "every source as written: id, title, publisher, url, date, language, archive_url"),
        ("corrections", "the public corrections log: date, note"),
    ]
    /// Listed on the data page only when the archive records custody, as the keys are in the file only then.
    static let custodyFields: [(name: String, description: String)] = [
        ("as_of", "at the top: the date custody is counted at (days, held now, current)"),
        ("vocabularies.custody_kinds", "at the top: the kinds of custody, key and label"),
        ("people.held_now", "true when the person is held now, in this case or another"),
        ("people.custody", "the person's custody periods in this case: from, to (null while it lasts), kind and kind_label, held (true when the kind deprives of liberty), place, days (up to the as-of date, first and last day counted), current (begun by the as-of date and not ended)"),
    ]
    /// Listed on the data page only when a case or event gives them, as the keys are in the file only then.
    static let certaintyFields: [(name: String, description: String)] = [
        ("events.certainty, events.note", "on an event that gives them: how sure the sources are (reported or disputed) and why"),
        ("status_certainty, status_note, status_sources", "on a case, and on a person of a case, that gives them: how sure the sources are of the status, why, and the ids of this case's sources that report it"),
    ]
    /// Listed on the data page only when a case has documents, as the key is in the file only then.
    static let documentsField = (name: "documents", description: "on a case that has some, its documents: title, date, kind and kind_label, file (the address of the file on this site), url, language, sources (ids of this case's sources)")

    /// The bytes of `document` with pretty depth 2 and a final line feed, written one case
    /// at a time: the whole document as `JSON` values held 100,000 cases' trees at once.
    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(6144 * archive.cases.count + 8192)  // 3-4 KB a case; reserved, not touched
        out += "{".utf8
        for (key, value) in header {
            out += "\n  ".utf8
            JSON.quote(key, into: &out, scriptSafe: false)
            out += ": ".utf8
            value.write(into: &out, depth: 1, prettyDepth: 2, scriptSafe: false)
            out += ",".utf8
        }
        out += "\n  \"cases\": [".utf8
        for index in archive.cases.indices {
            out += (index > 0 ? ",\n    " : "\n    ").utf8
            caseObject(archive.cases[index]).write(into: &out, depth: 2, prettyDepth: 2, scriptSafe: false)
        }
        out += (archive.cases.isEmpty ? "]" : "\n  ]").utf8
        if let pages = FormerIDColumns.pages(archive, urls: urls) {
            out += ",\n  \"pages\": ".utf8
            pages.write(into: &out, depth: 1, prettyDepth: 2, scriptSafe: false)
        }
        out += "\n}\n".utf8
        return out
    }

    /// The whole file as one value (what `bytes` writes, held at once).
    var document: JSON {
        .object(header + [("cases", .array(archive.cases.map(caseObject)))]
                + (FormerIDColumns.pages(archive, urls: urls).map { [("pages", $0)] } ?? []))
    }

    /// The keys of a case that a translation gives, each followed in a site of several
    /// languages by `<key>_<language>` (nested ones named by their list: `people.name`).
    static let translatedKeys = ["title", "summary", "people.name", "organizations.name", "court.name",
                                 "events.summary", "sources.title", "corrections.note"]

    func caseObject(_ linked: LinkedCase) -> JSON {
        let record = linked.record, site = archive.site
        let translations = languages.translations(.cases, record.id)
        let court: JSON = record.court.map { reference(.organizations, $0.id, name: archive.organization($0.id)?.record.name) } ?? .null
        // Events are listed as on the page (`EventOrder`); a translation gives their summaries in the file's order.
        let events = EventOrder.order(record.events.map { ($0.date.firstDayNumber, $0.date.lastDayNumber) })
        let corrections = record.corrections.indices.sorted { record.corrections[$0].date < record.corrections[$1].date }
        var members: [(String, JSON)] = [
            ("id", .string(record.id)),
            ("url", .string(urls.url(SitePaths.page(.cases, record.id)))),
            ("title", .string(record.title)),
            ("summary", .text(record.summary)),
            ("status", .string(record.status.id)),
            ("status_label", .string(site.statuses.label(record.status.id))),
            ("status_as_of", .date(record.statusAsOf)),
            ("latest_date", .date(linked.latestDate)),
            ("updated", .date(linked.updated)),
            ("draft", .bool(record.draft)),
            ("people", .array(record.people.indices.map { person(record.people[$0], in: record, at: $0, translations) })),
            ("organizations", .array(record.organizations.map(\.id).uniqued().map {
                reference(.organizations, $0, name: archive.organization($0)?.record.name) })),
            ("charges", .array(record.charges.map(\.id).uniqued().map(charge))),
            ("court", court),
            ("region", .text(record.region)),
            ("city", .text(record.city)),
            ("tags", .texts(record.tags.uniqued())),
            ("related_cases", .texts(linked.relatedCaseIDs)),
            ("events", .array(events.map { event(record.events[$0], at: $0, in: record, translations) })),
            ("sources", .array(record.sources.indices.map { source(record.sources[$0], at: $0, translations) })),
            ("corrections", .array(corrections.map { index in
                let correction = record.corrections[index]
                var members: [(String, JSON)] = [("date", .string(correction.date.description)), ("note", .string(correction.note))]
                languages.add("note", translations, to: &members) { $0.correctionNotes.element(index) }
                return .object(members)
            })),
        ]
        if let status = record.statusCertainty {
            members.insert(contentsOf: Self.statusCertainty(status), at: 8)  // after status_as_of
        }
        if !record.documents.isEmpty {
            members.insert(("documents", .array(record.documents.indices.map { document(record.documents[$0], at: $0, translations) })),
                           at: members.count - 1)
        }
        // Issue 19's case facts, only on the cases that give them: other archives' files stay as they were.
        if let place = members.firstIndex(where: { $0.0 == "city" }) {
            let added: [(String, JSON)] = [("country", record.country.map { .string($0.id) }), ("offence_date", record.offenceDate.map { .date($0) }),
                                           ("unnamed_defendants", record.unnamedDefendants > 0 ? .int(record.unnamedDefendants) : nil)]
                .compactMap { key, value in value.map { (key, $0) } }
            members.insert(contentsOf: added, at: place + 1)
        }
        if let formerIDs = FormerIDColumns.json(record) { members.insert(formerIDs, at: 1) }  // after id
        languages.add("title", translations, to: &members) { $0.title }
        languages.add("summary", translations, to: &members) { $0.summary }
        return .object(members)
    }
}
