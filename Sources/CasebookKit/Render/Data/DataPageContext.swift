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
        let personTable = PersonTable(archive: archive, urls: urls), organizationTable = OrganizationTable(archive: archive, urls: urls)
        let caseRows = archive.cases.reduce(0) { $0 + $1.record.people.count }
        let languages = LanguageColumns(archive: archive)
        let custody = archive.custody.recordsCustody ? archive.custody : nil
        var files: [DataFileEntry] = [
            file("data/cases.json", format: "JSON", rows: words.count("units.case", archive.cases.count),
                 about: words.text("data.cases_json"),
                 columns: CasesJSON.fields.map { ($0.name, $0.description) }
                    + (archive.cases.contains { !$0.record.documents.isEmpty } ? [CasesJSON.documentsField] : [])
                    + (archive.cases.contains { CasesJSON.givesCertainty($0, archive.translations) } ? CasesJSON.certaintyFields : [])
                    + (custody != nil ? CasesJSON.custodyFields : [])
                    + (archive.recordsDecisions ? CasesJSON.decisionFields : [])
                    + (archive.cases.contains { !$0.record.formerIDs.isEmpty } ? [FormerIDColumns.jsonField] : [])
                    + (archive.pages.contains { !$0.record.formerIDs.isEmpty } ? [FormerIDColumns.pagesField] : []),
                 languageColumns: languages.jsonKeys + (custody != nil ? languages.languages.map { "people.custody.place_\($0)" } : [])),
            file("data/cases.csv", format: "CSV", rows: words.count("units.row", caseRows),
                 about: words.text("data.cases_csv"),
                 columns: caseTable.columns.map { ($0.name, $0.description) }, languageColumns: caseTable.languageColumns.map(\.name)),
            file("data/people.csv", format: "CSV", rows: words.count("units.row", archive.people.count),
                 about: words.text("data.people_csv"),
                 columns: personTable.columns.map { ($0.name, $0.description) }, languageColumns: personTable.languageColumns.map(\.name)),
            file("data/organizations.csv", format: "CSV", rows: words.count("units.row", archive.organizations.count),
                 about: words.text("data.organizations_csv"),
                 columns: organizationTable.columns.map { ($0.name, $0.description) },
                 languageColumns: organizationTable.languageColumns.map(\.name)),
        ]
        var custodyHTML: String?
        if let custody, let asOf = custody.asOf {
            files.append(file("data/custody.csv", format: "CSV", rows: words.count("units.row", custody.entries.count),
                              about: words.text("data.custody_csv", ["date": words.date(asOf.date)]),
                              columns: CustodyTable.columns.map { ($0.name, $0.description) },
                              languageColumns: CustodyTable(archive: archive).languageColumns.map(\.name)))
            custodyHTML = words.text("data.custody_html", ["date": HeldSection.time(asOf.date, words: words)])
        }
        let sentences = DataSentences(words: words, prosecutions: archive.cases.count, persons: archive.prosecutedPersonCount,
                                      licence: archive.site.licence, siteTitle: archive.site.title,
                                      feedLimit: AtomFeed.limit, sitemap: urls.base != nil,
                                      siteRoot: archive.site.language == archive.site.defaultLanguage ? "" : "../")
        return DataPage(files: files, prosecutions: archive.cases.count, persons: archive.prosecutedPersonCount,
                        licence: archive.site.licence, baseURL: urls.base, feedLimit: AtomFeed.limit, sitemap: urls.base != nil,
                        sentences: sentences, custodyHTML: custodyHTML)
    }

    func file(_ path: String, format: String, rows: String, about: String, columns: [(String, String)],
              languageColumns: [String]) -> DataFileEntry {
        DataFileEntry(name: String(path.split(separator: "/").last!), href: path, format: format, rowsText: rows, about: about,
                      columns: columns.map { DataColumn(name: $0.0, description: columnWords(path, $0.0) ?? $0.1) },
                      languageColumnsHTML: languageColumnsSentence(languageColumns))
    }

    /// The sentence naming the columns of the site's other languages, each in `<code>`, as
    /// HTML (the catalogue's text escaped); nil for a site of one language.
    func languageColumnsSentence(_ columns: [String]) -> String? {
        guard !columns.isEmpty, let pattern = words.texts["data.language_columns"] else { return nil }
        let names = columns.map { "<code>\(HTMLEscaping.escape($0))</code>" }
        // The column list's own words: `list` may be a sentence's durations' alone, which
        // Kazakh writes side by side ("1 жыл 6 ай"), running the names together.
        let list = names.count > 1
            ? names.dropLast().joined(separator: HTMLEscaping.escape(words.text("data.language_columns_separator")))
                + HTMLEscaping.escape(words.text("data.language_columns_last")) + names.last!
            : names.joined()
        var html = ""
        for part in pattern.parts {
            switch part {
            case .text(let text): html += HTMLEscaping.escape(text)
            case .value(let name, _): html += name == "columns" ? list : HTMLEscaping.escape("{\(name)}")
            }
        }
        return html
    }

    /// A column's description in the catalogue (`columns_cases_json.id`); the definitions'
    /// own English words it when the catalogue has no such entry.
    func columnWords(_ path: String, _ column: String) -> String? {
        let file = path.split(separator: "/").last!.replacingOccurrences(of: ".", with: "_")
        // `former_ids` is worded in its feature's own section of the catalogue.
        if column == FormerIDColumns.name { return words.texts["renamed.former_ids_\(file)"]?.source }
        // The sentence terms, in theirs.
        if column.hasSuffix("sentence_terms") { return words.texts["sentence_terms.\(column)_\(file)"]?.source }
        return words.texts["columns_\(file).\(column)"]?.source
    }
}
