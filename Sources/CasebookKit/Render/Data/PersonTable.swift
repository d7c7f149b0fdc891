/// `data/people.csv`: one row per person in the archive, in the order of the people page.
struct PersonTable: Sendable {
    let archive: Archive
    let urls: SiteURLs

    var columns: [CSVColumn<LinkedPerson>] {
        let urls = self.urls, archive = self.archive
        let list = CSVTable.list
        return [
            CSVColumn("id", "the person's permanent id (their file name)") { $0.record.id },
            CSVColumn("url", "the person's page") { urls.url(SitePaths.page(.people, $0.record.id)) },
            CSVColumn("name", "the person's name") { $0.record.name },
            CSVColumn("aliases", "other spellings of the name") { list($0.record.aliases) },
            CSVColumn("born", "date of birth, maybe only the year") { $0.record.born?.description ?? "" },
            CSVColumn("region", "the person's region, as written") { $0.record.region ?? "" },
            CSVColumn("organizations", "ids of organizations the person is affiliated with or leads") { list($0.organizationIDs) },
            CSVColumn("case_count", "in how many published cases the person appears, in any role") {
                String(Self.caseIDs($0).count) },
            CSVColumn("case_ids", "the ids of those cases, newest development first") { list(Self.caseIDs($0)) },
            CSVColumn("defendant", "true when the person is a defendant in at least one published case (counted in \"persons prosecuted\")") {
                person in
                String(person.cases.contains { place in
                    archive.caseRecord(place.caseID).map { $0.record.people[place.participant].isDefendant } ?? false })
            },
        ] + (archive.usesAffiliationKinds ? [Self.organizationLinks] : [])
            + (archive.custody.recordsCustody ? [Self.heldNow(archive.custody)] : [])
            + FormerIDColumns.people(archive)
            + (archive.people.contains { $0.record.gender != nil } ? [Self.gender] : [])
            + (archive.people.contains { $0.record.died != nil } ? Self.death(archive.custody.asOf) : [])
    }

    /// `gender` as written, after every earlier column, in an archive where someone gives it.
    /// A protected person's is never published (`Protection.published`), so their cell is empty.
    static let gender = CSVColumn<LinkedPerson>("gender",
        "on a site where some person gives it: female or male, as the person's file gives it; empty when it does not, and always for a protected person") {
        $0.record.gender?.rawValue ?? "" }

    /// The person's death as their page gives it on the as-of day (`Person.died(asOf:)`), in an
    /// archive where someone's file gives `died`: the statistics' deaths in custody are the
    /// rows whose `died_in_custody` is true.
    static func death(_ asOf: AsOf?) -> [CSVColumn<LinkedPerson>] {
        [CSVColumn("died", "on a site where some person's death is recorded: the date they died (maybe partial); empty while they are alive or it is not known, and for a death after the as-of date") {
            $0.record.died(asOf: asOf)?.date.description ?? "" },
         CSVColumn("died_in_custody", "on such a site, where died is given: true when they died in custody, else false") {
            person in person.record.died(asOf: asOf).map { String($0.inCustody) } ?? "" }]
    }

    /// Whether the person is held now, where the archive records custody.
    static func heldNow(_ ledger: CustodyLedger) -> CSVColumn<LinkedPerson> {
        CSVColumn("held_now", "true when the person is held now (a period of a kind that deprives of liberty, begun by the as-of date and not ended; see custody.csv)") {
            String(ledger.isHeldNow($0.record.id)) }
    }

    /// The kind of each link of `organizations`, in its order, where the archive gives kinds.
    static let organizationLinks = CSVColumn<LinkedPerson>("organization_links",
        "the link to each organization of organizations, in the same order: a key of affiliations (member, alleged …), or leader where only the organization's file names the person") { person in
        CSVTable.list(person.organizationIDs.map { person.record.affiliation(with: $0) ?? "leader" })
    }

    static func caseIDs(_ person: LinkedPerson) -> [String] { person.cases.map(\.caseID).uniqued() }

    /// The name and aliases in each other language of the site, after the columns above.
    var languageColumns: [CSVColumn<LinkedPerson>] {
        let languages = LanguageColumns(archive: archive)
        return languages.csvColumns([
            .init(name: "name", description: "the person's name") { person, language in
                languages.translation(.people, person.record.id, language)?.translation.name },
            .init(name: "aliases", description: "other spellings of the name") { person, language in
                languages.translation(.people, person.record.id, language)?.translation.aliases.map(CSVTable.list) },
        ])
    }

    func bytes() -> [UInt8] { CSVTable.bytes(columns + languageColumns, archive.people) }
}
