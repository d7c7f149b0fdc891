/// The values of a person page (`person` template).
struct PersonPage: TemplateFields {
    let name: String
    let aliases: [String]
    let born: DateValue?
    let region: String?
    /// Path from the root.
    let photo: String?
    /// The photo's text alternative when the person's file gives one (else templates use the name),
    /// its credit, and the language of both when they are not in the page's.
    let photoAlt: String?
    let photoCredit: String?
    let photoLang: String?
    let organizations: [PersonOrganization]
    /// Some organization is worded with its link ("Koshe Party, alleged by the prosecution"):
    /// the template then separates them with semicolons.
    let affiliationsWorded: Bool
    /// Recognised as a political prisoner: by whom, when, citing which sources.
    let recognitions: [RecognitionValue]
    /// Where to write to them, while they are held now (`partials/letters`).
    let letters: LettersEntry?
    /// `support_url`: a page for supporting them.
    let supportURL: String?
    let cases: [PersonCaseItem]
    /// Events with `context`.
    let timeline: [EventValue]
    let bodyHTML: String
    let sources: [SourceValue]
    /// The custody table (`PersonCustody`); only when the person has custody periods.
    var custody: PersonCustody? = nil
    /// `citizenship` as country names, joined; `died` (`DeathValue`). Absent when not given.
    var citizenship: String? = nil
    var died: DeathValue? = nil
    /// The person's corrections log, oldest first (`partials/corrections`).
    var corrections: [CorrectionValue] = []
    /// The region's language when it is shown as the files write it (`LabelLink.lang`).
    var regionLang: String? = nil

    static let fieldNames = ["name", "aliases", "born", "region", "region_lang", "photo", "photo_alt", "photo_credit", "photo_lang",
                             "organizations", "affiliations_worded", "recognitions", "letters", "support_url", "cases", "timeline", "body_html", "sources",
                             "custody", "citizenship", "died", "corrections"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "aliases": .list(aliases)
        case "born": born.templateValue
        case "region": region.templateValue
        case "region_lang": regionLang.templateValue
        case "photo": photo.templateValue
        case "photo_alt": photoAlt.templateValue
        case "photo_credit": photoCredit.templateValue
        case "photo_lang": photoLang.templateValue
        case "organizations": .list(organizations)
        case "affiliations_worded": affiliationsWorded ? .bool(true) : nil
        case "recognitions": .list(recognitions)
        case "letters": letters.templateValue
        case "support_url": supportURL.templateValue
        case "cases": .list(cases)
        case "timeline": .list(timeline)
        case "body_html": bodyHTML.isEmpty ? nil : .string(bodyHTML)
        case "sources": .list(sources)
        case "custody": custody.templateValue
        case "citizenship": citizenship.templateValue
        case "died": died.templateValue
        case "corrections": .list(corrections)
        default: nil
        }
    }
}

/// An organization link on a person page, with `leader` true where they lead it and
/// `affiliation` the label of the person's link to it, absent for a plain `member` link.
struct PersonOrganization: TemplateFields {
    let link: OrganizationLink
    let leader: Bool
    var affiliation: String? = nil
    /// The affiliation label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    var affiliationLang: String? = nil

    static let fieldNames = OrganizationLink.fieldNames + ["leader", "affiliation", "affiliation_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "leader": leader ? .bool(true) : nil
        case "affiliation": affiliation.templateValue
        case "affiliation_lang": affiliationLang.templateValue
        default: link.field(key)
        }
    }
}
