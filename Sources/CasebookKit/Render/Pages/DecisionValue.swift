/// One decision as a case page (per person) and a person page (per case) list it: date,
/// kind, court, outcome, the sentence it set, the charges it ruled on, its marks and sources.
struct DecisionValue: TemplateFields {
    let date: DateValue
    let kind: String
    let kindKey: String
    /// The kind's and the outcome's labels' language where site.yml gives them none in the page's.
    var kindLang: String? = nil
    var outcomeLang: String? = nil
    let court: OrganizationLink?
    let outcome: String?
    let outcomeKey: String?
    /// The parts as the court gave them, worded; nil when the decision sets none.
    let sentence: String?
    /// `sentence_total`, worded, when the court gave a combined term beside the parts.
    let total: String?
    /// `sentence` and `total` as HTML, a note left untranslated marked with its language.
    let sentenceHTML: String?
    let totalHTML: String?
    /// The charges ruled on: given only when they differ from the charges brought.
    let charges: [ChargeValue]
    let inAbsentia: Bool
    /// "reported" or "disputed" in the page's words, with the note beside it.
    let certainty: String?
    let note: String?
    /// The note's language where it is not the page's (not translated).
    let lang: String?
    let sources: [DecisionSourceLink]

    static let fieldNames = ["date", "kind", "kind_key", "kind_lang", "court", "outcome", "outcome_key", "outcome_lang", "sentence", "total",
                             "sentence_html", "total_html", "charges", "in_absentia", "certainty", "note", "lang", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .fields(date)
        case "kind": .string(kind)
        case "kind_key": .string(kindKey)
        case "kind_lang": kindLang.templateValue
        case "outcome_lang": outcomeLang.templateValue
        case "court": court.templateValue
        case "outcome": outcome.templateValue
        case "outcome_key": outcomeKey.templateValue
        case "sentence": sentence.templateValue
        case "total": total.templateValue
        case "sentence_html": sentenceHTML.templateValue
        case "total_html": totalHTML.templateValue
        case "charges": .list(charges)
        case "in_absentia": inAbsentia ? .bool(true) : nil
        case "certainty": certainty.templateValue
        case "note": note.templateValue
        case "lang": lang.templateValue
        case "sources": .list(sources)
        default: nil
        }
    }
}

/// `{number, anchor, page}`: a case source a decision cites. On the case page `page` is nil
/// (the anchor is on the page); on a person page it is the case page's path.
struct DecisionSourceLink: TemplateFields {
    let number: Int
    let page: String?

    static let fieldNames = ["number", "anchor", "page"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "number": .int(number)
        case "anchor": .string("source-\(number)")
        case "page": page.templateValue
        default: nil
        }
    }
}

/// A person's decisions and earlier roles in one case (`partials/decisions`): present only
/// when the file lists `decisions` or `earlier_roles`, so a case with the shorthand
/// `sentence:` alone looks as it always did.
struct DecisionHistory: TemplateFields {
    /// "Witness until 9 March 2018, then defendant"; nil without earlier roles.
    let roles: String?
    let roleSources: [DecisionSourceLink]
    /// The sentence in force; nil without decisions (the shorthand line says it then).
    let current: CurrentSentence?
    /// The shorthand `sentence:` given beside decisions, worded: the sentence before them all.
    var firstInstance: String? = nil
    var firstInstanceHTML: String? = nil
    /// On a person page, the charges brought when the decisions ruled on others.
    let chargesBrought: [ChargeValue]
    let decisions: [DecisionValue]

    static let fieldNames = ["roles", "role_sources", "current", "first_instance", "first_instance_html", "charges_brought", "decisions"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "roles": roles.templateValue
        case "role_sources": .list(roleSources)
        case "current": current.templateValue
        case "first_instance": firstInstance.templateValue
        case "first_instance_html": firstInstanceHTML.templateValue
        case "charges_brought": .list(chargesBrought)
        case "decisions": .list(decisions)
        default: nil
        }
    }
}

/// `{text, html, none, in_absentia}`: the sentence in force after a person's latest decision
/// that set one, worded (`html`: a note left untranslated marked), or the words for none
/// (acquitted, overturned).
struct CurrentSentence: TemplateFields {
    let text: String
    let html: String
    let none: Bool
    let inAbsentia: Bool

    static let fieldNames = ["text", "html", "none", "in_absentia"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .string(text)
        case "html": .string(html)
        case "none": none ? .bool(true) : nil
        case "in_absentia": inAbsentia ? .bool(true) : nil
        default: nil
        }
    }
}
