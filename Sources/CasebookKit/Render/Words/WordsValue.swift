/// `words`: the catalogue's texts as every template sees them, `words.case.charged_under`:
/// a section per first part of the keys, a text per rest. Its keys are the catalogue's
/// (docs/theme.md "Words: the catalogue"), so no fixed list of fields.
struct WordsValue: TemplateFields {
    let sections: [String: WordSection]
    /// `words.script_search`, `words.script_filters`: the scripts' words as JSON, for a
    /// `data-words` attribute; absent when they are the English the scripts carry.
    var scripts: [String: String] = [:]

    static let fieldNames: [String] = []
    func field(_ key: String) -> TemplateValue? {
        sections[key].map { .fields($0) } ?? scripts[key].map { .string($0) }
    }
}

/// One section of `words` (`case`, `nav`, `pager`...): its texts by the rest of their keys.
struct WordSection: TemplateFields {
    let texts: [String: String]

    static let fieldNames: [String] = []
    func field(_ key: String) -> TemplateValue? {
        texts[key].map { .string($0) }
    }
}

extension Catalogue {
    /// The texts as templates see them: nested by the first part of their keys, `{root}` in
    /// `_html` texts made the page's way back to the root. Plural texts give their `other` form.
    var templateWords: WordsValue {
        var tree: [String: [String: String]] = [:]
        func put(_ key: String, _ value: String) {
            guard let dot = key.firstIndex(of: ".") else { return }
            let section = String(key[..<dot]), name = String(key[key.index(after: dot)...])
            let shown = name.hasSuffix("_html") ? value.replacingOccurrences(of: "{root}", with: SitePaths.rootMarker) : value
            tree[section, default: [:]][name] = shown
        }
        for (key, pattern) in texts { put(key, pattern.source) }
        for (key, forms) in plurals { if let other = forms["other"] { put(key, other.source) } }
        return WordsValue(sections: tree.mapValues(WordSection.init), scripts: ScriptWords(self).attributes)
    }
}
