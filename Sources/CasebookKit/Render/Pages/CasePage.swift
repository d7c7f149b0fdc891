/// The values of a case page (`case` template): facts box, people with sentences, events,
/// body, documents, sources, corrections, tags, related cases.
struct CasePage: TemplateFields {
    let title: String
    let summary: String?
    let draft: Bool
    let facts: CaseFacts
    let people: [Participant]
    let organizations: [OrganizationLink]
    let events: [EventValue]
    let bodyHTML: String
    let sources: [SourceValue]
    /// Always present, maybe empty.
    let documents: [DocumentValue]
    let corrections: [CorrectionValue]
    let tags: [LabelLink]
    /// Present only when there are related cases.
    let related: CaseList?
    let updated: DateValue?
    /// Who of the case's people is held now (`CaseHeld`); only when someone is.
    var held: CaseHeld? = nil
    /// "and 16 unnamed defendants", when the case counts defendants it does not name.
    var unnamedDefendants: String? = nil

    static let fieldNames = ["title", "summary", "draft", "facts", "people", "organizations", "events", "body_html",
                             "sources", "documents", "corrections", "tags", "related", "updated", "held", "unnamed_defendants"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "unnamed_defendants": unnamedDefendants.templateValue
        case "title": .string(title)
        case "summary": summary.templateValue
        case "draft": draft ? .bool(true) : nil
        case "facts": .fields(facts)
        case "people": .list(people)
        case "organizations": .list(organizations)
        case "events": .list(events)
        case "body_html": bodyHTML.isEmpty ? nil : .string(bodyHTML)
        case "sources": .list(sources)
        case "documents": .list(documents)
        case "corrections": .list(corrections)
        case "tags": .list(tags)
        case "related": related.templateValue
        case "updated": updated.templateValue
        case "held": held.templateValue
        default: nil
        }
    }
}

/// The facts box of a case page.
struct CaseFacts: TemplateFields {
    let status: String
    let statusHref: String
    /// The status label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    var statusLang: String? = nil
    let statusAsOf: DateValue?
    let charges: [ChargeValue]
    let court: OrganizationLink?
    let region: LabelLink?
    let city: String?
    /// The case's `country` (`{label, href}`, `href` only when the site has a countries facet)
    /// and `offence_date`; absent when not given.
    var country: CountryValue? = nil
    var offenceDate: DateValue? = nil
    var statusCertainty: CertaintyValue? = nil
    /// The city's language when it is shown as the files write it (`LabelLink.lang`).
    var cityLang: String? = nil

    static let fieldNames = ["status", "status_href", "status_lang", "status_as_of", "charges", "court", "region", "city", "city_lang", "country", "offence_date", "status_certainty"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "country": country.templateValue
        case "offence_date": offenceDate.templateValue
        case "status": .string(status)
        case "status_href": .string(statusHref)
        case "status_lang": statusLang.templateValue
        case "status_as_of": statusAsOf.templateValue
        case "charges": .list(charges)
        case "court": court.templateValue
        case "region": region.templateValue
        case "city": city.templateValue
        case "city_lang": cityLang.templateValue
        case "status_certainty": statusCertainty.templateValue
        default: nil
        }
    }
}

/// `{label, href}`: a country by its name in the page's language, linked to its facet page when
/// the site has one (cases of more than one country).
struct CountryValue: TemplateFields {
    let label: String
    let href: String?

    static let fieldNames = ["label", "href"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "href": href.templateValue
        default: nil
        }
    }
}

/// `{label, href, law, lang, law_lang}`: a charge, linked to its facet page.
struct ChargeValue: TemplateFields {
    let label: String
    let href: String
    let law: String?
    /// The label's and the law's language where site.yml gives them no text in the page's.
    var lang: String? = nil
    var lawLang: String? = nil

    static let fieldNames = ["label", "href", "law", "lang", "law_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "href": .string(href)
        case "law": law.templateValue
        case "lang": lang.templateValue
        case "law_lang": lawLang.templateValue
        default: nil
        }
    }
}

/// A person in a case: their link, role, and for defendants their status, charges and sentence.
struct Participant: TemplateFields {
    let link: PersonLink
    let role: String
    /// The role label's language where site.yml gives it none in the page's.
    var roleLang: String? = nil
    /// Always present, empty except for defendants.
    let charges: [ChargeValue]
    let status: String?
    /// `status` as HTML, its label marked when it is untranslated (`LabelMarks`).
    var statusHTML: String? = nil
    /// The shorthand `sentence:` worded; nil when decisions are listed (`history` says it).
    let sentence: String?
    /// `sentence` as HTML, a note left untranslated marked with its language.
    var sentenceHTML: String? = nil
    var statusCertainty: CertaintyValue? = nil
    /// Decisions and earlier roles (`partials/decisions`); nil when the file lists neither.
    var history: DecisionHistory? = nil
    /// A decision ruled on other charges than those brought: `charges` are then labelled
    /// as the charges brought.
    var chargesChanged = false

    static let fieldNames = PersonLink.linkFieldNames + ["role", "role_lang", "charges", "status", "status_html", "sentence", "sentence_html", "status_certainty", "history", "charges_changed"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "role": .string(role)
        case "role_lang": roleLang.templateValue
        case "charges": .list(charges)
        case "status": status.templateValue
        case "status_html": statusHTML.templateValue
        case "sentence": sentence.templateValue
        case "sentence_html": sentenceHTML.templateValue
        case "status_certainty": statusCertainty.templateValue
        case "history": history.templateValue
        case "charges_changed": chargesChanged ? .bool(true) : nil
        default: link.field(key)
        }
    }
}

/// `{date, note, lang, anchor}`: an entry of a page's corrections log (a case's, a person's
/// or an organization's); `anchor` its element's id (`CorrectionLog`).
struct CorrectionValue: TemplateFields {
    let date: DateValue
    let note: String
    /// The note's language where it is not the page's (not translated).
    var lang: String?
    var anchor: String = ""

    static let fieldNames = ["date", "note", "lang", "anchor"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .fields(date)
        case "note": .string(note)
        case "lang": lang.templateValue
        case "anchor": .string(anchor)
        default: nil
        }
    }
}
