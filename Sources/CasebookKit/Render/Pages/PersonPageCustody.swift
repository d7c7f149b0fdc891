/// The custody table of a person page (`custody`, `partials/custody`): for each case, every
/// period with its measure, dates, place, days and sources, and the days held in the case
/// and in all, as of the build's day. Present only when the person has custody periods.
struct PersonCustody: TemplateFields {
    let asOf: DateValue
    let cases: [CustodyCase]
    /// "In custody in all cases: 1,032 days as of 1 January 2024.", when periods in more
    /// than one case are counted.
    let allTotalText: String?
    /// Some measure listed does not deprive of liberty, so its days are not counted.
    let notCountedNote: Bool
    /// Some count rests on a partial date ("about").
    let aboutNote: Bool

    static let fieldNames = ["as_of", "cases", "all_total_text", "not_counted_note", "about_note"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "as_of": .fields(asOf)
        case "cases": .list(cases)
        case "all_total_text": allTotalText.templateValue
        case "not_counted_note": notCountedNote ? .bool(true) : nil
        case "about_note": aboutNote ? .bool(true) : nil
        default: nil
        }
    }
}

/// `{case, rows, days, total_text}`: the periods of one case.
struct CustodyCase: TemplateFields {
    let caseLink: TitledLink
    let rows: [CustodyRow]
    /// Days held in this case (held measures only).
    let days: Int
    /// "In custody in this case: 152 days as of 1 January 2024.", when a held measure is counted.
    let totalText: String?

    static let fieldNames = ["case", "rows", "days", "total_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "case": .fields(caseLink)
        case "rows": .list(rows)
        case "days": .int(days)
        case "total_text": totalText.templateValue
        default: nil
        }
    }
}

/// A custody period as a row of the table.
struct CustodyRow: TemplateFields {
    let kind: String
    let kindKey: String
    /// The label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    let kindLang: String?
    /// The measure deprives of liberty: its days are counted.
    let held: Bool
    let from: DateValue
    let to: DateValue?
    /// Without `to`: "still held", or "continues" for a measure that does not deprive of liberty.
    let toText: String?
    let place: String?
    /// The place's language where it is not the page's (not translated).
    let placeLang: String?
    /// The days counted, 0 for a measure not counted or a period not begun.
    let days: Int
    /// "152 days", "about 152 days", "not counted", "not begun".
    let daysText: String
    /// The case's sources the period cites, by their numbers on the case page.
    let sources: [SourceRef]

    static let fieldNames = ["kind", "kind_key", "kind_lang", "held", "from", "to", "to_text", "place", "place_lang", "days", "days_text", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "kind": .string(kind)
        case "kind_key": .string(kindKey)
        case "kind_lang": kindLang.templateValue
        case "held": held ? .bool(true) : nil
        case "from": .fields(from)
        case "to": to.templateValue
        case "to_text": toText.templateValue
        case "place": place.templateValue
        case "place_lang": placeLang.templateValue
        case "days": .int(days)
        case "days_text": .string(daysText)
        case "sources": .list(sources)
        default: nil
        }
    }
}

extension PersonPageContext {
    /// The person's custody, case by case in the order of their cases; nil without periods.
    func custody(_ linked: LinkedPerson) -> PersonCustody? {
        let ledger = archive.custody
        let id = linked.record.id
        guard let indexes = ledger.byPerson[id], !indexes.isEmpty else { return nil }
        let held = HeldPeople(archive: archive, items: items)
        let words = items.words
        var cases: [CustodyCase] = []
        var notCounted = false, about = false
        for caseID in linked.cases.map(\.caseID).uniqued() {
            let entries = indexes.map { ledger.entries[$0] }.filter { $0.caseID == caseID }
            guard !entries.isEmpty, let linkedCase = archive.caseRecord(caseID) else { continue }
            let record = linkedCase.record
            var numbers: [String: Int] = [:]
            for (index, source) in record.sources.enumerated() { if let id = source.id { numbers[id] = index + 1 } }
            let rows = entries.map { entry -> CustodyRow in
                let period = entry.period
                let days: String
                if !entry.isHeldKind { days = words.text("person.custody_not_counted"); notCounted = true }
                else if entry.days == 0 { days = words.text("person.custody_not_begun") }
                else { days = held.daysText(entry.days, approximate: period.isApproximate); about = about || period.isApproximate }
                let open = period.to == nil && entry.isCurrent
                return CustodyRow(
                    kind: held.kinds.label(period.kind), kindKey: period.kind, kindLang: held.kinds.shownIn[period.kind], held: entry.isHeldKind,
                    from: words.templateDate(period.from), to: period.to.map(words.templateDate),
                    toText: open ? words.text(entry.isHeldKind ? "person.custody_still_held" : "person.custody_continues") : nil,
                    place: held.place(of: entry), placeLang: held.placeLang(of: entry), days: entry.isHeldKind ? entry.days : 0, daysText: days,
                    sources: period.sources.compactMap { numbers[$0.id].map(SourceRef.init) })
            }
            let total = ledger.daysHeld(of: id, inCase: caseID)
            let counted = entries.contains { $0.isHeldKind && $0.days > 0 }
            cases.append(CustodyCase(
                caseLink: TitledLink(title: record.title, href: SitePaths.page(.cases, caseID), titleLang: linkedCase.untranslated?.titleLang), rows: rows, days: total.days,
                totalText: counted ? words.text("person.custody_total_case", ["days": held.daysText(total.days, approximate: total.approximate),
                                                                                "date": held.asOfText]) : nil))
        }
        guard !cases.isEmpty else { return nil }
        let countedCases = cases.filter { $0.totalText != nil }.count
        let allTotal = countedCases > 1 ? words.text("person.custody_total_all", [
            "days": held.daysText(ledger.daysHeld[id] ?? 0, approximate: ledger.approximate.contains(id)), "date": held.asOfText]) : nil
        return PersonCustody(asOf: held.asOf, cases: cases, allTotalText: allTotal, notCountedNote: notCounted, aboutNote: about)
    }
}
