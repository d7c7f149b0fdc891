/// The `people` of a case's translation: for each person of the case, in its order, the
/// notes of their sentence (`- sentence: [{note: ...}]`), the one text a sentence has
/// ("public and political activity" of a ban), and the places of their custody periods
/// (`custody: [{place: ...}]`). Everything else of a person is a fact.
extension TranslationParser {
    static func sentenceNotes(_ fields: Fields, source: String, reader: inout FieldReader) -> [[String?]] {
        guard fields["people"] != nil else { return [] }
        return reader.list(fields, "people").map { node -> [String?] in
            guard !node.isNull else { return [] }
            guard case .mapping(let entries) = node.value else {
                reader.diagnostics.error(node.position, "expected a person of a translation as 'sentence: [{note: ...}]', found \(node.kindName)")
                return []
            }
            var notes: [String?] = []
            for entry in entries where entry.key != "custody" && entry.key != "decisions" && entry.key != "status_note" {
                guard entry.key == "sentence" else {
                    reportKey(entry, facts: CaseParser.participantKeys, text: ["sentence", "custody", "decisions", "status_note"], what: "a person of the case", source: source, reader: &reader)
                    continue
                }
                notes = texts(reader.list(Fields(entries: entries, position: node.position, what: "a person of a translation"), "sentence"),
                              key: "note", facts: CaseParser.sentenceKeys, what: "a penalty", source: source, reader: &reader)
            }
            return notes
        }
    }

    /// Each person's `status_note`, by position; nil where not translated.
    static func statusNotes(_ fields: Fields, reader: inout FieldReader) -> [String?] {
        guard fields["people"] != nil, case .sequence(let people)? = fields["people"]?.value else { return [] }
        return people.map { node -> String? in
            guard case .mapping(let entries) = node.value, entries.contains(where: { $0.key == "status_note" }) else { return nil }
            return reader.text(Fields(entries: entries, position: node.position, what: "a person of a translation"), "status_note")
        }
    }

    /// Each person's custody places, by position (`custody: [{place: ...}]`); the person's
    /// other keys were checked by `sentenceNotes`, which reads the same entries.
    static func custodyPlaces(_ fields: Fields, source: String, reader: inout FieldReader) -> [[String?]] {
        guard fields["people"] != nil, case .sequence(let people)? = fields["people"]?.value else { return [] }
        return people.map { node -> [String?] in
            guard case .mapping(let entries) = node.value, entries.contains(where: { $0.key == "custody" }) else { return [] }
            return texts(reader.list(Fields(entries: entries, position: node.position, what: "a person of a translation"), "custody"),
                         key: "place", facts: FieldReader.custodyKeys, what: "a custody period", source: source, reader: &reader)
        }
    }

    /// Each person's decisions, by position: `decisions: [{note: ..., sentence: [{note: ...}]}]`.
    static func decisionTexts(_ fields: Fields, source: String, reader: inout FieldReader) -> [[TranslatedDecision]] {
        guard fields["people"] != nil, case .sequence(let people)? = fields["people"]?.value else { return [] }
        return people.map { node -> [TranslatedDecision] in
            guard case .mapping(let entries) = node.value, entries.contains(where: { $0.key == "decisions" }) else { return [] }
            let items = reader.list(Fields(entries: entries, position: node.position, what: "a person of a translation"), "decisions")
            return items.map { item -> TranslatedDecision in
                guard case .mapping(let parts) = item.value else {
                    if !item.isNull {
                        reader.diagnostics.error(item.position, "expected a decision of a translation as 'note: ...', found \(item.kindName)")
                    }
                    return TranslatedDecision()
                }
                var decision = TranslatedDecision()
                for part in parts {
                    switch part.key {
                    case "note": decision.note = part.value.isNull ? nil : reader.text(part.value, "note")
                    case "sentence":
                        decision.sentenceNotes = texts(reader.list(Fields(entries: parts, position: item.position, what: "a decision of a translation"), "sentence"),
                                                       key: "note", facts: FieldReader.sentenceKeys, what: "a penalty", source: source, reader: &reader)
                    default:
                        reportKey(part, facts: FieldReader.decisionKeys, text: ["note", "sentence"], what: "a decision", source: source, reader: &reader)
                    }
                }
                return decision
            }
        }
    }

    /// The one text (`key`) of each entry of a translated person's list, by position: a
    /// penalty's note, a custody period's place. Every other key is a fact or unknown.
    private static func texts(_ items: [YAMLNode], key: String, facts: [String], what: String, source: String,
                              reader: inout FieldReader) -> [String?] {
        items.map { item -> String? in
            guard case .mapping(let parts) = item.value else {
                if !item.isNull {
                    reader.diagnostics.error(item.position, "expected \(what) of a translation as '\(key): ...', found \(item.kindName)")
                }
                return nil
            }
            for part in parts where part.key != key {
                reportKey(part, facts: facts, text: [key], what: what, source: source, reader: &reader)
            }
            guard let text = parts.first(where: { $0.key == key }), !text.value.isNull else { return nil }
            return reader.text(text.value, key)
        }
    }

    /// A key a translated person or penalty may not hold: a fact, or unknown.
    private static func reportKey(_ entry: YAMLEntry, facts: [String], text: [String], what: String, source: String,
                                  reader: inout FieldReader) {
        let quoted = text.map { "'\($0)'" }
        let texts = quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " and " + quoted.last! : quoted.joined()
        let message = facts.contains(entry.key)
            ? "'\(entry.key)' of \(what) is a fact and comes from \(source); a translation gives only its \(texts): remove it"
            : "unknown key '\(entry.key)' in \(what) of a translation; \(KeyHint.lookAlike(entry.key, known: text)?.text ?? Suggestion.nearest(to: entry.key, in: text).map { "did you mean '\($0)'?" } ?? "it may hold only \(texts)")"
        reader.diagnostics.error(entry.keyPosition, message)
    }
}
