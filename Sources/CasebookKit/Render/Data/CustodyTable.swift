/// `data/custody.csv`: one row per custody period of a person in a published case, in the
/// ledger's order (by person id, then by the day the period starts), with its days counted
/// as of the build's day. Written only when the archive records custody (`SitePlan`).
/// On a site of several languages, `place_<language>` columns follow with the place each
/// case translation gives.
struct CustodyTable: Sendable {
    let archive: Archive

    /// The same for every archive: nothing here depends on the site's settings.
    static let columns: [CSVColumn<CustodyLedger.Entry>] = [
        CSVColumn("person", "the person's permanent id") { $0.personID },
        CSVColumn("case", "the id of the case the period belongs to") { $0.caseID },
        CSVColumn("kind", "the kind of measure, as a key of custody_kinds (pretrial-detention, prison, travel-ban …)") { $0.period.kind },
        CSVColumn("from", "the first day, as written (maybe only the month or year)") { $0.period.from.description },
        CSVColumn("to", "the last day, as written; empty while the period lasts") { $0.period.to?.description ?? "" },
        CSVColumn("place", "where: a detention centre, a colony, a town, as written") { $0.period.place ?? "" },
        CSVColumn("days", "days of the period up to the as-of date, the first and last day both counted; 0 when it starts later; counted from the first day of a partial date") {
            String($0.days) },
        CSVColumn("held", "true when the kind deprives of liberty (counted as held and as days in custody), false for a measure such as a travel ban") {
            String($0.isHeldKind) },
        CSVColumn("current", "true when the period began on or before the as-of date and ends after it, or has no end") { String($0.isCurrent) },
    ]

    /// The place in each other language of the site, after the columns above.
    var languageColumns: [CSVColumn<CustodyLedger.Entry>] {
        let languages = LanguageColumns(archive: archive)
        return languages.csvColumns([
            .init(name: "place", description: "where, as written") { entry, language in
                Self.place(languages.translation(.cases, entry.caseID, language), entry) },
        ])
    }

    /// The place a case's translation gives a period (by the person's and the period's
    /// positions in the case file), if it gives one.
    static func place(_ translation: LinkedTranslation?, _ entry: CustodyLedger.Entry) -> String? {
        place(translation?.translation, entry)
    }

    static func place(_ translation: Translation?, _ entry: CustodyLedger.Entry) -> String? {
        guard let places = translation?.custodyPlaces, places.indices.contains(entry.participant) else { return nil }
        return places[entry.participant].element(entry.index)
    }

    func bytes() -> [UInt8] { CSVTable.bytes(Self.columns + languageColumns, archive.custody.entries) }
}
