/// A case's translation over its default-language text: title, summary, body, events,
/// sources, documents, corrections, and its people's sentence notes, decisions, custody
/// places and status notes. A text only the translation gives is shown on its pages too.
extension Localizer {
    func localize(_ linked: LinkedCase, _ translation: LinkedTranslation?) -> LinkedCase {
        // The record and body changed as local values: the linked value keeps its fields in
        // one shared box, which two `inout` arguments may not reach into at once.
        var linked = linked, mark = Untranslated(language: fallback, whole: translation == nil)
        var record = linked.record, body = linked.bodyHTML
        let text = translation?.translation
        mark.title = !replace(&record.title, with: text?.title)
        mark.summary = !replace(&record.summary, with: text?.summary)
        mark.body = !replaceBody(&body, with: translation, depth: 2)
        var events = record.events, corrections = record.corrections
        mark.parts = !replace(&events, &corrections, text)
        record.events = events
        record.corrections = corrections
        record.sources = sources(record.sources, text)
        record.documents = documents(record.documents, text)
        // A penalty's note ("public and political activity") is worded inside the sentence;
        // one left untranslated is marked with its language, as an event's summary is.
        let sentenceNotes = text?.sentenceNotes ?? []
        for person in record.people.indices {
            let notes = sentenceNotes.element(at: person) ?? []
            if !localizeNotes(&record.people[person].sentence, notes) { mark.parts = true }
        }
        if !localizeDecisions(&record.people, text?.decisionTexts ?? []) { mark.parts = true }
        localizePlaces(&record.people, text?.custodyPlaces ?? [])
        // The status's notes: the case's (a key of the translation's top level) and each person's.
        if !localizeStatus(&record.statusCertainty, text?.statusNote) { mark.parts = true }
        for person in record.people.indices {
            let note = text?.personStatusNotes.element(at: person) ?? nil
            if !localizeStatus(&record.people[person].statusCertainty, note) { mark.parts = true }
        }
        linked.record = record
        linked.bodyHTML = body
        linked.untranslated = mark.isEmpty ? nil : mark
        return linked
    }

    /// Custody periods' places, by person and period: a place not translated stays in the
    /// default language, marked so the page can say which; one only the translation gives is shown.
    func localizePlaces(_ people: inout [CaseRecord.Participant], _ places: [[String?]]) {
        for person in people.indices where !people[person].custody.isEmpty {
            let given = places.element(at: person) ?? []
            for period in people[person].custody.indices {
                if let place = given.element(at: period) ?? nil {
                    people[person].custody[period].place = place
                } else if people[person].custody[period].place != nil {
                    people[person].custody[period].placeShownIn = fallback
                }
            }
        }
    }

    /// A status's note: the translation's, else the default's marked with its language.
    /// A note only the translation gives is shown beside the status all the same (a status
    /// without `status_certainty` shows its note alone). False when the note is left untranslated.
    func localizeStatus(_ status: inout StatusCertainty?, _ note: String?) -> Bool {
        if let note {
            if status == nil { status = StatusCertainty(certainty: nil, note: nil, sources: []) }
            status?.note = note
            return true
        }
        guard status?.note != nil else { return true }
        status?.shownIn = fallback
        return false
    }

    /// Documents' titles, where given; one left as the default file has it is marked in the
    /// default language, as a document's own `language` is that of the document, not its title.
    func documents(_ documents: [Document], _ text: Translation?) -> [Document] {
        var documents = documents
        let titles = text?.documentTitles ?? []
        for index in documents.indices {
            if let title = titles.element(at: index) ?? nil {
                documents[index].title = title
            } else if fallback != language {
                documents[index].shownIn = fallback
            }
        }
        return documents
    }
}
