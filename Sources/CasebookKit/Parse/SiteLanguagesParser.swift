/// site.yml `languages: [en, ru, kk]` and the per-language texts `{en: .., ru: ..}` its
/// title, description and labels may be given as.
extension SiteParser {
    /// The site's languages as written (the default first), each a two-letter ISO 639-1
    /// code, or empty when the key is absent. A bad code is reported and kept in its
    /// suggested form, so the maps that already use that form are not reported again.
    static func languages(_ fields: Fields, reader: inout FieldReader) -> [String] {
        guard let node = fields["languages"], !node.isNull else { return [] }
        if case .scalar(let value, false) = node.value, TextShortcuts.containsComma(value) {
            reader.diagnostics.error(node.position, "write the languages as a list in brackets: [\(value)]")
            return []
        }
        var codes: [String] = []
        let problemsBefore = reader.diagnostics.items.count
        for item in reader.list(fields, "languages") {
            guard let written = reader.text(item, "languages") else { continue }
            var code = written
            if !LanguageCode.isValid(written) || LanguageCode.countryCodes[written] != nil {
                let suggestion = LanguageCode.suggestion(for: written)
                let advice = suggestion.map { "write '\($0)'\(LanguageCode.inLatin(written))" } ?? "write a two-letter ISO 639-1 code like en, ru or kk"
                reader.diagnostics.error(item.position, "'\(written)' in 'languages' is not a language code; \(advice)")
                guard let suggestion else { continue }
                code = suggestion
            }
            if codes.contains(code) {
                guard code == written else { continue }  // a repaired code: its mistake is said already
                reader.diagnostics.error(item.position, "'\(code)' is listed twice in 'languages'; list each language once")
                continue
            }
            codes.append(code)
        }
        if codes.isEmpty, reader.diagnostics.items.count == problemsBefore {
            reader.diagnostics.error(node.position, "'languages' must list at least one language, the default first, like [en, ru, kk]")
        }
        return codes
    }

    /// `languages` and `language` together: given both, `language` must be the first of
    /// `languages`. Sets the site's default language and, with more than one, its list.
    static func setLanguages(_ site: inout SiteConfig, _ fields: Fields, reader: inout FieldReader) {
        let listed = languages(fields, reader: &reader)
        let single = language(fields, reader: &reader)
        guard let first = listed.first else {
            site.language = single ?? site.language
            return
        }
        if let single, single != first, let node = fields["language"] {
            reader.diagnostics.error(node.position,
                "'language' is '\(single)' but the first of 'languages' is '\(first)'; the first of 'languages' is the default language: remove 'language', or make it '\(first)'")
        }
        site.language = first
        site.languages = listed.count > 1 ? listed : []
    }

    /// A text that may be given per language: a plain text (the default language's), or
    /// `{en: .., ru: ..}` holding the default language and others the site lists.
    /// Returns the default language's text and the others by language. With `label`, the
    /// text is a vocabulary's label, which may be neither empty nor null in any language.
    static func localized(_ node: YAMLNode, _ key: String, site: SiteConfig, label: LabelOf? = nil,
                          reader: inout FieldReader) -> (text: String?, translated: [String: String]) {
        guard case .mapping(let entries) = node.value else {
            if case .sequence = node.value {
                reader.diagnostics.error(node.position, "expected text for '\(key)', or a text per language like {\(site.defaultLanguage): ...}, found a list")
                return (nil, [:])
            }
            if let label, isEmptyLabel(node) {
                reader.diagnostics.error(node.position, emptyLabel(node, label, language: nil, site: site))
                return (nil, [:])
            }
            return (reader.text(node, key), [:])
        }
        var text: String?
        var translated: [String: String] = [:]
        var emptyDefault = false
        for index in entries.indices {
            let code = entries[index].key
            if entries[..<index].contains(where: { $0.key == code }) {
                reader.diagnostics.error(entries[index].keyPosition, "duplicate key '\(code)': each key may appear once")
                continue
            }
            guard site.allLanguages.contains(code) else {
                var message = LanguageCode.unlisted(code, site: site)
                if !LanguageCode.isValid(code), LanguageCode.nearest(to: code, in: site.allLanguages) == nil {
                    message += "; if the text contains ': ', put it in quotes"
                }
                reader.diagnostics.error(entries[index].keyPosition, message)
                continue
            }
            if let label, isEmptyLabel(entries[index].value) {
                reader.diagnostics.error(entries[index].value.position, emptyLabel(entries[index].value, label, language: code, site: site))
                emptyDefault = emptyDefault || code == site.defaultLanguage
                continue
            }
            guard let value = reader.text(entries[index].value, key) else { continue }
            if code == site.defaultLanguage { text = value } else { translated[code] = value }
        }
        // Keys that are not codes are another mistake (text with ': '), reported as that.
        if text == nil, !emptyDefault, entries.allSatisfy({ LanguageCode.isValid($0.key) && $0.key != site.defaultLanguage }) {
            reader.diagnostics.error(node.position,
                "'\(key)' has no text in the default language; add '\(site.defaultLanguage): ...' (the first of the site's languages)")
        }
        return (text, translated)
    }

    /// A per-language text under `key` of `fields`, or nil when absent or null.
    static func localized(_ fields: Fields, _ key: String, site: SiteConfig, required: Bool = false, label: LabelOf? = nil,
                          reader: inout FieldReader) -> (text: String?, translated: [String: String])? {
        guard let node = fields[key], !node.isNull else {
            if required { reader.missing(fields, key) }
            return nil
        }
        let result = localized(node, key, site: site, label: label, reader: &reader)
        if required, let text = result.text, TextShortcuts.isBlank(text) {
            reader.diagnostics.error(node.position, "'\(key)' must not be empty")
            return (nil, result.translated)
        }
        return result
    }

    /// Whether a charge written as a mapping is its label per language (`{en: .., ru: ..}`)
    /// rather than the long form `{label, law}`: no key of the long form, only codes.
    static func isLabelPerLanguage(_ node: YAMLNode) -> Bool {
        guard case .mapping(let entries) = node.value, !entries.isEmpty else { return false }
        return entries.allSatisfy { !chargeKeys.contains($0.key) && LanguageCode.isValid($0.key) }
    }
}
