/// An event as case, person, organization and timeline pages show it.
struct EventValue: TemplateFields {
    let date: DateValue
    let type: String
    let typeKey: String
    let summary: String
    /// Always present, maybe empty: an absent list would be looked up in the enclosing page.
    var people: [PersonLink] = []
    var sources: [SourceRef] = []
    /// The case, person or organization the event belongs to (timeline and person pages).
    var context: TitledLink?
    /// The summary's language where it is not the page's (not translated).
    var lang: String?
    /// `certainty` and `note`, beside the summary.
    var certainty: CertaintyValue?
    /// The type's label's language where site.yml gives it no text in the page's.
    var typeLang: String? = nil

    static let fieldNames = ["date", "type", "type_key", "summary", "people", "sources", "context", "lang", "certainty", "type_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .fields(date)
        case "type": .string(type)
        case "type_lang": typeLang.templateValue
        case "type_key": .string(typeKey)
        case "summary": .string(summary)
        case "people": .list(people)
        case "sources": .list(sources)
        case "context": context.templateValue
        case "lang": lang.templateValue
        case "certainty": certainty.templateValue
        default: nil
        }
    }
}

/// `{number, anchor}`: a source an event cites, by its number on the case page.
struct SourceRef: TemplateFields {
    let number: Int

    static let fieldNames = ["number", "anchor"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "number": .int(number)
        case "anchor": .string("source-\(number)")
        default: nil
        }
    }
}

/// One numbered source of a case, person or organization.
struct SourceValue: TemplateFields {
    let number: Int
    let source: Source
    /// The source's date in the site's words.
    let date: DateValue?
    /// The source's `language` named in the page's language when it is a code (`LanguageNames`).
    var languageName: String? = nil

    static let fieldNames = ["number", "anchor", "title", "publisher", "url", "link", "archive_url", "date", "language", "language_name", "title_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "number": .int(number)
        case "anchor": .string("source-\(number)")
        case "title": .string(source.title)
        case "publisher": source.publisher.templateValue
        case "url": source.url.templateValue
        // The link as one value, so the template reads the title beside the address
        // without climbing out of a section opened on the address.
        case "link": source.url.map { .fields(TitledLink(title: source.title, href: $0)) }
        case "archive_url": source.archiveURL.templateValue
        case "date": date.map { .fields($0) }
        case "language": source.language.templateValue
        case "language_name": (languageName ?? source.language).templateValue
        case "title_lang": source.titleShownIn.templateValue
        default: nil
        }
    }
}

/// Events and sources look the same on case, person and organization pages.
enum EventContext {
    static func base(_ event: Event, site: SiteConfig, words: Catalogue) -> EventValue {
        EventValue(date: words.templateDate(event.date), type: site.eventTypes.label(event.type), typeKey: event.type, summary: event.summary, lang: event.shownIn,
                   certainty: CertaintyValue(event.certainty, note: event.note, lang: event.noteShownIn, words: words),
                   typeLang: site.eventTypes.shownIn[event.type])
    }
}

enum SourceContext {
    static func list(_ sources: [Source], words: Catalogue, language: String) -> [SourceValue] {
        sources.enumerated().map { index, source in
            SourceValue(number: index + 1, source: source, date: source.date.map(words.templateDate),
                        languageName: source.language.flatMap { LanguageNames.name(of: $0, in: language) })
        }
    }
}
