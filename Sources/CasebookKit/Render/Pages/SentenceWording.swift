/// A sentence in words: "2 years of freedom limitation; 100 hours of community work;
/// 5-year ban on public and political activity".
enum SentenceWording {
    static func describe(_ components: [SentenceComponent], site: SiteConfig) -> String {
        // Each part isolated, so a direction control in one note cannot turn the others around.
        components.map { BidiText.isolated(phrase($0, site: site)) }.joined(separator: "; ")
    }

    /// Penalties named as a noun that a duration qualifies ("5-year ban", "3-year suspended sentence").
    static let adjectiveTypes: Set<String> = ["activity-ban", "suspended"]

    static func phrase(_ c: SentenceComponent, site: SiteConfig) -> String {
        let label = site.sentenceTypes.label(c.type)
        let durations = durationParts(c)
        if c.type == "fine" {
            let amount = c.amount.map { " of \($0.grouped)" } ?? ""
            return label + amount + (c.note.map { " (\($0))" } ?? "")
        }
        if adjectiveTypes.contains(c.type) {
            // The note says what is banned: "ban on public and political activity".
            let noun = (c.type == "activity-ban" && c.note != nil) ? "ban on \(c.note!)" : label
            let trailingNote = (c.type == "activity-ban" ? nil : c.note).map { " (\($0))" } ?? ""
            if let single = singleUnit(c) {
                return "\(single) \(noun)" + trailingNote
            }
            return (durations.isEmpty ? noun : "\(noun) for \(list(durations))") + trailingNote
        }
        let note = c.note.map { " (\($0))" } ?? ""
        return (durations.isEmpty ? label : "\(list(durations)) of \(label)") + note
    }

    /// "2 years", "6 months", "100 hours" for each number given, in the digits written.
    static func durationParts(_ c: SentenceComponent) -> [String] {
        let units: [(DecimalNumber?, String)] = [(c.years, "year"), (c.months, "month"), (c.days, "day"), (c.hours, "hour")]
        return units.compactMap { value, unit in
            guard let value, !value.isZero else { return nil }
            return "\(value) \(unit)\(value.isOne ? "" : "s")"
        }
    }

    /// "5-year" when exactly one whole unit is given.
    static func singleUnit(_ c: SentenceComponent) -> String? {
        let units: [(DecimalNumber?, String)] = [(c.years, "year"), (c.months, "month"), (c.days, "day"), (c.hours, "hour")]
        let given = units.filter { !($0.0?.isZero ?? true) }
        guard given.count == 1, let value = given[0].0, value.isWhole else { return nil }
        return "\(value)-\(given[0].1)"
    }

    static func list(_ parts: [String]) -> String {
        parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
