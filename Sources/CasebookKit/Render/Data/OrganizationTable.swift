/// `data/organizations.csv`: one row per organization (courts included), in the order of
/// the organizations' names.
struct OrganizationTable: Sendable {
    let archive: Archive
    let urls: SiteURLs

    var columns: [CSVColumn<LinkedOrganization>] {
        let urls = self.urls
        let list = CSVTable.list
        let base: [CSVColumn<LinkedOrganization>] = [
            CSVColumn("id", "the organization's permanent id (its file name)") { $0.record.id },
            CSVColumn("url", "the organization's page") { urls.url(SitePaths.page(.organizations, $0.record.id)) },
            CSVColumn("name", "the organization's name") { $0.record.name },
            CSVColumn("short_name", "its short name or abbreviation") { $0.record.shortName ?? "" },
            CSVColumn("kind", "the kind of organization, as a key (party, movement, court …)") { $0.record.kind ?? "" },
            CSVColumn("banned", "when it was banned, maybe only the year or month") { $0.record.banned?.description ?? "" },
            CSVColumn("leaders", "ids of its leaders") { list($0.leaderIDs) },
            CSVColumn("member_count", "how many people in the archive list it among their affiliations") { String($0.memberIDs.count) },
            CSVColumn("case_count", "how many published cases name it") { String($0.caseIDs.count) },
            CSVColumn("court_case_count", "for a court: how many published cases name it as their court") { String($0.namedCourtCaseCount) },
        ]
        let alleged = archive.usesAffiliationKinds ? [Self.allegedCount] : []
        return base + alleged + (Self.usesHistory(archive) ? Self.history : []) + FormerIDColumns.organizations(archive)
    }

    /// Only an archive that gives former names, a predecessor or bans as a list has these
    /// columns, after the others, so the earlier columns keep their places.
    static func usesHistory(_ archive: Archive) -> Bool {
        archive.organizations.contains { linked in
            let o = linked.record
            return !o.formerNames.isEmpty || o.successorOf != nil || o.bans.contains { !$0.isShorthand }
        }
    }

    static let history: [CSVColumn<LinkedOrganization>] = [
        CSVColumn("former_names", "the names it had before, in the order the file gives them") {
            CSVTable.list($0.record.formerNames.map(\.name)) },
        CSVColumn("former_names_until", "for each former name, in the same order, the date it was used until (empty when not known)") {
            CSVTable.list($0.record.formerNames.map { $0.until?.description ?? "" }) },
        CSVColumn("successor_of", "the id of the organization it continues") { $0.record.successorOf?.id ?? "" },
        CSVColumn("ban_dates", "the date of every ban, in the order the file gives them") {
            CSVTable.list($0.record.bans.map(\.date.description)) },
        CSVColumn("ban_courts", "for each ban, in the same order, the id of the court that ordered it (empty when not given)") {
            CSVTable.list($0.record.bans.map { $0.by?.id ?? "" }) },
    ]

    /// Where the archive gives links kinds: the people that `member_count`, a count of facts, leaves out.
    static let allegedCount = CSVColumn<LinkedOrganization>("alleged_count",
        "how many people only the prosecution links to it (not in member_count)") { String($0.allegedIDs.count) }

    /// The name and short name in each other language of the site, after the columns above.
    var languageColumns: [CSVColumn<LinkedOrganization>] {
        let languages = LanguageColumns(archive: archive)
        return languages.csvColumns([
            .init(name: "name", description: "the organization's name") { organization, language in
                languages.translation(.organizations, organization.record.id, language)?.translation.name },
            .init(name: "short_name", description: "its short name or abbreviation") { organization, language in
                languages.translation(.organizations, organization.record.id, language)?.translation.shortName },
        ])
    }

    func bytes() -> [UInt8] { CSVTable.bytes(columns + languageColumns, archive.organizations) }
}
