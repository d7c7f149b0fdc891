/// Makes the values of a case page (`CasePage`) from a linked case.
struct CasePageContext {
    let archive: Archive
    let items: Items
    /// Made once: built for each person, it copied the whole archive every time.
    let decisions: DecisionContext

    init(archive: Archive, items: Items) {
        self.archive = archive
        self.items = items
        decisions = DecisionContext(archive: archive, items: items)
    }

    func page(_ linked: LinkedCase) -> CasePage {
        let record = linked.record
        let site = archive.site
        let sourceNumbers = Dictionary(record.sources.enumerated().compactMap { index, source in
            source.id.map { ($0, index + 1) } }, uniquingKeysWith: { a, _ in a })
        var facts = CaseFacts(
            status: site.statuses.label(record.status.id),
            statusHref: SitePaths.facet("statuses", record.status.id),
            statusLang: site.statuses.shownIn[record.status.id],
            statusAsOf: record.statusAsOf.map(items.words.templateDate),
            charges: charges(record.charges.map(\.id)),
            court: record.court.flatMap { items.organizationLinks[$0.id] },
            region: record.region.map { LabelLink(label: site.place($0), href: SitePaths.facet("regions", FacetBuilder.slug($0)), lang: site.placeLang($0)) },
            city: record.city.map(site.place))
        facts.cityLang = record.city.flatMap(site.placeLang)
        facts.country = record.country.map { country in
            CountryValue(label: Country.name(country.id, in: site.language),
                         href: archive.facets.contains { $0.name == "countries" } ? SitePaths.facet("countries", country.id.lowercased()) : nil)
        }
        facts.offenceDate = record.offenceDate.map(items.words.templateDate)
        facts.statusCertainty = CertaintyValue(record.statusCertainty, sourceNumbers: sourceNumbers, words: items.words)
        var page = CasePage(
            title: record.title, summary: record.summary, draft: record.draft, facts: facts,
            people: record.people.map { participant($0, in: record, sourceNumbers: sourceNumbers) },
            organizations: items.organizations(record.organizations.map(\.id).uniqued()),
            events: EventOrder.ordered(record.events, by: \.date).map { event($0, record: record, sourceNumbers: sourceNumbers) },
            bodyHTML: linked.bodyHTML,
            sources: SourceContext.list(record.sources, words: items.words, language: archive.site.language),
            documents: record.documents.map {
                DocumentValue($0, site: site, words: items.words, bytes: $0.file.flatMap { archive.documentSizes[$0.id] },
                              sourceNumbers: sourceNumbers)
            },
            corrections: CorrectionLog.values(record.corrections, words: items.words),
            tags: record.tags.uniqued().map { LabelLink(label: site.tag($0), href: SitePaths.facet("tags", FacetBuilder.slug($0)), lang: site.tagLang($0)) },
            related: linked.relatedCaseIDs.isEmpty ? nil : CaseList(cases: items.cases(linked.relatedCaseIDs)),
            updated: linked.updated.map(items.words.templateDate), held: held(record))
        if record.unnamedDefendants > 0 {
            page.unnamedDefendants = items.words.count("casefacts.unnamed_defendants", record.unnamedDefendants)
        }
        return page
    }

    func participant(_ p: CaseRecord.Participant, in record: CaseRecord, sourceNumbers: [String: Int]) -> Participant {
        let sentence = p.sentence.isEmpty || p.recordsDecisions ? nil : SentenceWording.both(p.sentence, site: archive.site, words: items.words)
        // Most people give no gender: their labels are taken as they are.
        let gender = archive.person(p.person.id)?.record.gender
        let language = archive.site.language
        // The case's certainty, when the person takes the case's status, as a marker: its
        // note is in the facts above; a person's own is shown whole beside theirs.
        let status = p.isDefendant ? LabelMarks.status(p.status ?? record.status.id,
            p.status == nil && p.statusCertainty == nil ? record.statusCertainty?.certainty : nil,
            site: archive.site, words: items.words, gender: gender) : nil
        var participant = Participant(
            link: items.personLinks[p.person.id] ?? PersonLink(name: p.person.id, href: nil),
            role: archive.site.roles.label(p.role, for: gender, in: language),
            roleLang: archive.site.roles.shownIn[p.role],
            charges: p.isDefendant ? charges((p.charges ?? record.charges).map(\.id)) : [],
            status: status?.text, statusHTML: status?.html,
            sentence: sentence?.text,
            sentenceHTML: sentence?.html,
            // Most people have neither decisions nor earlier roles: nothing is made for them.
            history: p.decisions.isEmpty && p.earlierRoles.isEmpty ? nil : decisions.history(p, in: record),
            chargesChanged: p.isDefendant && !p.decisions.isEmpty
                && DecisionContext.chargesChanged(p, brought: (p.charges ?? record.charges).map(\.id)))
        if p.isDefendant {
            participant.statusCertainty = CertaintyValue(p.statusCertainty, sourceNumbers: sourceNumbers, words: items.words)
        }
        return participant
    }

    func charges(_ keys: [String]) -> [ChargeValue] {
        keys.uniqued().compactMap { key in
            guard let charge = archive.site.charge(key) else { return nil }
            // An accusation reported without its article says so where the law would be.
            let law = charge.unspecified ? items.words.text("case.article_not_reported") : charge.law
            return ChargeValue(label: charge.label, href: SitePaths.facet("charges", key), law: law,
                               lang: charge.labelLang, lawLang: charge.unspecified ? nil : charge.lawLang)
        }
    }

    func event(_ event: Event, record: CaseRecord, sourceNumbers: [String: Int]) -> EventValue {
        var item = EventContext.base(event, site: archive.site, words: items.words)
        if !event.people.isEmpty, event.people.count < record.people.count {
            item.people = items.people(event.people.map(\.id))
        }
        item.sources = event.sources.compactMap { ref in sourceNumbers[ref.id].map(SourceRef.init) }
        return item
    }
}
