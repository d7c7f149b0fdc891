/// Which texts of a document a page of another language shows in the default language.
public struct Untranslated: Sendable, Hashable {
    /// The language those texts are in: the site's default.
    public let language: String
    /// The document has no translation file in the page's language at all.
    public let whole: Bool
    public var title = false
    public var summary = false
    public var body = false
    /// Events' summaries and corrections' notes are marked on each (`shownIn`).
    public var parts = false

    /// The `lang` each text needs when it is not translated, else nil.
    var titleLang: String? { title ? language : nil }
    var summaryLang: String? { summary ? language : nil }
    var bodyLang: String? { body ? language : nil }

    var isEmpty: Bool { !whole && !title && !summary && !body && !parts }
}

/// Puts one document's translation over its default-language text, marking what is left.
struct Localizer {
    let fallback: String
    /// The language of the pages the texts are for.
    var language = ""

    func localize(_ linked: LinkedPerson, _ translation: LinkedTranslation?) -> LinkedPerson {
        var linked = linked, record = linked.record, body = linked.bodyHTML
        linked.untranslated = named(&record.name, &record.aliases, &body, &record.events,
                                    &record.sources, &record.corrections, translation)
        let texts = translation?.translation.photo
        // Texts only the translation gives are shown too: the default file may have none.
        if var photo = record.photo, photo.credit != nil || photo.alt != nil || texts?.credit != nil || texts?.alt != nil {
            // Both words come from one place, so the portrait has one language.
            if let texts, texts.credit != nil || photo.credit == nil, texts.alt != nil || photo.alt == nil {
                photo.credit = texts.credit ?? photo.credit
                photo.alt = texts.alt ?? photo.alt
            } else {
                photo.shownIn = fallback
            }
            record.photo = photo
        }
        record.letters = letters(record.letters, translation?.translation)
        // The portrait's words or the letters' note left in the default language: the page says so.
        if record.photo?.shownIn != nil || record.letters?.noteShownIn != nil {
            var mark = linked.untranslated ?? Untranslated(language: fallback, whole: translation == nil)
            mark.parts = true
            linked.untranslated = mark
        }
        linked.record = record
        linked.bodyHTML = body
        return linked
    }

    func localize(_ linked: LinkedOrganization, _ translation: LinkedTranslation?) -> LinkedOrganization {
        var linked = linked
        // A short name left as written is in the default language; the page says nothing of it
        // (an abbreviation often stays), but gives it that `lang`.
        if !replace(&linked.record.shortName, with: translation?.translation.shortName) { linked.shortNameLang = fallback }
        linked.untranslated = named(&linked.record.name, &linked.record.aliases, &linked.bodyHTML, &linked.record.events,
                                    &linked.record.sources, &linked.record.corrections, translation)
        // A former name is a name: one left untranslated is shown as written, like an alias.
        let names = translation?.translation.formerNames ?? []
        for index in linked.record.formerNames.indices {
            if let name = names.element(at: index) ?? nil { linked.record.formerNames[index].name = name }
        }
        return linked
    }

    /// A person's or organization's texts: name, aliases, body, events' summaries, sources'
    /// titles, corrections' notes.
    private func named(_ name: inout String, _ aliases: inout [String], _ body: inout String, _ events: inout [Event],
                       _ sources: inout [Source], _ corrections: inout [Correction], _ translation: LinkedTranslation?) -> Untranslated? {
        var mark = Untranslated(language: fallback, whole: translation == nil)
        let text = translation?.translation
        mark.title = !replace(&name, with: text?.name)
        if let translated = text?.aliases { aliases = translated }
        mark.body = !replaceBody(&body, with: translation, depth: 2)
        mark.parts = !replace(&events, &corrections, text)
        sources = self.sources(sources, text)
        return mark.isEmpty ? nil : mark
    }

    func localize(_ linked: LinkedPage, _ translation: LinkedTranslation?) -> LinkedPage {
        var linked = linked, mark = Untranslated(language: fallback, whole: translation == nil)
        let text = translation?.translation
        mark.title = !replace(&linked.record.title, with: text?.title)
        mark.summary = !replace(&linked.record.summary, with: text?.summary)
        mark.body = !replaceBody(&linked.bodyHTML, with: translation, depth: 1)
        linked.untranslated = mark.isEmpty ? nil : mark
        return linked
    }

    /// True when the text is translated (or there is none to translate).
    func replace(_ text: inout String, with translated: String?) -> Bool {
        guard let translated else { return false }
        text = translated
        return true
    }

    /// The same for a text the default file may leave out: one only the translation gives
    /// is shown on its language's pages (the default's show none).
    func replace(_ text: inout String?, with translated: String?) -> Bool {
        guard let translated else { return text == nil }
        text = translated
        return true
    }

    /// The translated body, or the default one with its media links climbing one folder
    /// more: the media are shared at the site's root, above the language's folder. (Links to
    /// pages stay inside the language.) `depth` is how deep the page is in its language. A
    /// body only the translation has is its language's page's.
    func replaceBody(_ html: inout String, with translation: LinkedTranslation?, depth: Int) -> Bool {
        guard let translated = translation?.bodyHTML, !translated.isEmpty else {
            guard !html.isEmpty else { return true }
            html = Self.mediaFromLanguageFolder(html, depth: depth)
            return false
        }
        html = translated
        return true
    }

    /// `src="../../media/x.jpg"` -> `src="../../../media/x.jpg"`. A quote followed by the
    /// climb is only ever an attribute's start: Markdown's HTML writes a quote in text as `&quot;`.
    static func mediaFromLanguageFolder(_ html: String, depth: Int) -> String {
        ByteSearch.replacing("=\"" + SitePaths.root(depth: depth) + "media/", with: "=\"" + SitePaths.root(depth: depth + 1) + "media/",
                             in: html) ?? html
    }

    /// Events' summaries and notes and corrections' notes, by position; each left one
    /// marked. An event's note only the translation gives is shown beside it.
    func replace(_ events: inout [Event], _ corrections: inout [Correction], _ text: Translation?) -> Bool {
        var complete = true
        for index in events.indices {
            if let summary = text?.eventSummaries.element(at: index) ?? nil {
                events[index].summary = summary
            } else {
                events[index].shownIn = fallback
                complete = false
            }
            if let note = text?.eventNotes.element(at: index) ?? nil {
                events[index].note = note
            } else if events[index].note != nil {
                events[index].noteShownIn = fallback
                complete = false
            }
        }
        for index in corrections.indices {
            if let note = text?.correctionNotes.element(at: index) ?? nil {
                corrections[index].note = note
            } else {
                corrections[index].shownIn = fallback
                complete = false
            }
        }
        return complete
    }

    /// Sources' titles, where given: a cited title may well stay as the source wrote it.
    /// One left as the default file has it is in the source's language when it names one.
    func sources(_ sources: [Source], _ text: Translation?) -> [Source] {
        var sources = sources
        let titles = text?.sourceTitles ?? []
        for index in sources.indices {
            if let title = titles.element(at: index) ?? nil {
                sources[index].title = title
            } else {
                let lang = sources[index].language ?? fallback
                if lang != language { sources[index].titleShownIn = lang }
            }
        }
        return sources
    }
}

extension Localizer {
    /// The letters' note, where given (even where the default file has none); the address
    /// is the same in every language.
    func letters(_ letters: Letters?, _ text: Translation?) -> Letters? {
        guard var letters, letters.note != nil || text?.lettersNote != nil else { return letters }
        if let note = text?.lettersNote {
            letters.note = note
        } else if fallback != language {
            letters.noteShownIn = fallback
        }
        return letters
    }
}

extension Array {
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
