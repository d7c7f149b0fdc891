/// Puts a translation's decision notes over the default language's, person by person and
/// decision by decision; a note left untranslated is marked with the language it is in, and
/// one only the translation gives is shown on its pages.
extension Localizer {
    /// False when some note is left untranslated.
    func localizeDecisions(_ people: inout [CaseRecord.Participant], _ texts: [[TranslatedDecision]]) -> Bool {
        var complete = true
        for person in people.indices where !people[person].decisions.isEmpty {
            let given = texts.indices.contains(person) ? texts[person] : []
            for index in people[person].decisions.indices {
                let text = given.indices.contains(index) ? given[index] : TranslatedDecision()
                var decision = people[person].decisions[index]
                if let note = text.note {
                    decision.note = note
                } else if decision.note != nil {
                    decision.shownIn = fallback
                    complete = false
                }
                if !localizeNotes(&decision.sentence, text.sentenceNotes) { complete = false }
                people[person].decisions[index] = decision
            }
        }
        return complete
    }

    /// The notes of a sentence's parts, by position; each left untranslated marked. False
    /// when some is left.
    func localizeNotes(_ sentence: inout [SentenceComponent], _ notes: [String?]) -> Bool {
        var complete = true
        for part in sentence.indices {
            if let note = notes.element(at: part) ?? nil {
                sentence[part].note = note
            } else if sentence[part].note != nil, fallback != language {
                sentence[part].noteShownIn = fallback
                complete = false
            }
        }
        return complete
    }
}
