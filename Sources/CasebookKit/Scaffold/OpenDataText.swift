/// The files an open-data import writes, in block-style front matter, every text through
/// `ImportText.yaml`: organizations, people and cases, and a translation file
/// (`<id>.<language>.md`) for each language a row gives texts in.
enum OpenDataText {
    static func yaml(_ text: String) -> String { ImportText.yaml(text) }
    static func list(_ items: [String]) -> String { ImportText.list(items) }

    static func document(_ lines: [String]) -> String { (["---"] + lines + ["---", ""]).joined(separator: "\n") }

    static func organization(_ o: OpenDataImport.Organization) -> String {
        var lines = ["name: \(yaml(o.name))"]
        if !o.shortName.isEmpty { lines.append("short_name: \(yaml(o.shortName))") }
        if !o.kind.isEmpty { lines.append("kind: \(o.kind)") }
        if let bans = o.bans {
            // The list form, even for one ban, so the archive publishes the history columns again.
            if !bans.isEmpty { lines.append("banned:") }
            for ban in bans {
                lines.append("  - date: \(yaml(ban.date))")
                if !ban.by.isEmpty { lines.append("    by: \(ImportText.id(ban.by))") }
            }
        } else if !o.banned.isEmpty {
            lines.append("banned: \(yaml(o.banned))")
        }
        if !o.leaders.isEmpty { lines.append("leaders: \(list(o.leaders))") }
        if !o.formerNames.isEmpty { lines.append("former_names:") }
        for former in o.formerNames {
            lines.append("  - name: \(yaml(former.name))")
            if !former.until.isEmpty { lines.append("    until: \(yaml(former.until))") }
        }
        if !o.successorOf.isEmpty { lines.append("successor_of: \(ImportText.id(o.successorOf))") }
        if !o.formerIDs.isEmpty { lines.append("former_ids: \(list(o.formerIDs))") }
        return document(lines)
    }

    /// `organizations` of a person: a bare id, or `{organization, link}` when the open data
    /// give the link; an organization the person only leads comes from its `leaders`.
    static func person(_ p: OpenDataImport.Person, leads: Set<String>) -> String {
        var lines = ["name: \(yaml(p.name))"]
        if !p.aliases.isEmpty { lines.append("aliases: \(list(p.aliases))") }
        if !p.born.isEmpty { lines.append("born: \(yaml(p.born))") }
        if !p.region.isEmpty { lines.append("region: \(yaml(p.region))") }
        if !p.gender.isEmpty { lines.append("gender: \(p.gender)") }
        // Without sources, which the data do not carry (a warning until an editor gives them).
        if !p.died.isEmpty { lines += ["died:", "  date: \(yaml(p.died))", "  in_custody: \(p.diedInCustody)"] }
        // `leader` is also what the data write where only the organization's file names the person.
        let own = p.organizations.filter { !leads.contains($0.id) || ($0.link.map { $0 != "leader" } ?? false) }
        if !own.isEmpty { lines.append("organizations:") }
        for (id, link) in own {
            if let link { lines += ["  - organization: \(ImportText.id(id))", "    link: \(link)"] } else { lines.append("  - \(ImportText.id(id))") }
        }
        if !p.formerIDs.isEmpty { lines.append("former_ids: \(list(p.formerIDs))") }
        return document(lines)
    }

    /// The words of the texts the import writes, in the archive's default language
    /// (casebook's own catalogue of it; English for a language it does not carry).
    static func words(_ site: SiteConfig) -> Catalogue {
        Catalogue.base(for: site.defaultLanguage)
    }

    static func caseFile(_ c: OpenDataImport.Case, site: SiteConfig) -> String {
        let words = words(site)
        var lines = ["title: \(yaml(c.title))", "status: \(c.status)"]
        if !c.statusCertainty.isEmpty { lines.append("status_certainty: \(c.statusCertainty)") }
        if !c.statusNote.isEmpty { lines.append("status_note: \(yaml(c.statusNote))") }
        if !c.statusAsOf.isEmpty { lines.append("status_as_of: \(yaml(c.statusAsOf))") }
        if !c.updated.isEmpty { lines.append("updated: \(yaml(c.updated))") }
        if !c.court.isEmpty { lines.append("court: \(ImportText.id(c.court))") }
        if !c.region.isEmpty { lines.append("region: \(yaml(c.region))") }
        if !c.city.isEmpty { lines.append("city: \(yaml(c.city))") }
        if !c.country.isEmpty { lines.append("country: \(c.country)") }
        // `007` is 7: the file writes the number, as the open data will again.
        if let unnamed = Int(c.unnamed) { lines.append("unnamed_defendants: \(unnamed)") }
        if !c.charges.isEmpty { lines.append("charges: \(list(c.charges))") }
        if !c.organizations.isEmpty { lines.append("organizations: \(list(c.organizations))") }
        if !c.tags.isEmpty { lines.append("tags: \(list(c.tags))") }
        if !c.related.isEmpty { lines.append("related_cases: \(list(c.related))") }
        if !c.formerIDs.isEmpty { lines.append("former_ids: \(list(c.formerIDs))") }
        lines.append("people:")
        for p in c.people { lines += participant(p, words: words) }
        if !c.latestDate.isEmpty, c.latestDate != c.statusAsOf {
            lines += ["events:", "  - date: \(yaml(c.latestDate))", "    type: \(OpenDataImport.eventType)",
                      "    summary: \(yaml(words.text("imported.event_summary")))"]
        }
        // Every address becomes a source titled with it; the sources without one, which only
        // source_count tells of, a source titled so.
        if c.sourceCount > 0 { lines.append("sources:") }
        for index in 0..<c.sourceCount {
            let url = index < c.sourceURLs.count ? c.sourceURLs[index] : nil
            lines += ["  - id: s\(index + 1)", "    title: \(yaml(url ?? words.text("imported.source_without_address")))"]
            if let url { lines.append("    url: \(yaml(url))") }
        }
        return document(lines)
    }

    static func participant(_ p: OpenDataImport.Participant, words: Catalogue) -> [String] {
        var lines = ["  - person: \(ImportText.id(p.person))", "    role: \(p.role)"]
        if let status = p.status { lines.append("    status: \(status)") }
        if let certainty = p.statusCertainty { lines.append("    status_certainty: \(certainty)") }
        if let note = p.statusNote { lines.append("    status_note: \(yaml(note))") }
        if let charges = p.charges { lines.append("    charges: \(list(charges))") }
        lines += sentence(p.shorthand, key: "sentence", indent: "    ")
        if !p.decisions.isEmpty { lines.append("    decisions:") }
        for d in p.decisions {
            lines += ["      - date: \(yaml(d.date))", "        kind: \(d.kind)"]
            if let court = d.court { lines.append("        court: \(ImportText.id(court))") }
            if let outcome = d.outcome { lines.append("        outcome: \(outcome)") }
            if d.inAbsentia { lines.append("        in_absentia: true") }
            if !d.charges.isEmpty { lines.append("        charges: \(list(d.charges))") }
            lines += sentence(d.sentence, key: "sentence", indent: "        ")
            lines.append("        note: \(yaml(words.text("imported.decision_note")))")
        }
        if !p.custody.isEmpty { lines.append("    custody:") }
        for period in p.custody {
            lines += ["      - from: \(yaml(period.from))", "        kind: \(period.kind)"]
            if !period.to.isEmpty { lines.append("        to: \(yaml(period.to))") }
            if !period.place.isEmpty { lines.append("        place: \(yaml(period.place))") }
        }
        return lines
    }

    static func sentence(_ terms: [SentenceComponent], key: String, indent: String) -> [String] {
        guard !terms.isEmpty else { return [] }
        var lines = ["\(indent)\(key):"]
        for c in terms {
            lines.append("\(indent)  - type: \(c.type)")
            func add(_ name: String, _ value: String?) { if let value { lines.append("\(indent)    \(name): \(value)") } }
            for (name, value) in SentenceTerms.lengthAndAmount(c) { add(name, value) }
            if let probation = c.probation {
                lines.append("\(indent)    probation:")
                for (name, value) in [("years", probation.years), ("months", probation.months), ("days", probation.days)] {
                    if let value { lines.append("\(indent)      \(name): \(value.digits)") }
                }
            }
            add("from_release", c.fromRelease ? "true" : nil)
            add("charge", c.charge?.id)
            add("note", c.note.map(yaml))
        }
        return lines
    }

    /// A translation file's front matter: the texts given, by key, in the order of `keys`.
    static func translation(_ texts: [String: String], keys: [(column: String, key: String, list: Bool)]) -> String {
        var lines: [String] = []
        for (column, key, isList) in keys {
            guard let value = texts[column] else { continue }
            lines.append("\(key): " + (isList ? list(value.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) : yaml(value)))
        }
        return document(lines)
    }

    /// A case's translation: its title, and the custody places of custody.csv, by their
    /// place in the case's `people` and each person's `custody` (an empty item for none).
    static func caseTranslation(title: String?, places: [[String?]]) -> String {
        var lines = title.map { ["title: \(yaml($0))"] } ?? []
        if places.joined().contains(where: { $0 != nil }) {
            lines.append("people:")
            for person in places {
                guard person.contains(where: { $0 != nil }) else { lines.append("  -"); continue }
                lines.append("  - custody:")
                lines += person.map { $0.map { "      - place: \(yaml($0))" } ?? "      -" }
            }
        }
        return document(lines)
    }
}
