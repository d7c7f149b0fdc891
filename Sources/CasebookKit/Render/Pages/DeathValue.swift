/// A person's death on their page: "Died in custody on <time>25 July 2020</time>" (HTML, the
/// date in a `time` element) with the person's sources it cites by their numbers on the page;
/// nothing for a death after the day the site is counted at (`Person.died(asOf:)`).
struct DeathValue: TemplateFields {
    let html: String
    let inCustody: Bool
    let sources: [SourceRef]

    init?(_ person: borrowing Person, asOf: AsOf?, items: borrowing Items) {
        guard let died = person.died(asOf: asOf) else { return nil }
        var numbers: [String: Int] = [:]
        for (index, source) in person.sources.enumerated() { if let id = source.id { numbers[id] = index + 1 } }
        let time = HeldSection.time(died.date, words: items.words)
        // "Died on 25 July 2020", but "Died in July 2020", "in about 2019", "in 2019–2020".
        let oneDay = died.date.isSingle && died.date.precision == .day
        let key = (died.inCustody ? "casefacts.died_in_custody" : "casefacts.died") + (oneDay ? "_html" : "_in_html")
        html = items.words.text(key, ["date": time])
        inCustody = died.inCustody
        sources = died.sources.compactMap { numbers[$0.id].map(SourceRef.init) }
    }

    static let fieldNames = ["html", "in_custody", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "html": .string(html)
        case "in_custody": inCustody ? .bool(true) : nil
        case "sources": .list(sources)
        default: nil
        }
    }
}

extension PersonPageContext {
    /// "Kazakhstan, Russia": the names of `citizenship` in the page's language; nil when not given.
    func citizenship(_ person: Person) -> String? {
        person.citizenship.map { Country.name($0, in: archive.site.language) }.joined(separator: ", ").nonEmpty
    }
}
