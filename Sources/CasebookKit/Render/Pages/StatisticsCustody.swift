/// The custody and recognition figures of the statistics page, as of the ledger's day.
/// Custody figures exist only when the archive records custody (`recordsCustody`), and the
/// recognition figures only when someone is recognised, so an archive using neither gets
/// none of this and its page stays as it was.
struct CustodyStatistics: Sendable {
    /// A row of the by-kind and by-region tables: people held now.
    struct Row: Sendable {
        let label: String
        let href: String?
        let people: Int
        /// A region's or a kind's language where its label is not the page's.
        var lang: String? = nil
    }

    let asOf: AsOf
    /// Nil when the archive records no custody.
    let custody: Custody?
    /// Nil when nobody is recognised by the as-of day.
    let recognition: Recognition?

    struct Custody: Sendable {
        let heldNow: Int
        let byKind: [Row]
        let byRegion: [Row]
        let everHeld: Int
        let heldBefore: Int
        let days: CustodyLedger.DaysFigures?
    }

    struct Recognition: Sendable {
        /// People with a recognition dated on or before the as-of day (or undated).
        let ever: Int
        /// Of them, held now; nil when the archive records no custody.
        let heldNow: Int?
    }

    /// Nil when there is nothing to show (no custody and no recognition) or no day to count at.
    init?(archive: Archive, words: Catalogue) {
        let ledger = archive.custody
        guard let asOf = ledger.asOf else { return nil }
        let today = asOf.dayNumber
        let recognised = archive.people.filter { person in
            person.record.recognitions.contains { $0.counts(at: today) }
        }.map(\.record.id)
        guard ledger.recordsCustody || !recognised.isEmpty else { return nil }
        self.asOf = asOf
        let site = archive.site
        if ledger.recordsCustody {
            let kinds = site.custodyKinds.vocabulary
            custody = Custody(
                heldNow: ledger.heldNow.count,
                byKind: ledger.heldNowByKind(site.custodyKinds).map {
                    Row(label: Statistics.capitalized(kinds.label($0.kind)), href: nil, people: $0.people, lang: kinds.shownIn[$0.kind]) },
                byRegion: Self.regions(archive, words: words),
                everHeld: ledger.everHeld.count, heldBefore: ledger.heldBeforeNotNow, days: ledger.daysFigures)
        } else {
            custody = nil
        }
        recognition = recognised.isEmpty ? nil
            : Recognition(ever: recognised.count,
                          heldNow: ledger.recordsCustody ? recognised.filter(ledger.isHeldNow).count : nil)
    }

    /// People held now by region: the person's own `region`, else the region of the case
    /// they are held in. Regions spelt alike are one row (as the region pages group them),
    /// labelled and linked as the region's page when cases have it; most people first.
    static func regions(_ archive: Archive, words: Catalogue) -> [Row] {
        let ledger = archive.custody
        let facet = archive.facets.first { $0.name == "regions" }?.values ?? []
        let pages = Dictionary(facet.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: Int] = [:]
        var spelling: [String: String] = [:]
        for person in ledger.heldNow {
            let caseID = ledger.currentHeld[person].map { ledger.entries[$0].caseID }
            let written = archive.person(person)?.record.region?.trimmingSpaces.nonEmpty
                ?? caseID.flatMap { archive.caseRecord($0)?.record.region?.trimmingSpaces.nonEmpty }
            let key = written.map(FacetBuilder.slug) ?? Statistics.none
            counts[key, default: 0] += 1
            // heldNow is in a fixed order, so the spelling kept is the same every build.
            if let written, spelling[key] == nil { spelling[key] = written }
        }
        let rows = counts.keys.filter { $0 != Statistics.none }.sorted().map { key in
            Row(label: pages[key]?.label ?? archive.site.place(spelling[key] ?? key),
                href: pages[key].map { _ in SitePaths.facet("regions", key) }, people: counts[key] ?? 0,
                lang: pages[key].map(\.lang) ?? archive.site.placeLang(spelling[key] ?? key))
        }
        return rows.enumerated().sorted { ($1.element.people, $0.offset) < ($0.element.people, $1.offset) }.map(\.element)
            + (counts[Statistics.none].map { [Row(label: words.text("statistics.no_region"), href: nil, people: $0)] } ?? [])
    }
}
