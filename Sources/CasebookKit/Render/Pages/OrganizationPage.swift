/// The values of an organization page (`organization` template).
struct OrganizationPage: TemplateFields {
    let name: String
    let shortName: String?
    let kind: String?
    let aliases: [String]
    let banned: DateValue?
    let leaders: [PersonLink]
    let members: [PersonLink]
    let cases: [CaseItem]
    /// Present only for a court that heard cases.
    let court: CaseList?
    let events: [EventValue]
    let bodyHTML: String
    let sources: [SourceValue]

    static let fieldNames = ["name", "short_name", "kind", "aliases", "banned", "leaders", "members", "cases", "court",
                             "events", "body_html", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "short_name": shortName.templateValue
        case "kind": kind.templateValue
        case "aliases": .list(aliases)
        case "banned": banned.templateValue
        case "leaders": .list(leaders)
        case "members": .list(members)
        case "cases": .list(cases)
        case "court": court.templateValue
        case "events": .list(events)
        case "body_html": .string(bodyHTML)
        case "sources": .list(sources)
        default: nil
        }
    }
}
