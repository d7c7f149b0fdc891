/// Puts a translation's decision notes over the default language's, person by person and
/// decision by decision; a note left untranslated is marked with the language it is in.
extension Localizer {
    func localizeDecisions(_ people: inout [CaseRecord.Participant], _ texts: [[TranslatedDecision]]) {
        for person in people.indices where !people[person].decisions.isEmpty {
            let given = texts.indices.contains(person) ? texts[person] : []
            for index in people[person].decisions.indices {
                let text = given.indices.contains(index) ? given[index] : TranslatedDecision()
                var decision = people[person].decisions[index]
                if decision.note != nil {
                    if let note = text.note { decision.note = note } else { decision.shownIn = fallback }
                }
                for (part, note) in zip(decision.sentence.indices, text.sentenceNotes) {
                    if let note { decision.sentence[part].note = note }
                }
                people[person].decisions[index] = decision
            }
        }
    }
}
