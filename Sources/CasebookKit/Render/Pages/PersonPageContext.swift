/// Makes the values of a person page: their cases with role, status and sentence, their
/// organizations, and a personal timeline drawn from their own and their cases' events.
struct PersonPageContext {
    let archive: Archive
    let items: Items
    /// Made once: built for each case of a person, it copied the whole archive every time.
    let decisions: DecisionContext

    init(archive: Archive, items: Items) {
        self.archive = archive
        self.items = items
        decisions = DecisionContext(archive: archive, items: items)
    }

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
            // "Defendant · Sentenced (reported): 2 years of freedom limitation"
            let gender = person.gender
            let roleLabel = site.roles.label(participant.role, for: gender, in: site.language)
            var role = RoleLine(text: roleLabel, textHTML: LabelMarks.html(roleLabel, lang: site.roles.shownIn[participant.role]))
            if participant.isDefendant {
                let status = participant.status ?? record.status.id
                let statusLabel = site.statuses.label(status, for: gender, in: site.language)
                role.text += " · " + statusLabel
                role.textHTML += " · " + LabelMarks.html(statusLabel, lang: site.statuses.shownIn[status])
                // The certainty of the status shown: the person's own, else the case's.
                role.certainty = CertaintyValue(participant.shownStatusCertainty(in: record), sourceNumbers: [:], words: items.words)
            }
            if let line = DecisionContext.currentLine(participant, site: site, words: items.words) {
                (role.sentence, role.sentenceHTML) = (line.text, line.html)
            }
            // Without the list entry's fragment: this entry adds the person's role and
            // sentence, so it is rendered here.
            if let item = items.caseEntry(caseID) {
                cases.append(PersonCaseItem(item: ownLine(item, participant, in: record, died: person.died?.date), role: role,
                                            history: participant.decisions.isEmpty && participant.earlierRoles.isEmpty ? nil
                                                : decisions.history(participant, in: record, sourcePage: SitePaths.page(.cases, caseID),
                                                                    showCharges: true)))
            }
            // An event that names nobody concerns the defendants, not the judge or a witness
            // (nor a defendant who was still a witness then).
            for event in record.events where participant.concerns(event, died: person.died?.date) {
                var entry = EventContext.base(event, site: site, words: items.words)
                entry.context = TitledLink(title: record.title, href: SitePaths.page(.cases, caseID),
                                           titleLang: archive.cases[caseIndex].untranslated?.titleLang)
                timeline.append((event.date, 1_000_000 + timeline.count, entry))
            }
        }
        timeline = EventOrder.ordered(timeline) { $0.date }  // built in file order: own events, then each case's
        let organizations = linked.organizationIDs.compactMap { id in
            items.organizationLinks[id].map { link in
                PersonOrganization(link: link, leader: linked.ledOrganizationIDs.contains(id),
                                   affiliation: Self.affiliationLabel(person.affiliation(with: id), site: site),
                                   affiliationLang: Self.affiliationLang(person.affiliation(with: id), site: site))
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
            cases: cases, timeline: timeline.map(\.item), bodyHTML: linked.bodyHTML, sources: SourceContext.list(person.sources, words: items.words, language: archive.site.language),
            custody: custody(linked), citizenship: citizenship(person), died: DeathValue(person, asOf: archive.custody.asOf, items: items),
            corrections: CorrectionLog.values(person.corrections, words: items.words),
            regionLang: person.region.flatMap(site.placeLang))
    }

    /// The case as this person's line shows it: a defendant's own status (else the case's), dated
    /// by the latest event that concerns them, never by another defendant's release (a case
    /// without events: its status_as_of, for the case's status only); other roles keep the
    /// case's status and date.
    func ownLine(_ item: CaseItem, _ participant: CaseRecord.Participant, in record: CaseRecord, died: PartialDate? = nil) -> CaseItem {
        guard participant.isDefendant else { return item }
        let status = participant.status ?? record.status.id
        // A case without events has only its status_as_of, which dates the case's status.
        let date = record.events.filter { participant.concerns($0, died: died) }.map(\.date).max()
            ?? (record.events.isEmpty && participant.status == nil ? record.statusAsOf : nil)
        let label = LabelMarks.status(status, participant.shownStatusCertainty(in: record)?.certainty, site: archive.site, words: items.words,
                                      gender: archive.person(participant.person.id)?.record.gender)
        return CaseItem(title: item.title, href: item.href, status: label.text, statusHTML: label.html, statusKey: status,
                        people: item.people, summary: item.summary, date: date.map(items.words.templateDate),
                        place: item.place, draft: item.draft, titleLang: item.titleLang, summaryLang: item.summaryLang,
                        unnamedDefendants: item.unnamedDefendants, placeHTML: item.placeHTML)
    }

    /// The words for a link on a page: none for `member` (the plain affiliation, worded as
    /// before links had kinds) or an organization the person's file does not list.
    static func affiliationLabel(_ link: String?, site: SiteConfig) -> String? {
        guard let link, link != AffiliationLink.member else { return nil }
        return site.affiliations.label(link)
    }

    /// The language of `affiliationLabel` where site.yml gives it no text in the page's.
    static func affiliationLang(_ link: String?, site: SiteConfig) -> String? {
        guard let link, link != AffiliationLink.member else { return nil }
        return site.affiliations.shownIn[link]
    }
}
