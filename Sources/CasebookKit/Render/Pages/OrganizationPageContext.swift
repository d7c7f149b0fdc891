/// The context of an organization page: leaders, affiliated people, cases, court cases, events.
struct OrganizationPageContext {
    let archive: Archive
    let items: Items

    func context(_ linked: LinkedOrganization) -> [String: any Sendable] {
        let organization = linked.record
        var context: [String: any Sendable] = [
            "name": organization.name,
            "aliases": organization.aliases,
            "leaders": items.people(linked.leaderIDs),
            "members": items.people(linked.memberIDs),
            "cases": items.cases(linked.caseIDs),
            "events": organization.events.sorted { $0.date < $1.date }.map { EventContext.base($0, site: archive.site, words: items.words) },
            "body_html": linked.bodyHTML,
            "sources": SourceContext.list(organization.sources, words: items.words),
        ]
        if !linked.courtCaseIDs.isEmpty { context["court"] = ["cases": items.cases(linked.courtCaseIDs)] as [String: any Sendable] }
        context["short_name"] = organization.shortName
        context["kind"] = organization.kind.map { archive.site.organizationKinds.label($0) }
        context["banned"] = organization.banned.map(items.words.dateContext)
        return context
    }
}
