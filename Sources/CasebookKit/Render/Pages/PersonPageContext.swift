/// Makes the values of a person page: their cases with role, status and sentence, their
/// organizations, and a personal timeline drawn from their own and their cases' events.
struct PersonPageContext {
    let archive: Archive
    let items: Items

    func page(_ linked: LinkedPerson) -> PersonPage {
        let person = linked.record
        let site = archive.site
        var timeline: [(date: PartialDate, order: Int, item: EventValue)] = []
        for (order, event) in person.events.enumerated() {
            timeline.append((event.date, order, EventContext.base(event, site: site, words: items.words)))
        }
        var cases: [PersonCaseItem] = []
        for (caseID, index) in linked.cases {
            guard let caseIndex = archive.caseIndex[caseID] else { continue }
            let record = archive.cases[caseIndex].record
            let participant = record.people[index]
            // "Defendant · Sentenced: 2 years of freedom limitation"
            var line = site.roles.label(participant.role)
            if participant.isDefendant { line += " · " + site.statuses.label(participant.status ?? record.status.id) }
            if !participant.sentence.isEmpty { line += ": " + SentenceWording.describe(participant.sentence, site: site, words: items.words) }
            // Without the list entry's fragment: this entry adds the person's role and
            // sentence, so it is rendered here.
            if let item = items.caseEntry(caseID) { cases.append(PersonCaseItem(item: item, roleLine: line)) }
            for event in record.events where event.people.isEmpty || event.people.contains(where: { $0.id == person.id }) {
                var entry = EventContext.base(event, site: site, words: items.words)
                entry.context = TitledLink(title: record.title, href: SitePaths.page(.cases, caseID))
                timeline.append((event.date, 1_000_000 + timeline.count, entry))
            }
        }
        timeline.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        let organizations = linked.organizationIDs.compactMap { id in
            items.organizationLinks[id].map { link in
                PersonOrganization(link: link, leader: linked.ledOrganizationIDs.contains(id),
                                   affiliation: Self.affiliationLabel(person.affiliation(with: id), site: site))
            }
        }
        return PersonPage(
            name: person.name, aliases: person.aliases, born: person.born.map(items.words.templateDate), region: person.region.map(site.place),
            photo: person.photo.map { $0.id.percentEncodedPath }, photoAlt: person.photo?.alt.map(BidiText.isolated),
            photoCredit: person.photo?.credit, photoLang: person.photo?.shownIn,
            organizations: organizations,
            affiliationsWorded: organizations.contains { $0.affiliation != nil },
            recognitions: RecognitionValue.list(person, items: items),
            letters: LettersEntry(person, archive: archive, words: items.words), supportURL: person.supportURL,
            cases: cases, timeline: timeline.map(\.item), bodyHTML: linked.bodyHTML, sources: SourceContext.list(person.sources, words: items.words),
            custody: custody(linked))
    }

    /// The words for a link on a page: none for `member` (the plain affiliation, worded as
    /// before links had kinds) or an organization the person's file does not list.
    static func affiliationLabel(_ link: String?, site: SiteConfig) -> String? {
        guard let link, link != AffiliationLink.member else { return nil }
        return site.affiliations.label(link)
    }
}
