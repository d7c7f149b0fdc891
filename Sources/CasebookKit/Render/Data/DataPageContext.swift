/// Makes the values of `data/index.html` (`DataPage`): every open data file with its columns, the licence,
/// the feed and the sitemap. Column descriptions come from the same definitions that
/// write the files, so the page cannot drift from them.
struct DataPageContext {
    static let path = "data/index.html"
    static let description = "The archive's cases, people and organizations as CSV and JSON files to download and reuse."

    let archive: Archive
    let urls: SiteURLs

    init(archive: Archive) {
        self.archive = archive
        self.urls = SiteURLs(base: archive.site.baseURL)
    }

    func page() -> DataPage {
        let caseTable = CaseTable(archive: archive, urls: urls)
        let caseRows = archive.cases.reduce(0) { $0 + $1.record.people.count }
        let files: [DataFileEntry] = [
            file("data/cases.json", format: "JSON", rows: Words.count(archive.cases.count, "case"),
                 about: "Every published case with its people, sentences, charges, court, events, sources and corrections, plus the site's vocabularies (statuses, roles, event types, sentence types, organization kinds, charges) so that every key can be read without site.yml. At the top: the site's title, address, licence, and the counts of prosecutions and persons prosecuted. Each case is one line of the file.",
                 columns: CasesJSON.fields.map { ($0.name, $0.description) }),
            file("data/cases.csv", format: "CSV", rows: Words.count(caseRows, "row"),
                 about: "One row per person in a case: a case with two defendants and a lawyer has three rows. The case's own columns repeat on each of its rows.",
                 columns: caseTable.columns.map { ($0.name, $0.description) }),
            file("data/people.csv", format: "CSV", rows: Words.count(archive.people.count, "row"),
                 about: "One row per person in the archive, whatever their role.",
                 columns: PersonTable(archive: archive, urls: urls).columns.map { ($0.name, $0.description) }),
            file("data/organizations.csv", format: "CSV", rows: Words.count(archive.organizations.count, "row"),
                 about: "One row per organization, courts included.",
                 columns: OrganizationTable(archive: archive, urls: urls).columns.map { ($0.name, $0.description) }),
        ]
        return DataPage(files: files, prosecutions: archive.cases.count, persons: archive.prosecutedPersonCount,
                        licence: archive.site.licence, baseURL: urls.base, feedLimit: AtomFeed.limit, sitemap: urls.base != nil)
    }

    func file(_ path: String, format: String, rows: String, about: String, columns: [(String, String)]) -> DataFileEntry {
        DataFileEntry(name: String(path.split(separator: "/").last!), href: path, format: format, rowsText: rows, about: about,
                 columns: columns.map { DataColumn(name: $0.0, description: $0.1) })
    }
}
