/// The front matter of the files an import makes, in block style (no flow mappings, whose
/// commas a title could break), every text through `ScaffoldText.yamlText`.
enum ImportText {
    static func yaml(_ text: String) -> String { ScaffoldText.yamlText(text) }

    static func list(_ items: [String]) -> String { "[" + items.map(yaml).joined(separator: ", ") + "]" }

    /// An id as a reference to its file: `null` (a person or court named "Null") is quoted,
    /// as YAML reads it plain as no value: the case lost its court without a word.
    static func id(_ id: String) -> String { id == "null" ? "\"null\"" : id }

    static func person(_ person: ImportPlan.Person) -> String {
        var lines = ["---", "name: \(yaml(person.name))"]
        if !person.aliases.isEmpty { lines.append("aliases: \(list(person.aliases))") }
        return (lines + ["---", ""]).joined(separator: "\n")
    }

    static func court(_ name: String) -> String {
        ["---", "name: \(yaml(name))", "kind: \(OrganizationKind.court)", "---", ""].joined(separator: "\n")
    }

    /// `names`: each person's published name, which an event's summary gives (an id there
    /// was published as it is).
    static func caseFile(_ record: ImportPlan.Case, site: SiteConfig, names: [String: String]) -> String {
        var lines = ["---", "title: \(yaml(record.title))", "status: \(record.status)"]
        if !record.charges.isEmpty { lines.append("charges: \(list(record.charges))") }
        if let court = record.court { lines.append("court: \(id(court))") }
        if !record.region.isEmpty { lines.append("region: \(yaml(record.region))") }
        if !record.city.isEmpty { lines.append("city: \(yaml(record.city))") }
        lines.append("people:")
        for participant in record.people {
            lines += ["  - person: \(id(participant.person))", "    role: \(participant.role)"]
            if let sentence = participant.sentence {
                lines += ["    sentence:", "      - type: \(sentence.type)"]
                if !sentence.years.isEmpty { lines.append("        years: \(sentence.years)") }
                if !sentence.months.isEmpty { lines.append("        months: \(sentence.months)") }
            }
        }
        let sourceIDs = record.sources.indices.map { "s\($0 + 1)" }
        let events = record.events.sorted { $0.date < $1.date }
        if !events.isEmpty {
            lines.append("events:")
            for event in events {
                let name = record.people.count > 1 ? ": " + (names[event.person] ?? event.person) : ""
                lines += ["  - date: \(event.date)", "    type: \(event.type)",
                          "    summary: \(yaml(site.eventTypes.label(event.type) + name))"]
                if record.people.count > 1 { lines.append("    people: [\(id(event.person))]") }
                // An event cites what its row cites, not the sources of the case's other people.
                let cited = zip(sourceIDs, record.sources).filter { id, source in
                    event.sources.isEmpty || event.sources.contains { ImportPlan.addressKey($0) == ImportPlan.addressKey(source.url) }
                }.map(\.0)
                lines.append("    sources: [\(cited.joined(separator: ", "))]")
            }
        }
        lines.append("sources:")
        for (id, source) in zip(sourceIDs, record.sources) {
            lines += ["  - id: \(id)", "    title: \(yaml(source.title))", "    url: \(yaml(source.url))"]
        }
        return (lines + ["---", ""]).joined(separator: "\n")
    }
}
