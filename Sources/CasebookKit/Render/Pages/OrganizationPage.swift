/// The values of an organization page (`organization` template).
struct OrganizationPage: TemplateFields {
    let name: String
    let shortName: String?
    let kind: String?
    let aliases: [String]
    /// The first ban's date, for themes written before bans were a list; `bans` has them all.
    let banned: DateValue?
    let bans: [BanValue]
    let formerNames: [FormerNameValue]
    /// The organization this one continues, and those that continue it.
    let successorOf: OrganizationLink?
    let succeededBy: [OrganizationLink]
    let leaders: [PersonLink]
    /// People linked to it as a fact, each with the label of a link other than `member`.
    let members: [AffiliatedPerson]
    /// People only the prosecution links to it: listed apart, under their own heading.
    let alleged: [PersonLink]
    let cases: [CaseItem]
    /// Present only for a court that heard cases.
    let court: CaseList?
    let events: [EventValue]
    let bodyHTML: String
    let sources: [SourceValue]
    /// The organization's corrections log, oldest first (`partials/corrections`).
    var corrections: [CorrectionValue] = []
    /// The short name's language where it is shown untranslated.
    var shortNameLang: String? = nil
    /// The kind's label's language where site.yml gives it none in the page's.
    var kindLang: String? = nil

    static let fieldNames = ["name", "short_name", "short_name_lang", "kind", "kind_lang", "aliases", "banned", "leaders", "members", "alleged", "cases", "court",
                             "events", "body_html", "sources", "bans", "former_names", "successor_of", "succeeded_by", "corrections"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "short_name": shortName.templateValue
        case "short_name_lang": shortNameLang.templateValue
        case "kind": kind.templateValue
        case "kind_lang": kindLang.templateValue
        case "aliases": .list(aliases)
        case "banned": banned.templateValue
        case "leaders": .list(leaders)
        case "members": .list(members)
        case "alleged": .list(alleged)
        case "cases": .list(cases)
        case "court": court.templateValue
        case "events": .list(events)
        case "body_html": bodyHTML.isEmpty ? nil : .string(bodyHTML)
        case "sources": .list(sources)
        case "corrections": .list(corrections)
        case "bans": .list(bans)
        case "former_names": .list(formerNames)
        case "successor_of": successorOf.map { .fields($0) }
        case "succeeded_by": .list(succeededBy)
        default: nil
        }
    }
}

/// A person among an organization's members, with `affiliation` the label of their link,
/// absent for a plain `member` link.
struct AffiliatedPerson: TemplateFields {
    let link: PersonLink
    let affiliation: String?
    /// The affiliation label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    var affiliationLang: String? = nil

    static let fieldNames = PersonLink.linkFieldNames + ["affiliation", "affiliation_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "affiliation": affiliation.templateValue
        case "affiliation_lang": affiliationLang.templateValue
        default: link.field(key)
        }
    }
}
