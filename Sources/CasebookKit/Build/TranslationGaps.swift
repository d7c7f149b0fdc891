/// What a translation leaves in the default language: each text its file has that the
/// translation does not give, which its page shows untranslated (as `Localizer` marks it),
/// in words for `check --missing`: "the summary, the body, 1 event summary and 1 source title".
/// Names kept as written (aliases, former names) are not listed, nor a source's title when
/// the source gives its own `language`: the title is then in the source's words.
struct TranslationGaps {
    private(set) var parts: [String] = []
    let translation: Translation

    init(_ translation: Translation) {
        self.translation = translation
    }

    /// The gaps of a case's translation (the other kinds' below).
    static func of(_ translation: Translation, case record: CaseRecord) -> TranslationGaps {
        var gaps = TranslationGaps(translation)
        gaps.text("the title", translation.title == nil)
        gaps.text("the summary", record.summary != nil && translation.summary == nil)
        gaps.text("the status note", record.statusCertainty?.note != nil && translation.statusNote == nil)
        gaps.body(record.body)
        gaps.lists(record.events, record.sources, record.corrections)
        gaps.count(record.documents.indices.filter { (translation.documentTitles.element(at: $0) ?? nil) == nil }.count,
                   "document title", "document titles")
        gaps.count(missingSentenceNotes(record, translation), "sentence note", "sentence notes")
        var decisions = 0, places = 0, statuses = 0
        for (index, person) in record.people.enumerated() {
            let texts = translation.decisionTexts.element(at: index) ?? []
            decisions += person.decisions.indices.filter { person.decisions[$0].note != nil && texts.element(at: $0)?.note == nil }.count
            let given = translation.custodyPlaces.element(at: index) ?? []
            places += person.custody.indices.filter { person.custody[$0].place != nil && (given.element(at: $0) ?? nil) == nil }.count
            if person.statusCertainty?.note != nil, (translation.personStatusNotes.element(at: index) ?? nil) == nil { statuses += 1 }
        }
        gaps.count(decisions, "decision note", "decision notes")
        gaps.count(places, "custody place", "custody places")
        gaps.count(statuses, "person's status note", "persons' status notes")
        return gaps
    }

    static func of(_ translation: Translation, person: Person) -> TranslationGaps {
        var gaps = TranslationGaps(translation)
        gaps.text("the name", translation.name == nil)
        gaps.body(person.body)
        gaps.lists(person.events, person.sources, person.corrections)
        gaps.text("the photo's credit", person.photo?.credit != nil && translation.photo?.credit == nil)
        gaps.text("the photo's alt", person.photo?.alt != nil && translation.photo?.alt == nil)
        gaps.text("the letters' note", person.letters?.note != nil && translation.lettersNote == nil)
        return gaps
    }

    static func of(_ translation: Translation, organization: Organization) -> TranslationGaps {
        var gaps = TranslationGaps(translation)
        gaps.text("the name", translation.name == nil)
        gaps.text("the short name", organization.shortName != nil && translation.shortName == nil)
        gaps.body(organization.body)
        gaps.lists(organization.events, organization.sources, organization.corrections)
        return gaps
    }

    static func of(_ translation: Translation, page: Page) -> TranslationGaps {
        var gaps = TranslationGaps(translation)
        gaps.text("the title", translation.title == nil)
        gaps.text("the summary", page.summary != nil && translation.summary == nil)
        gaps.body(page.body)
        return gaps
    }

    /// "content/cases/x.ru.md: partly translated; no ru text for the body and 1 event
    /// summary of content/cases/x.md", or nil when the translation gives every text.
    var line: String? {
        guard let last = parts.last else { return nil }
        let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
        return "\(translation.info.path): partly translated; no \(translation.language) text for \(list) of \(TranslationParser.defaultPath(of: translation.info))"
    }

    private mutating func text(_ name: String, _ missing: Bool) {
        if missing { parts.append(name) }
    }

    private mutating func count(_ count: Int, _ one: String, _ many: String) {
        if count > 0 { parts.append(count == 1 ? "1 \(one)" : "\(count) \(many)") }
    }

    /// A body the file has and the translation does not.
    private mutating func body(_ body: MarkdownBody) {
        text("the body", !TextShortcuts.isBlank(body.text) && translation.body.text.isEmpty)
    }

    /// Events' summaries and notes, sources' titles (those whose source names no language
    /// of its own, so taken as the default's), corrections' notes.
    private mutating func lists(_ events: [Event], _ sources: [Source], _ corrections: [Correction]) {
        let t = translation
        count(events.indices.filter { (t.eventSummaries.element(at: $0) ?? nil) == nil }.count, "event summary", "event summaries")
        count(events.indices.filter { events[$0].note != nil && (t.eventNotes.element(at: $0) ?? nil) == nil }.count, "event note", "event notes")
        count(sources.indices.filter { sources[$0].language == nil && (t.sourceTitles.element(at: $0) ?? nil) == nil }.count,
              "source title", "source titles")
        count(corrections.indices.filter { (t.correctionNotes.element(at: $0) ?? nil) == nil }.count, "correction note", "correction notes")
    }

    /// How many notes of sentence parts (the shorthand's and decisions') the translation
    /// leaves out: its page shows them in the default language, as `Localizer` marks them.
    static func missingSentenceNotes(_ record: CaseRecord, _ translation: Translation) -> Int {
        func missing(_ parts: [SentenceComponent], _ notes: [String?]) -> Int {
            parts.indices.filter { parts[$0].note != nil && (notes.element(at: $0) ?? nil) == nil }.count
        }
        return record.people.indices.reduce(0) { total, person in
            let p = record.people[person], decisions = translation.decisionTexts.element(at: person) ?? []
            return total + missing(p.sentence, translation.sentenceNotes.element(at: person) ?? [])
                + p.decisions.indices.reduce(0) { $0 + missing(p.decisions[$1].sentence, decisions.element(at: $1)?.sentenceNotes ?? []) }
        }
    }
}
