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
            for entry in entries where entry.key != "custody" {
                guard entry.key == "sentence" else {
                    reportKey(entry, facts: CaseParser.participantKeys, text: ["sentence", "custody"], what: "a person of the case", source: source, reader: &reader)
                    continue
                }
                notes = reader.list(Fields(entries: entries, position: node.position, what: "a person of a translation"), "sentence")
                    .map { component -> String? in
                        guard case .mapping(let parts) = component.value else {
                            if !component.isNull {
                                reader.diagnostics.error(component.position, "expected a penalty of a translation as 'note: ...', found \(component.kindName)")
                            }
                            return nil
                        }
                        for part in parts where part.key != "note" {
                            reportKey(part, facts: CaseParser.sentenceKeys, text: ["note"], what: "a penalty", source: source, reader: &reader)
                        }
                        guard let note = parts.first(where: { $0.key == "note" }), !note.value.isNull else { return nil }
                        return reader.text(note.value, "note")
                    }
            }
            return notes
        }
    }

    /// Each person's custody places, by position (`custody: [{place: ...}]`); the keys
    /// themselves were checked by `sentenceNotes`, which reads the same entries.
    static func custodyPlaces(_ fields: Fields, source: String, reader: inout FieldReader) -> [[String?]] {
        guard fields["people"] != nil, case .sequence(let people)? = fields["people"]?.value else { return [] }
        return people.map { node -> [String?] in
            guard case .mapping(let entries) = node.value, let custody = entries.first(where: { $0.key == "custody" }) else { return [] }
            guard case .sequence(let periods) = custody.value.value else {
                if !custody.value.isNull {
                    reader.diagnostics.error(custody.value.position, "expected 'custody' of a translation as a list of {place: ...}, found \(custody.value.kindName)")
                }
                return []
            }
            return periods.map { period -> String? in
                guard case .mapping(let parts) = period.value else {
                    if !period.isNull {
                        reader.diagnostics.error(period.position, "expected a custody period of a translation as 'place: ...', found \(period.kindName)")
                    }
                    return nil
                }
                for part in parts where part.key != "place" {
                    reportKey(part, facts: FieldReader.custodyKeys, text: ["place"], what: "a custody period", source: source, reader: &reader)
                }
                guard let place = parts.first(where: { $0.key == "place" }), !place.value.isNull else { return nil }
                return reader.text(place.value, "place")
            }
        }
    }

    /// A key a translated person or penalty may not hold: a fact, or unknown.
    private static func reportKey(_ entry: YAMLEntry, facts: [String], text: [String], what: String, source: String,
                                  reader: inout FieldReader) {
        let texts = text.map { "'\($0)'" }.joined(separator: " and ")
        let message = facts.contains(entry.key)
            ? "'\(entry.key)' of \(what) is a fact and comes from \(source); a translation gives only its \(texts): remove it"
            : "unknown key '\(entry.key)' in \(what) of a translation; \(Suggestion.nearest(to: entry.key, in: text).map { "did you mean '\($0)'?" } ?? "it may hold only \(texts)")"
        reader.diagnostics.error(entry.keyPosition, message)
    }
}
