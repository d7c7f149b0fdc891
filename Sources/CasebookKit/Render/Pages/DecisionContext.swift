/// Makes a person's `DecisionHistory` in one case, for the case page and the person page:
/// the current sentence first, then each decision with its words, links and sources.
struct DecisionContext {
    let archive: Archive
    let words: Catalogue
    let organizationLinks: [String: OrganizationLink]

    init(archive: Archive, items: Items) {
        self.archive = archive
        self.words = items.words
        self.organizationLinks = items.organizationLinks
    }

    /// Nil when the person has neither decisions nor earlier roles. `sourcePage`: the case
    /// page's path when the history is shown elsewhere (a person page), so the numbers link there.
    func history(_ p: CaseRecord.Participant, in record: CaseRecord, sourcePage: String? = nil,
                 showCharges: Bool = false) -> DecisionHistory? {
        guard !p.decisions.isEmpty || !p.earlierRoles.isEmpty else { return nil }
        let site = archive.site, outcomes = site.decisionOutcomes
        let numbers = Self.sourceNumbers(record)
        func links(_ refs: [Ref]) -> [DecisionSourceLink] {
            refs.compactMap { numbers[$0.id].map { DecisionSourceLink(number: $0, page: sourcePage) } }
        }
        let brought = (p.charges ?? record.charges).map(\.id)
        let current = p.currentSentence(outcomes), unknown = p.sentenceUnknown(outcomes)
        let worded = unknown || current.isEmpty ? nil : SentenceWording.both(current, site: site, words: words)
        let currentText = unknown ? words.text("decisions.sentence_unknown")
            : worded?.text ?? words.text("decisions.no_sentence")
        // The shorthand beside decisions is the sentence before all of them: shown when a
        // decision changed or ended it, so the reader sees what the decisions acted on.
        let first = p.decisions.isEmpty || p.sentence.isEmpty || p.sentence == current ? nil : p.sentence
        let firstWorded = first.map { SentenceWording.both($0, site: site, words: words) }
        return DecisionHistory(
            roles: rolesText(p), roleSources: links(p.earlierRoles.flatMap(\.sources)),
            current: p.decisions.isEmpty ? nil : CurrentSentence(
                text: currentText,
                html: worded?.html ?? HTMLEscaping.escape(currentText),
                none: current.isEmpty && !unknown, inAbsentia: p.sentencedInAbsentia(outcomes)),
            firstInstance: firstWorded?.text, firstInstanceHTML: firstWorded?.html,
            chargesBrought: showCharges && Self.chargesChanged(p, brought: brought) ? Self.charges(brought, site: site) : [],
            decisions: p.decisions.map { decision($0, brought: brought, links: links) })
    }

    func decision(_ d: Decision, brought: [String], links: ([Ref]) -> [DecisionSourceLink]) -> DecisionValue {
        let site = archive.site
        let ruledOn = d.charges.map { $0.map(\.id) }
        let sentence = d.sentence.isEmpty ? nil : SentenceWording.both(d.sentence, site: site, words: words)
        let total = d.sentenceTotal.isEmpty ? nil : SentenceWording.both(d.sentenceTotal, site: site, words: words)
        return DecisionValue(
            date: words.templateDate(d.date), kind: site.decisionKinds.label(d.kind), kindKey: d.kind,
            kindLang: site.decisionKinds.shownIn[d.kind],
            outcomeLang: d.outcome.flatMap { site.decisionOutcomes.vocabulary.shownIn[$0] },
            court: d.court.flatMap { organizationLinks[$0.id] },
            outcome: d.outcome.map { site.decisionOutcomes.vocabulary.label($0) }, outcomeKey: d.outcome,
            sentence: sentence?.text, total: total?.text, sentenceHTML: sentence?.html, totalHTML: total?.html,
            charges: ruledOn.map { Set($0) == Set(brought) ? [] : Self.charges($0, site: site) } ?? [],
            inAbsentia: d.inAbsentia,
            certainty: d.certainty.map { words.text("decisions.certainty_\($0.rawValue)") },
            note: d.note, lang: d.shownIn, sources: links(d.sources))
    }

    /// The sentence a person page's case line gives: the shorthand as written, else the
    /// current sentence, "sentenced in absentia" when it was; nil when there is none.
    static func currentLine(_ p: CaseRecord.Participant, site: SiteConfig, words: Catalogue) -> (text: String, html: String)? {
        let sentence = p.recordsDecisions ? p.currentSentence(site.decisionOutcomes) : p.sentence
        guard !sentence.isEmpty else { return nil }
        let (text, html) = SentenceWording.both(sentence, site: site, words: words)
        guard p.recordsDecisions, p.sentencedInAbsentia(site.decisionOutcomes) else { return (text, html) }
        return (words.text("decisions.in_absentia_after", ["sentence": text]),
                SentenceWording.filled(words.text("decisions.in_absentia_after", ["sentence": SentenceWording.marker]), with: html))
    }

    /// "Witness until 9 March 2018, then defendant": each earlier role with its last day,
    /// then the role the person has now.
    func rolesText(_ p: CaseRecord.Participant) -> String? {
        guard !p.earlierRoles.isEmpty else { return nil }
        let roles = archive.site.roles
        var parts: [String] = []
        for (index, earlier) in p.earlierRoles.enumerated() {
            let role = index == 0 ? roles.label(earlier.role) : Self.lowercasedFirst(roles.label(earlier.role))
            parts.append(earlier.until.map { words.text("decisions.role_until", ["role": role, "date": words.date($0)]) } ?? role)
        }
        parts.append(Self.lowercasedFirst(roles.label(p.role)))
        return parts.joined(separator: words.text("decisions.role_then"))
    }

    /// Whether any decision ruled on charges other than those brought.
    static func chargesChanged(_ p: CaseRecord.Participant, brought: [String]) -> Bool {
        p.decisions.contains { d in d.charges.map { Set($0.map(\.id)) != Set(brought) } ?? false }
    }

    static func charges(_ keys: [String], site: SiteConfig) -> [ChargeValue] {
        keys.uniqued().compactMap { key in
            site.charge(key).map {
                ChargeValue(label: $0.label, href: SitePaths.facet("charges", key), law: $0.law, lang: $0.labelLang, lawLang: $0.lawLang)
            }
        }
    }

    static func sourceNumbers(_ record: CaseRecord) -> [String: Int] {
        Dictionary(record.sources.enumerated().compactMap { index, source in source.id.map { ($0, index + 1) } },
                   uniquingKeysWith: { a, _ in a })
    }

    /// Role labels are written to start a line ("Defendant"); later in a line they do not.
    static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
