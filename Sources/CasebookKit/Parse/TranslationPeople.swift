/// The `people` of a case's translation: for each person of the case, in its order, the
/// notes of their sentence (`- sentence: [{note: ...}]`), the one text a sentence has
/// ("public and political activity" of a ban). Everything else of a person is a fact.
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
            for entry in entries {
                guard entry.key == "sentence" else {
                    reportKey(entry, facts: CaseParser.participantKeys, text: "sentence", what: "a person of the case", source: source, reader: &reader)
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
                            reportKey(part, facts: CaseParser.sentenceKeys, text: "note", what: "a penalty", source: source, reader: &reader)
                        }
                        guard let note = parts.first(where: { $0.key == "note" }), !note.value.isNull else { return nil }
                        return reader.text(note.value, "note")
                    }
            }
            return notes
        }
    }

    /// A key a translated person or penalty may not hold: a fact, or unknown.
    private static func reportKey(_ entry: YAMLEntry, facts: [String], text: String, what: String, source: String,
                                  reader: inout FieldReader) {
        let message = facts.contains(entry.key)
            ? "'\(entry.key)' of \(what) is a fact and comes from \(source); a translation gives only its '\(text)': remove it"
            : "unknown key '\(entry.key)' in \(what) of a translation; \(Suggestion.nearest(to: entry.key, in: [text]).map { "did you mean '\($0)'?" } ?? "it may hold only '\(text)'")"
        reader.diagnostics.error(entry.keyPosition, message)
    }
}
