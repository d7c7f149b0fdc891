/// Reads `content/cases/<id>.md` front matter into a `CaseRecord`.
enum CaseParser {
    static let keys = ["title", "summary", "status", "status_as_of", "people", "organizations", "charges",
                       "court", "region", "city", "tags", "related_cases", "events", "sources", "documents", "corrections",
                       "updated", "draft", "country", "offence_date", "unnamed_defendants", "former_ids"] + StatusCertainty.keys
    static let participantKeys = ["person", "role", "status", "charges", "sentence", "custody", "decisions", "earlier_roles"] + StatusCertainty.keys
    static let sentenceKeys = FieldReader.sentenceKeys

    static func parse(_ root: YAMLNode, info: DocumentInfo, body: MarkdownBody, site: SiteConfig,
                      reader: inout FieldReader) -> CaseRecord? {
        guard let fields = reader.fields(root, known: keys, what: "a case", hints: KeyHints.caseTop) else { return nil }
        let title = reader.text(fields, "title", required: true)
        let status = reader.vocabulary(fields, "status", in: site.statuses, required: true)
        let peopleNodes = reader.list(fields, "people")
        if peopleNodes.isEmpty, fields["people"].map({ if case .mapping = $0.value { false } else { true } }) ?? true,
           !fields.misspelled.contains("people") {
            reader.diagnostics.error(fields.keyPosition("people") ?? fields.position,
                                     "a case needs at least one person under 'people'")
        }
        let people = peopleNodes.compactMap { participant($0, site: site, caseStatus: status, reader: &reader) }
        var record = CaseRecord(
            info: info, title: title ?? "", summary: reader.text(fields, "summary"),
            status: status ?? Ref("", at: fields.position), statusAsOf: reader.date(fields, "status_as_of", single: "a status date"),
            people: people, organizations: reader.refs(fields, "organizations"),
            charges: reader.refs(fields, "charges"), court: reader.ref(fields, "court"),
            region: reader.facetText(fields, "region"), city: reader.text(fields, "city"),
            tags: reader.names(fields, "tags"), relatedCases: reader.refs(fields, "related_cases"),
            events: reader.events(fields, site: site, ofCase: true), sources: reader.sources(fields),
            corrections: reader.corrections(fields), updated: reader.date(fields, "updated", single: "an update date"),
            draft: reader.bool(fields, "draft") ?? false, body: body, position: fields.position)
        record.documents = reader.documents(fields, site: site)
        record.country = reader.country(fields, "country")
        record.offenceDate = reader.date(fields, "offence_date")
        record.unnamedDefendants = reader.unnamedDefendants(fields)
        record.statusCertainty = reader.statusCertainty(fields)
        record.formerIDs = reader.formerIDs(fields, ownID: info.id)
        record.updatedPosition = fields["updated"]?.position
        reader.checkDecisionDates(record.people, events: record.events)
        // Kept even when a required field is missing, so its id still resolves and one
        // mistake does not cascade into "unknown case" errors elsewhere; the build fails anyway.
        return record
    }

    /// `- nazira-lepesova` (short form) or `- person: nazira-lesova ...` (long form).
    static func participant(_ node: YAMLNode, site: SiteConfig, caseStatus: Ref? = nil,
                            reader: inout FieldReader) -> CaseRecord.Participant? {
        if case .scalar = node.value {
            guard let ref = reader.ref(node, "people") else { return nil }
            return .init(person: ref, role: Role.defendant, status: nil, charges: nil, sentence: [])
        }
        guard let fields = reader.fields(node, known: participantKeys, what: "a person of the case",
                                         hints: KeyHints.participant(node)) else { return nil }
        let person = reader.ref(fields, "person")
        if person == nil { reader.missing(fields, "person") }
        var role = Role.defendant
        if let roleNode = fields["role"], !roleNode.isNull {
            role = reader.vocabulary(roleNode, "role", in: site.roles) ?? role
        }
        let status = reader.vocabulary(fields, "status", in: site.statuses)?.id
        let charges: [Ref]? = fields["charges"] == nil ? nil : reader.refs(fields, "charges")
        let sentence = reader.list(fields, "sentence").compactMap { reader.sentenceComponent($0, site: site) }
        let custody = reader.custody(fields, site: site)
        let decisions = reader.decisions(fields, site: site)
        if !sentence.isEmpty, let first = decisions.first(where: { $0.kind == SiteConfig.Defaults.firstInstance }),
           let node = fields["sentence"] {
            reader.diagnostics.error(node.position, shorthandBesideFirstInstance(first, decisions))
        }
        let earlierRoles = reader.earlierRoles(fields, site: site)
        let statusCertainty = reader.statusCertainty(fields)
        guard let person else { return nil }
        var participant = CaseRecord.Participant(person: person, role: role, status: status, charges: charges, sentence: sentence)
        participant.custody = custody
        participant.decisions = decisions
        participant.earlierRoles = earlierRoles
        participant.statusCertainty = statusCertainty
        reader.checkSentenceAgainstStatus(participant, caseStatus: caseStatus?.id, sentenceNode: fields["sentence"],
                                          statusPosition: status == nil ? caseStatus?.position : fields["status"]?.position, site: site)
        reader.checkDecisionSequence(participant)
        reader.checkReleaseDates(participant)
        return participant
    }

    /// The shorthand `sentence` beside a listed first-instance decision. Moving the sentence
    /// into that decision is right only when it has none: one with its own sentence (a
    /// retrial's verdict) would lose it, so the original verdict gets a decision of its own.
    static func shorthandBesideFirstInstance(_ first: Decision, _ decisions: [Decision]) -> String {
        let start = "'sentence' is the shorthand for one first-instance decision, and 'decisions' lists one"
        guard let at = decisions.firstIndex(where: { $0.kind == SiteConfig.Defaults.firstInstance && !$0.sentence.isEmpty }) else {
            return start + " (line \(first.position.line)); move the sentence into that decision's 'sentence' and remove this one"
        }
        let line = decisions[at].position.line
        let own = "as a first-instance decision of its own, with its date ({date: YYYY-MM-DD, kind: first-instance, outcome: convicted, sentence: [...]})"
        guard at > 0 else {
            return start + " with its own sentence (line \(line)): remove this 'sentence' if it is that verdict's, "
                + "or record the earlier verdict it gives \(own) before that one and remove this 'sentence'"
        }
        return start + " with its own sentence (line \(line)) after earlier decisions, as after a retrial: record the original verdict "
            + "\(own) at the start of 'decisions', and remove this 'sentence'"
    }
}
