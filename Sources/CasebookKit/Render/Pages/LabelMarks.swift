/// A vocabulary label as HTML on a page of another language that shows it in the default
/// language for want of a translation (`Vocabulary.shownIn`, worked out once per language):
/// the label escaped inside a `<bdi lang>` of its own, so a screen reader reads it in its own
/// voice (WCAG 3.1.2), and the words around it stay in the page's language. A label that
/// is translated is the plain text escaped, so a translated site's pages do not change.
enum LabelMarks {
    /// Stand for a sentence type's label and a charge while a catalogue text is escaped:
    /// private-use characters, as `SentenceWording.marker` for a note.
    static let label = "\u{E001}"
    static let charge = "\u{E002}"

    /// `text` escaped, inside `<bdi lang="…">` when `lang` is given.
    static func html(_ text: String, lang: String?) -> String {
        guard let lang else { return HTMLEscaping.escape(text) }
        return "<bdi lang=\"\(HTMLEscaping.escape(lang))\">\(HTMLEscaping.escape(text))</bdi>"
    }

    /// A catalogue text worded around markers (`worded`, not yet escaped), escaped, with
    /// each marker replaced by its text, marked with its language.
    static func filled(_ worded: String, _ marks: [(marker: String, text: String, lang: String?)]) -> String {
        var html = HTMLEscaping.escape(worded)
        for mark in marks { html = html.replacingOccurrences(of: mark.marker, with: self.html(mark.text, lang: mark.lang)) }
        return html
    }

    /// A status label worded with its certainty ("Sentenced (reported)") as HTML, the label
    /// marked when it is untranslated: the pattern filled with a marker, then the label put in.
    static func status(_ key: String, _ certainty: Certainty?, site: SiteConfig, words: borrowing Catalogue,
                       gender: Gender? = nil, count: Int = 1) -> (text: String, html: String) {
        let text = CertaintyValue.statusLabel(key, certainty, site: site, words: words, gender: gender, count: count)
        guard let lang = site.statuses.shownIn[key] else { return (text, HTMLEscaping.escape(text)) }
        let label = site.statuses.label(key, for: gender, count: count, in: site.language)
        guard let certainty else { return (text, html(label, lang: lang)) }
        let worded = words.text("certainty.status", ["status": self.label, "certainty": words.text("certainty.\(certainty.rawValue)")])
        return (text, filled(worded, [(self.label, label, lang)]))
    }
}
