extension Template {
    /// A case starts as a draft: a published case needs a source, and its status and
    /// account need checking, so nothing appears on the site until the author says so.
    static func caseFile(_ v: Values) -> String {
        let site = v.hints.site
        var t = ScaffoldText()
        t.comment("A case: one prosecution, which may have several defendants; see docs/content.md.")
        t.comment("It starts as a draft: checked by `casebook check`, shown by `casebook build --drafts`, never")
        t.comment("published. Fill in what the sources say, delete what does not apply, add at least one")
        t.comment("source, then set draft to false. An empty value counts as not given.")
        t.comment("Below the closing '---': what happened, in Markdown; link to other files by their path,")
        t.comment("like [Name](../people/\(v.people.first ?? "id").md).")
        t.field("title: \(ScaffoldText.yamlText(v.name))", "required: what happened, in one line")
        t.field("summary:", "one or two sentences for lists, search and link previews")
        t.field("status: \(site.statuses.keys.first ?? "investigation")",
                "required; check it: one of site.yml statuses: \(site.statuses.allowedList)")
        t.field("status_as_of:", "when the status was last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        t.field("status_certainty:", "reported (no source confirms it independently) or disputed (sources disagree)")
        t.field("status_note:", "why, or how the sources disagree; shown beside the status")
        t.field("status_sources: []", "ids of this case's sources that report the status")
        t.field("people:", "required, at least one: ids of files in people/")
        for (index, person) in v.people.enumerated() {
            t.field("  - person: \(person)")
            t.field("    role: \(Role.defendant)", "one of site.yml roles: \(site.roles.allowedList)")
            guard index == 0 else { continue }
            // The example agrees with its sentence: a sentence beside a status before any verdict is a warning.
            t.field("    # status:" + (site.statuses.contains("sentenced") ? " sentenced" : ""), "this person's status, if not the case's")
            t.field("    # charges: [\(site.charges.first?.key ?? "")]", "this person's charges, if not the case's")
            t.field("    # sentence:", "once a court has passed it (what the prosecutor asks for is not a sentence): one item per penalty; type is one of site.yml sentence_types: "
                        + "\(site.sentenceTypes.allowedList); also months, days, hours, amount, note")
            t.field("    #   - {type: \(site.sentenceTypes.keys.first ?? "imprisonment"), years: 2}")
            t.field("    # custody:", "periods under a measure, to count who is held now; kind is one of site.yml "
                        + "custody_kinds: \(site.custodyKinds.vocabulary.allowedList); no 'to' while it lasts")
            t.field("    #   - {from: \(v.today), kind: \(site.custodyKinds.vocabulary.keys.first ?? "detention"), place: \"…\", sources: [\(sourceID(v))]}")
            t.field("    # decisions:", "each court ruling (and parole, amnesty, pardon), oldest first; kind is one of site.yml "
                        + "decision_kinds: \(site.decisionKinds.allowedList); the latest one with a sentence sets the current sentence")
            let kinds = site.decisionKinds.keys, outcomes = site.decisionOutcomes.vocabulary.keys
            for line in ["  - date: \(v.today)", "    kind: \(kinds.contains("appeal") ? "appeal" : kinds.first ?? "appeal")",
                         "    outcome: \(outcomes.contains("upheld") ? "upheld" : outcomes.first ?? "upheld")",
                         "    court: \(v.hints.courts.first ?? "court-id")", "    sources: [\(sourceID(v))]"] {
                t.field("    # " + line)
            }
            t.field("    # earlier_roles:", "the roles this person had before, like a witness who became a defendant")
            t.field("    #   - {role: witness, until: \(v.today), sources: [\(sourceID(v))]}")
            t.field("    # status_certainty:", "reported or disputed, for this person's own status")
            t.field("    # status_note:", "why, or how the sources disagree")
        }
        t.field("organizations: []", "ids of files in organizations/: the parties, movements, media the case concerns")
        let charges = chargeLines(site)
        t.field("charges: []", charges[0])
        for line in charges.dropFirst() { t.field("", line) }
        t.field("court:", courtComment(v.hints.courts))
        t.field("region:", regionComment(v.hints.regions))
        t.field("city:", "free text")
        t.field("tags: []", "free words, each with its own page, like [freedom-limitation]")
        t.field("related_cases: []", "ids of other cases; each case shows the other")
        events(&t, v, owner: "the case's", people: v.people)
        sources(&t, v, purpose: "at least one before the case is published")
        t.field("documents:", "court documents, indictments, appeals: a file in content/media/ or a url; kind is one of "
                    + "site.yml document_kinds: \(site.documentKinds.allowedList)")
        t.example(["  - title: The verdict", "    url: https://example.org/the-verdict.pdf", "    date: \(v.today)",
                   "    kind: \(site.documentKinds.keys.contains("verdict") ? "verdict" : site.documentKinds.keys.first ?? "verdict")",
                   "    sources: [\(sourceID(v))]"])
        t.field("corrections:", "a public log of corrections, oldest first: add a new one below the others")
        t.example(["  - {date: \(v.today), note: What was corrected.}"])
        t.field("former_ids: []", formerIDsComment)
        t.field("updated: \(v.today)", "change it with each update, or delete it to use the last git commit's date")
        t.field("draft: true", "set to false to publish, once the case has a source")
        t.field("country:", "the country of the prosecution, an ISO 3166-1 code in capitals: KZ, KG, BY, RU")
        t.field("offence_date:", "the incident the charges are about, if long before the prosecution: YYYY, YYYY-MM or YYYY-MM-DD")
        t.field("unnamed_defendants:", "how many defendants the sources count but do not name, 1 or more")
        return t.document
    }

    /// What `former_ids` does, for every kind that has it.
    static let formerIDsComment = "ids this file had before it was renamed; each old address then leads to this page"

    /// The corrections log of a person or organization, as a case's.
    static func corrections(_ t: inout ScaffoldText, _ v: Values) {
        t.field("corrections:", "a public log of corrections to this page, oldest first: add a new one below the others")
        t.example(["  - {date: \(v.today), note: What was corrected.}"])
    }

    static func courtComment(_ courts: [String]) -> String {
        let base = "the id of the organization, with kind: \(OrganizationKind.court), that heard the case"
        guard !courts.isEmpty else { return base + "; create one with `casebook new organization`" }
        return base + "; courts so far: " + ArchiveHints.list(courts)
    }

    /// Regions are free text, so the ones already used are offered: one spelling, one page.
    static func regionComment(_ regions: [String]) -> String {
        spelled("free text; each region has its own page listing its cases", regions)
    }

    /// A person's region is shown on their page only: region pages are made from the cases'.
    static func personRegionComment(_ regions: [String]) -> String {
        spelled("free text, shown on this person's page (region pages list cases, by each case's region)", regions)
    }

    static func spelled(_ base: String, _ regions: [String]) -> String {
        guard !regions.isEmpty else { return base }
        return base + "; spell it as other files do: " + ArchiveHints.list(regions)
    }
}
