/// The values of a person page (`person` template).
struct PersonPage: TemplateFields {
    let name: String
    let aliases: [String]
    let born: DateValue?
    let region: String?
    /// Path from the root.
    let photo: String?
    /// The photo's text alternative when site.yml gives one (else templates use the name),
    /// its credit, and the language of both when they are not in the page's.
    let photoAlt: String?
    let photoCredit: String?
    let photoLang: String?
    let organizations: [PersonOrganization]
    let cases: [PersonCaseItem]
    /// Events with `context`.
    let timeline: [EventValue]
    let bodyHTML: String
    let sources: [SourceValue]

    static let fieldNames = ["name", "aliases", "born", "region", "photo", "photo_alt", "photo_credit", "photo_lang", "organizations", "cases", "timeline",
                             "body_html", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "aliases": .list(aliases)
        case "born": born.templateValue
        case "region": region.templateValue
        case "photo": photo.templateValue
        case "photo_alt": photoAlt.templateValue
        case "photo_credit": photoCredit.templateValue
        case "photo_lang": photoLang.templateValue
        case "organizations": .list(organizations)
        case "cases": .list(cases)
        case "timeline": .list(timeline)
        case "body_html": .string(bodyHTML)
        case "sources": .list(sources)
        default: nil
        }
    }
}

/// An organization link on a person page, with `leader` true where they lead it.
struct PersonOrganization: TemplateFields {
    let link: OrganizationLink
    let leader: Bool

    static let fieldNames = OrganizationLink.fieldNames + ["leader"]
    func field(_ key: String) -> TemplateValue? {
        key == "leader" ? (leader ? .bool(true) : nil) : link.field(key)
    }
}
