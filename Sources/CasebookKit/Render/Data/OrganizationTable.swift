/// `data/organizations.csv`: one row per organization (courts included), in the order of
/// the organizations' names.
struct OrganizationTable: Sendable {
    let archive: Archive
    let urls: SiteURLs

    var columns: [CSVColumn<LinkedOrganization>] {
        let urls = self.urls
        let list = CSVTable.list
        return [
            CSVColumn("id", "the organization's permanent id (its file name)") { $0.record.id },
            CSVColumn("url", "the organization's page") { urls.url(SitePaths.page(.organizations, $0.record.id)) },
            CSVColumn("name", "the organization's name") { $0.record.name },
            CSVColumn("short_name", "its short name or abbreviation") { $0.record.shortName ?? "" },
            CSVColumn("kind", "the kind of organization, as a key (party, movement, court …)") { $0.record.kind ?? "" },
            CSVColumn("banned", "when it was banned, maybe only the year or month") { $0.record.banned?.description ?? "" },
            CSVColumn("leaders", "ids of its leaders") { list($0.leaderIDs) },
            CSVColumn("member_count", "how many people in the archive list it among their affiliations") { String($0.memberIDs.count) },
            CSVColumn("case_count", "how many published cases name it") { String($0.caseIDs.count) },
            CSVColumn("court_case_count", "for a court: how many published cases it heard") { String($0.courtCaseIDs.count) },
        ] + (archive.usesAffiliationKinds ? [Self.allegedCount] : [])
    }

    /// Where the archive gives links kinds: the people that `member_count`, a count of facts, leaves out.
    static let allegedCount = CSVColumn<LinkedOrganization>("alleged_count",
        "how many people only the prosecution links to it (not in member_count)") { String($0.allegedIDs.count) }

    /// The name and short name in each other language of the site, after the columns above.
    var languageColumns: [CSVColumn<LinkedOrganization>] {
        let languages = LanguageColumns(archive: archive)
        return languages.csvColumns([
            .init(name: "name", description: "the organization's name") { organization, language in
                languages.translation(.organizations, organization.record.id, language)?.name },
            .init(name: "short_name", description: "its short name or abbreviation") { organization, language in
                languages.translation(.organizations, organization.record.id, language)?.shortName },
        ])
    }

    func bytes() -> [UInt8] { CSVTable.bytes(columns + languageColumns, archive.organizations) }
}
