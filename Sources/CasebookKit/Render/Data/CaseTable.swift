/// `data/cases.csv`: one row per person in a case, so a case with two defendants and a
/// lawyer has three rows. Prosecutions are the distinct `case_id`s; persons prosecuted are
/// the distinct `person_id`s of rows whose role is `defendant`.
struct CaseTable: Sendable {
    struct Row: Sendable {
        let linked: LinkedCase
        let participant: CaseRecord.Participant
    }

    let archive: Archive
    let urls: SiteURLs
    /// Some case lists decisions: only then the first-instance and in-absentia columns are written.
    let recordsDecisions: Bool
    /// The words of the default language, which the sentences are worded in, as on its case pages.
    let words: Catalogue
    /// Some case or defendant gives `status_certainty`: only then its columns are written.
    let recordsStatusCertainty: Bool

    init(archive: Archive, urls: SiteURLs, words: Catalogue? = nil) {
        self.archive = archive
        self.urls = urls
        self.recordsDecisions = archive.recordsDecisions
        self.words = words ?? Catalogue.base(for: archive.site.language)
        self.recordsStatusCertainty = archive.cases.contains { linked in
            linked.record.statusCertainty?.certainty != nil
                || linked.record.people.contains { $0.isDefendant && $0.statusCertainty?.certainty != nil }
        }
    }

    /// Cases in the order of the site's case list (newest development first), people in
    /// the order the case file lists them.
    var rows: [Row] {
        archive.cases.flatMap { linked in linked.record.people.map { Row(linked: linked, participant: $0) } }
    }

    var columns: [CSVColumn<Row>] {
        let site = archive.site, archive = self.archive, urls = self.urls, words = self.words
        let list = CSVTable.list
        return [
            CSVColumn("case_id", "the case's permanent id (its file name)") { $0.linked.record.id },
            CSVColumn("case_url", "the case's page") { urls.url(SitePaths.page(.cases, $0.linked.record.id)) },
            CSVColumn("case_title", "the case's title") { $0.linked.record.title },
            CSVColumn("status", "the case's status, as a key") { $0.linked.record.status.id },
            CSVColumn("status_label", "the case's status in words") { site.statuses.label($0.linked.record.status.id) },
            CSVColumn("status_as_of", "when the status was last confirmed (a date, maybe partial)") {
                $0.linked.record.statusAsOf?.description ?? "" },
            CSVColumn("latest_date", "the date of the case's latest event, else status_as_of") { $0.linked.latestDate?.description ?? "" },
            CSVColumn("updated", "when the case's record was last updated") { $0.linked.updated?.description ?? "" },
            CSVColumn("court_id", "the id of the court, an organization") { $0.linked.record.court?.id ?? "" },
            CSVColumn("court_name", "the court's name") { $0.linked.record.court.flatMap { archive.organization($0.id)?.record.name } ?? "" },
            CSVColumn("region", "the region, as written") { $0.linked.record.region ?? "" },
            CSVColumn("city", "the city, as written") { $0.linked.record.city ?? "" },
            CSVColumn("charges", "the case's charges, as keys (see cases.json for labels and laws)") {
                list($0.linked.record.charges.map(\.id).uniqued()) },
            CSVColumn("person_id", "the person's permanent id") { $0.participant.person.id },
            CSVColumn("person_name", "the person's name") { archive.person($0.participant.person.id)?.record.name ?? $0.participant.person.id },
            CSVColumn("role", "the person's role in the case, as a key (defendant, witness, lawyer …)") { $0.participant.role },
            CSVColumn("person_status", "defendants only: their own status, as a key (the case's status unless the file says otherwise)") {
                $0.participant.status(in: $0.linked.record) ?? "" },
            CSVColumn("person_charges", "defendants only: their charges, as keys (the case's charges unless the file says otherwise)") {
                list($0.participant.chargeKeys(in: $0.linked.record)) },
            CSVColumn("sentence", "the person's sentence in words, as on the case page") {
                SentenceWording.describe($0.participant.currentSentence(site.decisionOutcomes), site: site, words: words) },
            CSVColumn("sentence_types", "the kinds of penalty in the sentence, as keys") {
                list($0.participant.currentSentence(site.decisionOutcomes).map(\.type)) },
        ] + (recordsDecisions ? Self.decisionColumns(site: site, words: words) : []) + [
            CSVColumn("organizations", "ids of the organizations the case names") { list($0.linked.record.organizations.map(\.id).uniqued()) },
            CSVColumn("tags", "the case's tags, as written") { list($0.linked.record.tags.uniqued()) },
            CSVColumn("source_count", "how many sources the case cites") { String($0.linked.record.sources.count) },
            CSVColumn("person_url", "the person's page") { urls.url(SitePaths.page(.people, $0.participant.person.id)) },
            CSVColumn("related_cases", "ids of related cases") { list($0.linked.relatedCaseIDs) },
            CSVColumn("source_urls", "the addresses of the case's sources, separated by spaces") {
                $0.linked.record.sources.compactMap(\.url).joined(separator: " ") },
        ] + FormerIDColumns.cases(archive) + Self.termColumns(site: site, decisions: recordsDecisions)
            + (recordsStatusCertainty ? Self.certaintyColumns : [])
            + (recordsCountry ? Self.countryColumns(site.defaultLanguage) : [])
            + (recordsUnnamed ? [Self.unnamedColumn] : [])
    }

    /// Some published case counts defendants it does not name: only then their column is written.
    var recordsUnnamed: Bool { archive.cases.contains { $0.record.unnamedDefendants > 0 } }

    /// A case's `unnamed_defendants`, after every other column (added later): they are no
    /// rows of this file, and a reader counting persons from it alone counted fewer than
    /// the site's pages and cases.json say.
    static let unnamedColumn = CSVColumn<Row>("unnamed_defendants",
        "on a site where some case gives them: the defendants the case's sources count but do not name, a whole number on each of its rows (empty when it gives none); they are no rows here, so add each case's once to the persons") {
        $0.linked.record.unnamedDefendants > 0 ? String($0.linked.record.unnamedDefendants) : "" }

    /// Some published case gives `country`: only then its columns are written.
    var recordsCountry: Bool { archive.cases.contains { $0.record.country != nil } }

    /// The case's country, after every other column (added later): its ISO 3166-1 code as
    /// written, and its name in the default language, as on the case page; the other
    /// languages' names are among the language columns (`country_name_ru`).
    static func countryColumns(_ language: String) -> [CSVColumn<Row>] {
        [CSVColumn("country", "on a site where some case gives one: the case's country, an ISO 3166-1 alpha-2 code (KZ); empty when the case does not say") {
            $0.linked.record.country?.id ?? "" },
         CSVColumn("country_name", "on such a site: the country's name, as on the case page") {
            row in row.linked.record.country.map { Country.name($0.id, in: language) } ?? "" }]
    }

    /// How sure the sources are of the statuses, after every other column (added later), on a
    /// site where some status gives it: a reader of `status` alone would take a disputed
    /// release for a fact.
    static let certaintyColumns: [CSVColumn<Row>] = [
        CSVColumn("status_certainty", "on a site where some status gives one: how sure the sources are of the case's status (reported or disputed; empty when the case does not say)") {
            $0.linked.record.statusCertainty?.certainty?.rawValue ?? "" },
        CSVColumn("person_status_certainty", "on such a site, defendants only: how sure the sources are of their status in person_status (their own, else the case's)") {
            row in row.participant.isDefendant ? row.participant.shownStatusCertainty(in: row.linked.record)?.certainty?.rawValue ?? "" : "" },
        // Added after the two above: "disputed" alone does not say by whom or why.
        CSVColumn("status_note", "on such a site: the case's status_note, why the sources are as sure of its status as they are (empty when it gives none)") {
            $0.linked.record.statusCertainty?.note ?? "" },
        CSVColumn("person_status_note", "on such a site, defendants only: the note on their status in person_status (their own status_note, else the case's)") {
            row in row.participant.isDefendant ? row.participant.shownStatusCertainty(in: row.linked.record)?.note ?? "" : "" },
    ]

    /// The case's title, the person's name and the court's name in each other language of
    /// the site, after the columns above.
    var languageColumns: [CSVColumn<Row>] {
        let languages = LanguageColumns(archive: archive)
        return languages.csvColumns([
            .init(name: "case_title", description: "the case's title") { row, language in
                languages.translation(.cases, row.linked.record.id, language)?.translation.title },
            .init(name: "person_name", description: "the person's name") { row, language in
                languages.translation(.people, row.participant.person.id, language)?.translation.name },
            .init(name: "court_name", description: "the court's name") { row, language in
                row.linked.record.court.flatMap { languages.translation(.organizations, $0.id, language)?.translation.name } },
        ] + (recordsCountry ? [.init(name: "country_name", description: "the country's name") { row, language in
                // Empty for a language without country names, rather than English under its name.
                Country.hasNames(in: language) ? row.linked.record.country.map { Country.name($0.id, in: language) } : nil }] : []))
    }

    func bytes() -> [UInt8] { CSVTable.bytes(columns + languageColumns, rows) }
}

extension CaseRecord.Participant {
    /// A defendant's own status, else the case's; nil for other roles, as on the case page.
    func status(in record: CaseRecord) -> String? {
        isDefendant ? (status ?? record.status.id) : nil
    }

    /// A defendant's own charges, else the case's; none for other roles.
    func chargeKeys(in record: CaseRecord) -> [String] {
        isDefendant ? (charges ?? record.charges).map(\.id).uniqued() : []
    }
}
