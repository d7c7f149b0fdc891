/// What `data/cases.json` says of a person's decisions: on a site where some case lists
/// them, every person gets `current_sentence`, `first_instance_sentence`, `in_absentia` and
/// `decisions`; a site without decisions publishes the file it published before.
extension CasesJSON {
    /// Listed on the data page only when the archive records decisions, as the keys are in the file only then.
    static let decisionFields: [(name: String, description: String)] = [
        ("people.current_sentence", "on a site with decisions: the sentence in force after the person's latest decision that set one (the same as sentence), its parts as in sentence"),
        ("people.first_instance_sentence", "on a site with decisions: the first-instance sentence, parts as in sentence"),
        ("people.in_absentia", "on a site with decisions: true when the sentence in force was passed in the person's absence"),
        ("people.decisions", "on a site with decisions: the person's decisions in order: date, kind and kind_label, outcome and outcome_label, court (id, name, url), charges (keys ruled on; null when not said), sentence and sentence_total (parts: type, type_label, years, months, days, hours, amount, currency, charge, probation, from_release, note, certainty, sources), in_absentia, sources, note, certainty"),
    ]

    /// A sentence's parts; on a site with decisions each part also gives the fields courts
    /// add (charge, currency, probation, from_release, certainty, sources).
    func sentenceParts(_ parts: [SentenceComponent]) -> JSON {
        let site = archive.site
        return .array(parts.map { component in
            var members: [(String, JSON)] = [
                ("type", .string(component.type)), ("type_label", .string(site.sentenceTypes.label(component.type))),
                ("years", .amount(component.years)), ("months", .amount(component.months)),
                ("days", .amount(component.days)), ("hours", .amount(component.hours)),
                ("amount", .amount(component.amount)), ("note", .text(component.note)),
            ]
            if recordsDecisions {
                members += [
                    ("currency", .text(component.currency)), ("charge", .text(component.charge?.id)),
                    ("probation", component.probation.map { term in
                        .object([("years", .amount(term.years)), ("months", .amount(term.months)), ("days", .amount(term.days))])
                    } ?? .null),
                    ("from_release", .bool(component.fromRelease)), ("certainty", .text(component.certainty?.rawValue)),
                    ("sources", .texts(component.sources.map(\.id))),
                ]
            }
            return .object(members)
        })
    }

    func decisionMembers(_ participant: CaseRecord.Participant, current: [SentenceComponent]) -> [(String, JSON)] {
        let outcomes = archive.site.decisionOutcomes
        return [
            ("current_sentence", sentenceParts(current)),
            ("first_instance_sentence", sentenceParts(participant.firstInstanceSentence)),
            ("in_absentia", .bool(participant.sentencedInAbsentia(outcomes))),
            ("decisions", .array(participant.decisions.map(decision))),
        ]
    }

    func decision(_ d: Decision) -> JSON {
        let site = archive.site
        return .object([
            ("date", .string(d.date.description)),
            ("kind", .string(d.kind)), ("kind_label", .string(site.decisionKinds.label(d.kind))),
            ("outcome", .text(d.outcome)), ("outcome_label", .text(d.outcome.map { site.decisionOutcomes.vocabulary.label($0) })),
            ("court", d.court.map { reference(.organizations, $0.id, name: archive.organization($0.id)?.record.name) } ?? .null),
            ("charges", d.charges.map { .texts($0.map(\.id)) } ?? .null),
            ("sentence", sentenceParts(d.sentence)),
            ("sentence_total", sentenceParts(d.sentenceTotal)),
            ("in_absentia", .bool(d.inAbsentia)),
            ("sources", .texts(d.sources.map(\.id))),
            ("note", .text(d.note)),
            ("certainty", .text(d.certainty?.rawValue)),
        ])
    }
}
