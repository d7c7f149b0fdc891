/// Makes the entry of a person held now (`HeldPerson`) from the custody ledger, in the
/// page's language: the lists of `/held/` and the "Held now" block of a case page read it.
struct HeldPeople {
    let archive: Archive
    let items: Items
    /// `custody_kinds` labelled in the page's language (`SiteConfig.localized(to:)`), each
    /// label left in the default language marked so (`shownIn`).
    var kinds: Vocabulary { archive.site.custodyKinds.vocabulary }
    /// The day the figures are counted at, as a date and in words.
    let asOf: DateValue
    let asOfText: String

    init(archive: Archive, items: Items) {
        self.archive = archive
        self.items = items
        // A ledger that records custody always has its day (the latest date of a period at least).
        let day = archive.custody.asOf?.date ?? PartialDate(year: 1)!
        self.asOf = items.words.templateDate(day)
        self.asOfText = asOf.text
    }

    var words: Catalogue { items.words }

    /// "1,032 days", or "about 1,032 days" when the count rests on a partial date.
    func daysText(_ days: Int, approximate: Bool) -> String {
        words.plural(approximate ? "held.days_about" : "held.days_count", digits: String(days),
                     shown: words.number.grouped(DecimalNumber(String(days))!))
    }

    /// A person held now, or nil when they are not. `caseShown`: the case page the entry
    /// is on, which it then does not link to.
    func person(_ id: String, caseShown: String? = nil) -> HeldPerson? {
        let ledger = archive.custody
        guard let current = ledger.currentHeld[id], let linked = archive.person(id) else { return nil }
        let entry = ledger.entries[current]
        let record = linked.record
        // The published name: a protected person's initials or pseudonym, never the file's.
        let link = items.personLinks[id] ?? Items.personLink(record, nameLang: linked.untranslated?.titleLang)
        let since = entry.period.from
        let continuous = ledger.continuousStart(of: id).flatMap { $0.firstDayNumber < since.firstDayNumber ? $0 : nil }
        let days = ledger.daysHeld[id] ?? 0
        let approximate = ledger.approximate.contains(id)
        let caseLink = entry.caseID == caseShown ? nil : archive.caseRecord(entry.caseID).map {
            TitledLink(title: $0.record.title, href: SitePaths.page(.cases, entry.caseID), titleLang: $0.untranslated?.titleLang)
        }
        // A protected person's address would locate them: their letters are never linked.
        let letters = record.letters != nil && !record.protection.hidesName ? "letters/index.html#\(id)" : nil
        return HeldPerson(
            id: id, name: link.name, nameLang: link.nameLang, href: link.href,
            photo: record.photo.map { $0.id.percentEncodedPath },
            // Without its own text the photo is described by the name, in the name's language.
            photoAlt: record.photo.map { $0.alt.map(BidiText.isolated) ?? link.name },
            photoLang: record.photo.flatMap { $0.alt != nil ? $0.shownIn : link.nameLang },
            since: words.templateDate(since), sinceText: words.text("case.held_since", ["date": words.date(since)]),
            continuousSince: continuous.map(words.templateDate),
            continuousSinceText: continuous.map { words.text("held.continuous_since", ["date": words.date($0)]) },
            days: days, daysText: daysText(days, approximate: approximate), approximate: approximate,
            kind: kinds.label(entry.period.kind), kindKey: entry.period.kind, kindLang: kinds.shownIn[entry.period.kind],
            place: place(of: entry), placeLang: placeLang(of: entry), caseLink: caseLink,
            letters: letters, support: letters == nil ? record.supportURL : nil)
    }

    /// The period's place as the page's language has it (the ledger of a language's archive
    /// carries the translated place), spelt by site.yml `places`.
    func place(of entry: CustodyLedger.Entry) -> String? {
        entry.period.place.map(archive.site.place)
    }

    /// The language of a place shown untranslated, for its `lang`; none when site.yml
    /// `places` spells it in the page's language.
    func placeLang(of entry: CustodyLedger.Entry) -> String? {
        guard let shownIn = entry.period.placeShownIn, let place = entry.period.place else { return nil }
        return archive.site.place(place) == place ? shownIn : nil
    }

    /// The "Held now" block of a case page: the case's people held now, in the ledger's
    /// order; nil when none is (and always without custody in the archive).
    func caseHeld(_ record: CaseRecord) -> CaseHeld? {
        let ids = record.people.map(\.person.id).filter { archive.custody.isHeldNow($0) }.uniqued()
        guard !ids.isEmpty else { return nil }
        // The ledger's order of `heldNow`, without walking it: longest held first, then by id.
        let days = archive.custody.daysHeld
        let people = ids.sorted { (-days[$0, default: 0], $0) < (-days[$1, default: 0], $1) }
            .compactMap { person($0, caseShown: record.id) }
        return CaseHeld(asOf: asOf, asOfText: words.text("case.held_as_of", ["date": asOfText]), people: people)
    }
}
