/// After every table is read: each id a row names must be a file of the archive or of the
/// import, and each sentence is settled into what the case file says (`settleSentences`).
extension OpenDataImport {
    /// Decisions the import writes where the open data give a sentence in force that differs
    /// from the first instance's, or one passed in absentia: which decision set it, and when,
    /// the files do not say, so one decision is written, dated at the case's latest date, with
    /// a note that says so.
    struct WrittenDecision {
        var kind: String, outcome: String?, sentence: [SentenceComponent], inAbsentia: Bool, date: String, court: String?
        /// The person's `decision_charges`, which only a decision can give back.
        var charges: [String] = []
    }

    /// The event type of the event written at a case's `latest_date`: an editor adds it to site.yml.
    static let eventType = "update"

    mutating func checkReferences() {
        func known(_ kind: ContentKind, _ id: String) -> Bool {
            existing[kind]?.contains(id) == true || (kind == .organizations ? organizationIndex[id] != nil
                                                      : kind == .people ? personIndex[id] != nil : caseIndex[id] != nil)
        }
        func check(_ row: ImportRow, _ column: String, _ ids: [String], _ kind: ContentKind, _ file: String) {
            for id in ids where !known(kind, id) {
                diagnostics.append(row.error(column, "unknown \(kind.singular) '\(id)': neither the archive nor the \(file) imported with it has it"))
            }
        }
        for o in organizations {
            check(o.row, "leaders", o.leaders, .people, "people.csv")
            check(o.row, "successor_of", [o.successorOf].filter { !$0.isEmpty }, .organizations, "organizations.csv")
            check(o.row, "ban_courts", (o.bans ?? []).map(\.by).filter { !$0.isEmpty }, .organizations, "organizations.csv")
        }
        for p in people { check(p.row, "organizations", p.organizations.map(\.id), .organizations, "organizations.csv") }
        for c in cases {
            check(c.row, "organizations", c.organizations, .organizations, "organizations.csv")
            check(c.row, "related_cases", c.related, .cases, "cases.csv")
        }
        // Once, at the first case that needs it: the one fix is in site.yml.
        let needing = cases.filter { !$0.latestDate.isEmpty && $0.latestDate != $0.statusAsOf }
        if let first = needing.first, !site.eventTypes.contains(Self.eventType) {
            let others = needing.count > 1 ? " (\(needing.count) cases need it)" : ""
            diagnostics.append(first.row.error("latest_date", "site.yml event_types has no '\(Self.eventType)', the type of the event the import writes at a case's latest date, which the open data give without saying what happened\(others); add '\(Self.eventType)' to event_types, labelled as you like ('Update')"))
        }
        settleSentences()
    }

    /// Whether the court can decide (a court file of the archive or of the import).
    func isCourt(_ id: String) -> Bool {
        existingCourts.contains(id) || organizationIndex[id].map { organizations[$0].kind == OrganizationKind.court } == true
    }

    /// Each person's `sentence:` and `decisions:`. On a site that records decisions the
    /// sentence in force and the first instance's are both given; where they differ, or the
    /// sentence was passed in absentia, a decision carries the one in force.
    mutating func settleSentences() {
        var anyDecision = false
        for c in cases.indices {
            let record = cases[c]
            let date = [record.latestDate, record.statusAsOf, record.updated].first { !$0.isEmpty }
            let court = isCourt(record.court) ? record.court : nil
            for p in record.people.indices {
                var person = record.people[p]
                guard let first = person.first, recordsDecisions else { person.shorthand = person.current; cases[c].people[p] = person; continue }
                if first == person.current, !person.inAbsentia, person.decisionCharges.isEmpty {
                    person.shorthand = first; cases[c].people[p] = person; continue
                }
                guard let date else {
                    diagnostics.append(person.row.error("sentence_terms", "a sentence in force that a decision set needs a date for that decision: the case gives no latest_date, status_as_of or updated"))
                    continue
                }
                if first == person.current {
                    // In absentia, or charges the first instance ruled on beyond the person's own.
                    person.decisions = [WrittenDecision(kind: SiteConfig.Defaults.firstInstance, outcome: nil, sentence: first,
                                                        inAbsentia: person.inAbsentia, date: date, court: court)]
                } else {
                    person.shorthand = first
                    let kind = site.decisionKinds.contains("appeal") ? "appeal" : SiteConfig.Defaults.firstInstance
                    let clearing = person.current.isEmpty ? site.decisionOutcomes.vocabulary.keys.first(where: site.decisionOutcomes.clearsSentence) : nil
                    person.decisions = [WrittenDecision(kind: kind, outcome: clearing, sentence: person.current, inAbsentia: person.inAbsentia, date: date, court: court)]
                }
                person.decisions[person.decisions.count - 1].charges = person.decisionCharges
                anyDecision = true
                cases[c].people[p] = person
            }
        }
        // The decision columns exist only where some case lists decisions: one decision
        // (the first sentence's, as the first instance) keeps them.
        guard recordsDecisions, !anyDecision else { return }
        for c in cases.indices {
            let record = cases[c]
            guard let p = record.people.firstIndex(where: { !$0.shorthand.isEmpty }),
                  let date = [record.latestDate, record.statusAsOf, record.updated].first(where: { !$0.isEmpty }) else { continue }
            let court = isCourt(record.court) ? record.court : nil
            cases[c].people[p].decisions = [WrittenDecision(kind: SiteConfig.Defaults.firstInstance, outcome: nil,
                                                            sentence: record.people[p].shorthand, inAbsentia: false, date: date, court: court)]
            cases[c].people[p].shorthand = []
            return
        }
    }
}

extension OpenDataImport {
    /// The files to write, organizations, then people, then cases, each followed by its
    /// translations; none when any row has a problem, and none for a file the archive has.
    func files() -> [(path: String, text: String)] {
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return [] }
        var files: [(path: String, text: String)] = []
        func add(_ kind: ContentKind, _ id: String, _ text: String, _ texts: [String: [String: String]],
                 _ keys: [(column: String, key: String, list: Bool)]) {
            files.append(("\(content)/\(kind.rawValue)/\(id).md", text))
            for language in site.languages.dropFirst() {
                guard let given = texts[language] else { continue }
                files.append(("\(content)/\(kind.rawValue)/\(id).\(language).md", OpenDataText.translation(given, keys: keys)))
            }
        }
        var leads: [String: Set<String>] = [:]
        for o in organizations { for leader in o.leaders { leads[leader, default: []].insert(o.id) } }
        leads = leadersWhoAreMembers(leads)
        for o in organizations where existing[.organizations]?.contains(o.id) != true {
            add(.organizations, o.id, OpenDataText.organization(o), o.texts, [("name", "name", false), ("short_name", "short_name", false)])
        }
        for p in people where existing[.people]?.contains(p.id) != true {
            add(.people, p.id, OpenDataText.person(p, leads: leads[p.id] ?? []), p.texts, [("name", "name", false), ("aliases", "aliases", true)])
        }
        for c in cases {
            files.append(("\(content)/cases/\(c.id).md", OpenDataText.caseFile(c, site: site)))
            for language in site.languages.dropFirst() {
                let places = c.people.map { $0.custody.map { $0.places[language] } }
                guard c.titles[language] != nil || places.joined().contains(where: { $0 != nil }) else { continue }
                files.append(("\(content)/cases/\(c.id).\(language).md", OpenDataText.caseTranslation(title: c.titles[language], places: places)))
            }
        }
        return files
    }
}

extension OpenDataImport {
    /// `leads` without the leaders who list the organization themselves as well. people.csv
    /// names an organization a person leads whether or not they list it; `member_count`
    /// counts those who list it, so the leaders it counts beyond the other people keep their
    /// own link (the first of them, in the people's order: any choice gives the same files).
    func leadersWhoAreMembers(_ leads: [String: Set<String>]) -> [String: Set<String>] {
        var leads = leads
        for o in organizations {
            guard let count = o.memberCount, !o.leaders.isEmpty else { continue }
            let listing = people.filter { p in p.organizations.contains { $0.id == o.id && $0.link != "alleged" } }
            // A leader whose own link is written anyway (not `leader`) counts with the others.
            let (others, leadersListing) = listing.reduce(into: (0, [String]())) { found, p in
                let ownLink = !(leads[p.id]?.contains(o.id) ?? false)
                    || p.organizations.contains { $0.id == o.id && $0.link.map { $0 != "leader" } ?? false }
                if ownLink { found.0 += 1 } else { found.1.append(p.id) }
            }
            for id in leadersListing.prefix(max(0, count - others)) { leads[id]?.remove(o.id) }
        }
        return leads
    }
}
