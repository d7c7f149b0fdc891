/// Reads a catalogue file (`templates/i18n/<language>.yml`) over the built-in English, and
/// checks every entry against it: a key it does not have (with a did-you-mean), a text
/// given forms or forms given a text, a placeholder missing or unknown, a plural rule that
/// does not read, plural forms the rule does not give, a month list that is not 12 long.
/// Each problem is an error at the entry's line and column.
enum CatalogueReader {
    /// The entries of `text` over `base`; with no base, the file is read as the base itself.
    /// `language`: the file's (`ru` for `i18n/ru.yml`), which says whether `base` is casebook's
    /// own catalogue of it.
    static func read(_ text: String, file: String, over base: Catalogue?, language: String? = nil) -> (Catalogue, [Diagnostic]) {
        var diagnostics = Diagnostics(file: file)
        var catalogue = base ?? Catalogue(rule: PluralRule.none)
        guard let root = YAMLTree.parse(text, firstLine: 1, diagnostics: &diagnostics) else {
            return (catalogue, diagnostics.items)
        }
        guard case .mapping(let sections) = root.value else {
            if !root.isNull { diagnostics.error(root.position, "expected sections of entries (case:, units:, ...), found \(root.kindName)") }
            return (catalogue, diagnostics.items)
        }
        let primary = language.map(LanguageCode.primary)
        var reader = Reader(base: base, catalogue: catalogue, diagnostics: diagnostics, language: primary,
                            builtInLanguage: primary.flatMap { $0 == "en" || Catalogue.builtIn[$0] != nil ? $0 : nil })
        reader.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for section in sections { reader.section(section) }
        reader.checkAfterMerge()
        catalogue = reader.catalogue
        catalogue.dates = DateWording(catalogue)
        return (catalogue, reader.diagnostics.items)
    }

    struct Reader {
        let base: Catalogue?
        var catalogue: Catalogue
        var diagnostics: Diagnostics
        /// The file's language, and the same when `base` is casebook's own catalogue of it.
        let language: String?
        let builtInLanguage: String?
        /// Where the file gives `plural_rule`, when it does and the rule reads.
        var rulePosition: SourcePosition?
        /// Plural entries given here, checked against the rule once it is known.
        var givenPlurals: [(key: String, forms: [YAMLEntry], position: SourcePosition)] = []
        var givenTexts: [(key: String, position: SourcePosition)] = []
        /// The file's lines, to place a problem inside an `_html` entry (`CatalogueMarkup`).
        var lines: [Substring] = []

        var knownKeys: [String] {
            guard let base else { return [] }
            return Array(base.texts.keys) + Array(base.plurals.keys) + base.months.keys.map { "months.\($0)" } + ["plural_rule"]
        }

        mutating func section(_ entry: YAMLEntry) {
            switch entry.key {
            case "plural_rule": pluralRule(entry.value)
            case "months": months(entry.value)
            default:
                if base != nil, !knownKeys.contains(where: { $0.hasPrefix(entry.key + ".") }) {
                    let sections = Set(knownKeys.map { String($0.prefix { $0 != "." }) })
                    diagnostics.error(entry.keyPosition, "unknown section '\(entry.key)'\(Suggestion.phrase(for: entry.key, in: sections))")
                    return
                }
                guard case .mapping(let entries) = entry.value.value else {
                    unknownOr(entry.key, entry.keyPosition) { "'\(entry.key)' is a section; expected its entries (key: text) under it, found \(entry.value.kindName)" }
                    return
                }
                for item in entries { self.entry("\(entry.key).\(item.key)", item) }
            }
        }

        mutating func entry(_ key: String, _ item: YAMLEntry) {
            switch item.value.value {
            case .scalar(let text, _):
                if let base, base.texts[key] == nil {
                    unknownOr(key, item.keyPosition) { "'\(key)' takes plural forms (one: ..., other: ...), not one text" }
                    return
                }
                guard !text.isEmpty else { return empty(key, item.keyPosition) }
                guard let pattern = WordPattern(text) else {
                    diagnostics.error(item.value.position, "'\(key)' has a '{' that does not start a placeholder such as {count}")
                    return
                }
                if let expected = base?.texts[key] { placeholders(key, pattern, expected: expected.names, at: item.value.position) }
                markup(key, text, at: item.value.position)
                catalogue.texts[key] = pattern
                givenTexts.append((key, item.keyPosition))
            case .mapping(let forms):
                if let base, base.plurals[key] == nil {
                    unknownOr(key, item.keyPosition) { "'\(key)' is one text, not plural forms; write it as \(key.split(separator: ".").last!): \"...\"" }
                    return
                }
                var patterns: [String: WordPattern] = [:]
                for form in forms {
                    guard PluralRule.categories.contains(form.key) else {
                        diagnostics.error(form.keyPosition, "'\(form.key)' in '\(key)' is not a plural category; expected one of \(PluralRule.categories.joined(separator: ", "))\(Suggestion.phrase(for: form.key, in: PluralRule.categories))")
                        continue
                    }
                    guard case .scalar(let text, _) = form.value.value, let pattern = WordPattern(text) else {
                        diagnostics.error(form.value.position, "'\(key).\(form.key)' must be a text, with placeholders such as {count}")
                        continue
                    }
                    guard !text.isEmpty else {
                        diagnostics.error(form.keyPosition, "'\(key).\(form.key)' is an empty text, which would show nothing: give the words of this form")
                        continue
                    }
                    if let expected = base?.plurals[key]?["other"] {
                        // A form may leave the count out ("год" alone is rare, but allowed).
                        placeholders("\(key).\(form.key)", pattern, expected: expected.names, at: form.value.position, optional: ["count"])
                    }
                    markup("\(key).\(form.key)", text, at: form.value.position)
                    patterns[form.key] = pattern
                }
                catalogue.plurals[key] = patterns
                givenPlurals.append((key, forms, item.keyPosition))
            case .sequence:
                unknownOr(key, item.keyPosition) { "'\(key)' must be a text, not a list" }
            }
        }

        mutating func placeholders(_ key: String, _ pattern: WordPattern, expected: Set<String>, at position: SourcePosition, optional: Set<String> = []) {
            let names = pattern.names
            let known = expected.sorted().map { "{\($0)}" }.joined(separator: ", ")
            for name in names.subtracting(expected).sorted() {
                diagnostics.error(position, "unknown placeholder {\(name)} in '\(key)'; \(expected.isEmpty ? "this entry has none" : "its placeholders are \(known)")\(Suggestion.nearest(to: name, in: expected).map { "; did you mean {\($0)}?" } ?? "")")
            }
            for name in expected.subtracting(names).subtracting(optional).sorted() {
                diagnostics.error(position, "'\(key)' lacks the placeholder {\(name)}; keep every one of \(known)")
            }
        }

        /// An `_html` entry's markup, held to the templates' rule.
        mutating func markup(_ key: String, _ text: String, at position: SourcePosition) {
            guard CatalogueMarkup.isMarkup(key.split(separator: ".").prefix(2).joined(separator: ".")) else { return }
            let line = lines.indices.contains(position.line - 1) ? lines[position.line - 1] : nil
            for (at, message) in CatalogueMarkup.problems(text, key: key, at: position, line: line) {
                diagnostics.error(at, message)
            }
        }

        /// `key:` with nothing after it, or `""`: it would show nothing (a heading with no words).
        mutating func empty(_ key: String, _ position: SourcePosition) {
            let fallback = builtInLanguage != nil || language == nil || base == nil
                ? "give the words, or remove the entry to use the built-in one"
                : "give the words (casebook has no '\(language!)' words of its own to fall back on)"
            diagnostics.error(position, "'\(key)' is an empty text, which would show nothing: \(fallback)")
        }

        /// An unknown key (with the nearest known one), or else `message`.
        mutating func unknownOr(_ key: String, _ position: SourcePosition, _ message: () -> String) {
            let keys = knownKeys
            if base != nil, !keys.contains(key), !keys.contains(where: { $0.hasPrefix(key + ".") }) {
                diagnostics.error(position, "unknown key '\(key)'" + (KeyHint.lookAlike(key, known: Array(keys)).map { "; \($0.text)" } ?? Suggestion.phrase(for: key, in: keys)))
            } else {
                diagnostics.error(position, message())
            }
        }

        mutating func pluralRule(_ node: YAMLNode) {
            guard case .mapping(let entries) = node.value else {
                diagnostics.error(node.position, "expected plural_rule as categories with CLDR conditions (one: \"i = 1 and v = 0\"), found \(node.kindName)")
                return
            }
            var rules: [(String, String)] = []
            for entry in entries {
                guard case .scalar(let text, _) = entry.value.value else {
                    diagnostics.error(entry.value.position, "plural_rule '\(entry.key)' must be a CLDR condition such as \"i = 1 and v = 0\"")
                    return
                }
                rules.append((entry.key, text))
                do {
                    _ = try PluralRule([(entry.key, text)])
                } catch let problem as PluralRule.Problem {
                    diagnostics.error(entry.value.position, "plural_rule \(problem.message); write a CLDR condition such as \"i = 1 and v = 0\"")
                    return
                } catch {}
            }
            if let rule = try? PluralRule(rules) {
                catalogue.rule = rule
                rulePosition = node.position
            }
        }

        mutating func months(_ node: YAMLNode) {
            guard case .mapping(let forms) = node.value else {
                diagnostics.error(node.position, "expected months as forms with 12 names each (nominative: [January, ...]), found \(node.kindName)")
                return
            }
            for form in forms {
                guard case .sequence(let items) = form.value.value,
                      case let names = items.compactMap({ if case .scalar(let text, false) = $0.value { text } else { nil } }),
                      names.count == items.count else {
                    diagnostics.error(form.value.position, "'months.\(form.key)' must be a list of 12 month names, January first")
                    continue
                }
                guard names.count == 12 else {
                    diagnostics.error(form.value.position, "'months.\(form.key)' has \(names.count) month names; give 12, January first")
                    continue
                }
                catalogue.months[form.key] = names
            }
        }
    }
}

extension PluralRule {
    /// Everything is `other`.
    static let none: PluralRule = try! PluralRule([])
}
