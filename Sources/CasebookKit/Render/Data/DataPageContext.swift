/// Makes the values of `data/index.html` (`DataPage`): every open data file with its columns, the licence,
/// the feed and the sitemap. Column descriptions come from the same definitions that
/// write the files, so the page cannot drift from them.
struct DataPageContext {
    static let path = "data/index.html"

    let archive: Archive
    let urls: SiteURLs
    let words: Catalogue

    init(archive: Archive, words: Catalogue) {
        self.archive = archive
        self.words = words
        self.urls = SiteURLs(base: archive.site.baseURL)
    }

    func page() -> DataPage {
        let caseTable = CaseTable(archive: archive, urls: urls)
        let caseRows = archive.cases.reduce(0) { $0 + $1.record.people.count }
        let files: [DataFileEntry] = [
            file("data/cases.json", format: "JSON", rows: words.count("units.case", archive.cases.count),
                 about: words.text("data.cases_json"),
                 columns: CasesJSON.fields.map { ($0.name, $0.description) }),
            file("data/cases.csv", format: "CSV", rows: words.count("units.row", caseRows),
                 about: words.text("data.cases_csv"),
                 columns: caseTable.columns.map { ($0.name, $0.description) }),
            file("data/people.csv", format: "CSV", rows: words.count("units.row", archive.people.count),
                 about: words.text("data.people_csv"),
                 columns: PersonTable(archive: archive, urls: urls).columns.map { ($0.name, $0.description) }),
            file("data/organizations.csv", format: "CSV", rows: words.count("units.row", archive.organizations.count),
                 about: words.text("data.organizations_csv"),
                 columns: OrganizationTable(archive: archive, urls: urls).columns.map { ($0.name, $0.description) }),
        ]
        let sentences = DataSentences(words: words, prosecutions: archive.cases.count, persons: archive.prosecutedPersonCount,
                                      licence: archive.site.licence, siteTitle: archive.site.title,
                                      feedLimit: AtomFeed.limit, sitemap: urls.base != nil,
                                      siteRoot: archive.site.language == archive.site.defaultLanguage ? "" : "../")
        return DataPage(files: files, prosecutions: archive.cases.count, persons: archive.prosecutedPersonCount,
                        licence: archive.site.licence, baseURL: urls.base, feedLimit: AtomFeed.limit, sitemap: urls.base != nil,
                        sentences: sentences)
    }

    func file(_ path: String, format: String, rows: String, about: String, columns: [(String, String)]) -> DataFileEntry {
        DataFileEntry(name: String(path.split(separator: "/").last!), href: path, format: format, rowsText: rows, about: about,
                      columns: columns.map { DataColumn(name: $0.0, description: columnWords(path, $0.0) ?? $0.1) })
    }

    /// A column's description in the catalogue (`columns_cases_json.id`); the definitions'
    /// own English words it when the catalogue has no such entry.
    func columnWords(_ path: String, _ column: String) -> String? {
        let file = path.split(separator: "/").last!.replacingOccurrences(of: ".", with: "_")
        return words.texts["columns_\(file).\(column)"]?.source
    }
}
