/// Template values shared by many pages, built once per build. Every `href` in them is a
/// path from the site root; templates put `{{root}}` in front, which climbs from the page
/// being rendered, so one item serves pages at any depth.
struct Items: Sendable {
    let caseItems: [String: [String: any Sendable]]
    let personLinks: [String: [String: any Sendable]]
    let organizationLinks: [String: [String: any Sendable]]

    /// - Parameter theme: when given, each case's list entry is rendered once here with the
    ///   `partials/case-item` template, so lists of thousands of cases only join fragments.
    init(archive: Archive, theme: Theme? = nil) {
        var personLinks: [String: [String: any Sendable]] = [:]
        for linked in archive.people {
            let person = linked.record
            personLinks[person.id] = ["name": person.name, "href": SitePaths.page(.people, person.id)]
        }
        var organizationLinks: [String: [String: any Sendable]] = [:]
        for linked in archive.organizations {
            let organization = linked.record
            var link: [String: any Sendable] = ["name": organization.name, "href": SitePaths.page(.organizations, organization.id)]
            link["short_name"] = organization.shortName
            link["kind"] = organization.kind.map { archive.site.organizationKinds.label($0) }
            organizationLinks[organization.id] = link
        }
        var caseItems: [String: [String: any Sendable]] = [:]
        for linked in archive.cases {
            let record = linked.record
            var item: [String: any Sendable] = [
                "title": record.title,
                "href": SitePaths.page(.cases, record.id),
                "status": archive.site.statuses.label(record.status.id),
                "status_key": record.status.id,
                "people": record.people.filter { $0.role == "defendant" }.compactMap { personLinks[$0.person.id] },
            ]
            item["summary"] = record.summary
            item["date"] = linked.latestDate?.context
            item["place"] = [record.city, record.region].compactMap { $0 }.joined(separator: ", ").nonEmpty
            item["draft"] = record.draft ? true : nil
            caseItems[record.id] = item
        }
        if let theme {
            let ids = Array(caseItems.keys)
            let fragments = parallelMap(ids) { [caseItems] id in
                var context: [String: Any] = caseItems[id]!
                context["root"] = SitePaths.rootMarker
                return theme.render(context, template: "partials/case-item")
            }
            for (id, html) in zip(ids, fragments) { caseItems[id]!["html"] = html }
        }
        self.caseItems = caseItems
        self.personLinks = personLinks
        self.organizationLinks = organizationLinks
    }

    func cases(_ ids: [String]) -> [[String: any Sendable]] { ids.compactMap { caseItems[$0] } }
    func people(_ ids: [String]) -> [[String: any Sendable]] { ids.compactMap { personLinks[$0] } }
    func organizations(_ ids: [String]) -> [[String: any Sendable]] { ids.compactMap { organizationLinks[$0] } }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension PartialDate {
    /// A date for templates: the words and the ISO form for `<time datetime>`.
    var context: [String: any Sendable] { ["text": formatted, "iso": description] }
}

enum Words {
    /// "1 case", "3 cases".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
