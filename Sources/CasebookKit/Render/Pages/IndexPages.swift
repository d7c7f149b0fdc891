/// The values of a page of the cases index (`cases` template).
struct CasesPage: TemplateFields {
    let counts: Counts
    let cases: [CaseItem]
    let pager: PagerValue?

    static let fieldNames = ["counts", "cases", "pager"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "counts": .fields(counts)
        case "cases": .list(cases)
        case "pager": pager.templateValue
        default: nil
        }
    }
}

/// The values of a page of the people index (`people` template).
struct PeoplePage: TemplateFields {
    let counts: Counts
    let people: [PeopleEntry]
    let pager: PagerValue?
    /// "120 people in the archive, of whom 15 persons prosecuted."
    let introText: String

    static let fieldNames = ["counts", "people", "pager", "intro_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "intro_text": .string(introText)
        case "counts": .fields(counts)
        case "people": .list(people)
        case "pager": pager.templateValue
        default: nil
        }
    }
}

/// `{name, href, name_lang, aliases, region, region_lang, cases_text}`: a person on the people index.
struct PeopleEntry: TemplateFields {
    let link: PersonLink
    /// Joined with commas, each isolated.
    let aliases: String?
    let region: String?
    /// The region's language when it is shown as the files write it (`LabelLink.lang`).
    let regionLang: String?
    /// "1 case"
    let casesText: String

    static let fieldNames = PersonLink.linkFieldNames + ["aliases", "region", "region_lang", "cases_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "aliases": aliases.templateValue
        case "region": region.templateValue
        case "region_lang": regionLang.templateValue
        case "cases_text": .string(casesText)
        default: link.field(key)
        }
    }
}

/// The values of the organizations index (`organizations` template).
struct OrganizationsPage: TemplateFields {
    let groups: [OrganizationGroup]
    let count: Int
    /// "40 organizations: parties, movements, ..."
    let introText: String

    static let fieldNames = ["groups", "count", "intro_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "intro_text": .string(introText)
        case "groups": .list(groups)
        case "count": .int(count)
        default: nil
        }
    }
}

/// `{label, key, organizations}`: the organizations of one kind.
struct OrganizationGroup: TemplateFields {
    let label: String
    let key: String
    let organizations: [OrganizationEntry]
    /// The kind's label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    var lang: String? = nil

    static let fieldNames = ["label", "key", "organizations", "lang"]
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .string(label)
        case "key": .string(key)
        case "lang": lang.templateValue
        case "organizations": .list(organizations)
        default: nil
        }
    }
}

/// An organization link with `cases_text` ("3 cases"), on the organizations index.
struct OrganizationEntry: TemplateFields {
    let link: OrganizationLink
    let casesText: String

    static let fieldNames = OrganizationLink.fieldNames + ["cases_text"]
    func field(_ key: String) -> TemplateValue? {
        key == "cases_text" ? .string(casesText) : link.field(key)
    }
}
