/// The text of a new content file of each kind: every field of the contract, filled where
/// the command knows the value, empty or commented out where the author must decide.
/// Empty values count as not given, so the file passes `casebook check` as it is.
enum Template {
    struct Values {
        var id: String
        var name: String
        var people: [String]
        var today: PartialDate
        var hints: ArchiveHints
    }

    static func document(_ kind: ContentKind, _ values: Values) -> String {
        switch kind {
        case .cases: caseFile(values)
        case .people: personFile(values)
        case .organizations: organizationFile(values)
        case .pages: pageFile(values)
        }
    }

    static func pageFile(_ v: Values) -> String {
        var t = ScaffoldText()
        t.comment("A free page, like about or methodology; see docs/content.md. It starts as a draft: checked")
        t.comment("by `casebook check`, shown by `casebook build --drafts`, published only once draft is false.")
        t.comment("Below the closing '---': the page in Markdown.")
        t.field("title: \(ScaffoldText.yamlText(v.name))", "required")
        t.field("summary:", "one sentence for lists and link previews")
        t.field("draft: true", "set to false to publish the page")
        t.field("former_ids: []", formerIDsComment)
        return t.document
    }

    /// A timeline: null rather than `[]`, so the commented example can be uncommented in place.
    static func events(_ t: inout ScaffoldText, _ v: Values, owner: String, people: [String]? = nil) {
        let types = v.hints.site.eventTypes
        let peopleNote = people == nil ? "" : "; people default to the case's defendants"
        t.field("events:", "\(owner) timeline, one item per event, in any order; type is one of site.yml "
                    + "event_types: \(types.allowedList)\(peopleNote); an event that cites no source is a warning")
        var example = [
            "  - date: \(v.today)",
            "    type: \(types.keys.first ?? "detention")",
            "    summary: What happened, in one sentence.",
        ]
        if let people { example.append("    people: [\(people.joined(separator: ", "))]") }
        example.append("    sources: [\(sourceID(v))]")
        t.example(example)
    }

    static func sources(_ t: inout ScaffoldText, _ v: Values, purpose: String) {
        t.field("sources:", "\(purpose); title is required, id only for events to cite the source; "
                    + "url and archive_url (a saved copy) are http, https or mailto addresses")
        t.example([
            "  - id: \(sourceID(v))",
            "    title: The headline, as published",
            "    publisher: The outlet",
            "    url: https://example.org/the-article",
            "    date: \(v.today)",
            "    language: en",
        ])
    }

    static func sourceID(_ v: Values) -> String { "publisher-\(v.today)" }

    /// "kz-cc-405 (Article 405 ...)" per charge, or how to add the first one.
    static func chargeLines(_ site: SiteConfig) -> [String] {
        guard !site.charges.isEmpty else { return ["site.yml defines no charges yet; add them under 'charges' there"] }
        let shown = site.charges.prefix(20).map { charge in
            "\(charge.key) = \(charge.label)" + (charge.law.map { " (\($0))" } ?? "")
        }
        let more = site.charges.count > 20 ? ["and \(site.charges.count - 20) more in site.yml"] : []
        return ["keys of site.yml charges:"] + shown + more
    }
}
