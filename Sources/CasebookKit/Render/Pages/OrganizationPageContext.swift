/// Makes the values of an organization page: leaders, affiliated people, cases, court cases, events,
/// and its history (former names, bans, the organizations it continues and that continue it).
struct OrganizationPageContext {
    let archive: Archive
    let items: Items

    func page(_ linked: LinkedOrganization) -> OrganizationPage {
        let organization = linked.record
        return OrganizationPage(
            name: organization.name, shortName: organization.shortName,
            kind: organization.kind.map { archive.site.organizationKinds.label($0) },
            aliases: organization.aliases, banned: organization.banned.map(items.words.templateDate),
            bans: BanValue.list(organization, items: items),
            formerNames: FormerNameValue.list(organization, words: items.words),
            successorOf: organization.successorOf.flatMap { items.organizationLinks[$0.id] },
            succeededBy: linked.successorIDs.compactMap { items.organizationLinks[$0] },
            leaders: items.people(linked.leaderIDs),
            members: linked.memberIDs.compactMap { id in
                items.personLinks[id].map { link in
                    let affiliation = archive.person(id)?.record.affiliation(with: organization.id)
                    return AffiliatedPerson(link: link, affiliation: PersonPageContext.affiliationLabel(affiliation, site: archive.site),
                                            affiliationLang: PersonPageContext.affiliationLang(affiliation, site: archive.site))
                }
            },
            alleged: items.people(linked.allegedIDs),
            cases: items.cases(linked.caseIDs),
            court: linked.courtCaseIDs.isEmpty ? nil : CaseList(cases: items.cases(linked.courtCaseIDs)),
            events: EventOrder.ordered(organization.events, by: \.date).map { EventContext.base($0, site: archive.site, words: items.words) },
            bodyHTML: linked.bodyHTML, sources: SourceContext.list(organization.sources, words: items.words, language: archive.site.language),
            corrections: CorrectionLog.values(organization.corrections, words: items.words),
            shortNameLang: organization.shortName == nil ? nil : linked.shortNameLang,
            kindLang: organization.kind.flatMap { archive.site.organizationKinds.shownIn[$0] })
    }
}
