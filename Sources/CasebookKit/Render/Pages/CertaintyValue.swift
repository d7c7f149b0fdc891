import Foundation

/// `{text, lang, sources}`: how sure the sources are of a fact, worded to stand beside it in
/// parentheses: "disputed: the family says he was detained on 2 March", "reported".
struct CertaintyValue: TemplateFields {
    let text: String
    /// The note's language where it is not the page's (not translated).
    let lang: String?
    /// `text` as HTML, escaped, with only an untranslated note inside an element of its own
    /// language (`оспаривается: <bdi lang="en">…</bdi>`): the catalogue's word stays in the page's.
    let html: String
    /// Numbers of the case's sources the fact cites (a status's `status_sources`); an event's are beside it already.
    let sources: [SourceRef]

    /// nil when neither a certainty nor a note is given.
    init?(_ certainty: Certainty?, note: String?, lang: String? = nil, sources: [SourceRef] = [], words: borrowing Catalogue) {
        let label = certainty.map { words.text("certainty.\($0.rawValue)") }
        let noteLang = note == nil ? nil : lang
        // The note escaped, inside an element of its own language when it is untranslated.
        func marked(_ note: String) -> String {
            noteLang.map { "<bdi lang=\"\(HTMLEscaping.escape($0))\">\(HTMLEscaping.escape(note))</bdi>" } ?? HTMLEscaping.escape(note)
        }
        switch (label, note) {
        case (nil, nil): return nil
        case (let label?, nil):
            text = label
            html = HTMLEscaping.escape(label)
        case (nil, let note?):
            text = note
            html = marked(note)
        case (let label?, let note?):
            text = words.text("certainty.with_note", ["certainty": label, "note": note])
            // The pattern filled with a marker, escaped, then the marked note put in.
            let marker = "\u{E000}"
            html = HTMLEscaping.escape(words.text("certainty.with_note", ["certainty": label, "note": marker]))
                .replacingOccurrences(of: marker, with: marked(note))
        }
        self.lang = noteLang
        self.sources = sources
    }

    /// A status's certainty, its sources numbered as on the case page.
    init?(_ status: StatusCertainty?, sourceNumbers: [String: Int], words: borrowing Catalogue) {
        guard let status else { return nil }
        self.init(status.certainty, note: status.note, lang: status.shownIn,
                  sources: status.sources.compactMap { ref in sourceNumbers[ref.id].map(SourceRef.init) }, words: words)
    }

    /// A status's label with its certainty where the note is not shown (case lists, a
    /// person's case line, the feed): "Released (disputed)", never a plain "Released".
    /// A person's status is worded for them (`Gender`) when `gender` is given, and for
    /// several people (the feed's "Осуждены: …") when `count` is more than one.
    static func statusLabel(_ status: String, _ certainty: Certainty?, site: SiteConfig, words: borrowing Catalogue,
                            gender: Gender? = nil, count: Int = 1) -> String {
        let label = site.statuses.label(status, for: gender, count: count, in: site.language)
        guard let certainty else { return label }
        return words.text("certainty.status", ["status": label, "certainty": words.text("certainty.\(certainty.rawValue)")])
    }

    static let fieldNames = ["text", "lang", "html", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .string(text)
        case "lang": lang.templateValue
        case "html": .string(html)
        case "sources": .list(sources)
        default: nil
        }
    }
}
