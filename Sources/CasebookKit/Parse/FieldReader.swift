import Foundation

/// Reads typed values out of a positioned YAML tree and reports every mistake with its
/// position: wrong types, unknown keys (with the nearest known key), bad dates, values
/// outside a vocabulary. A parser keeps one reader per file.
struct FieldReader {
    var diagnostics: Diagnostics
    /// The front matter the positions point into, for columns inside a value.
    var source: YAMLSource?

    init(file: String) {
        diagnostics = Diagnostics(file: file)
    }

    /// The entries of a mapping node, after checking that every key is one of `known`.
    /// `example` shows the expected form when something else was written.
    /// `hints` says what an unknown key that is no misspelling stands for (`KeyHints`).
    mutating func fields(_ node: YAMLNode, known: [String], what: String, example: String? = nil,
                         hints: [String: KeyHint] = [:]) -> Fields? {
        guard case .mapping(let entries) = node.value else {
            let form = example.map { ", like \($0)" } ?? " (key: value lines)"
            diagnostics.error(node.position, "expected \(what) as a mapping\(form), found \(node.kindName)")
            return nil
        }
        var misspelled: Set<String> = []
        // By index and key only: copying whole entries would retain every value too.
        for index in entries.indices {
            let key = entries[index].key
            if !known.contains(key) {
                let hint = KeyHint.hint(for: key, known: known, hints: hints)
                if let meant = hint.meant { misspelled.insert(meant) }
                diagnostics.error(entries[index].keyPosition, "unknown key '\(key)' in \(what); \(hint.text)")
            }
            // Mappings hold a few keys: comparing with the earlier ones is cheaper than hashing.
            if entries[..<index].contains(where: { $0.key == key }) {
                diagnostics.error(entries[index].keyPosition, "duplicate key '\(key)': each key may appear once")
            }
        }
        return Fields(entries: entries, position: node.position, what: what, misspelled: misspelled)
    }

    /// Reports a missing required key, unless a misspelling of it was reported already.
    mutating func missing(_ fields: Fields, _ key: String) {
        guard !fields.misspelled.contains(key) else { return }
        diagnostics.error(fields.keyPosition(key) ?? fields.position, "missing required key '\(key)' in \(fields.what)")
    }

    /// Text, or nil (with an error if `required`). Null and empty values count as absent.
    mutating func text(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields[key], !node.isNull else {
            if required { missing(fields, key) }
            return nil
        }
        guard let value = text(node, key) else { return nil }
        if required, TextShortcuts.isBlank(value) {
            diagnostics.error(node.position, "'\(key)' must not be empty")
            return nil
        }
        return value
    }

    mutating func text(_ node: YAMLNode, _ key: String) -> String? {
        guard case .scalar(let value, _) = node.value else {
            let hint = if case .mapping = node.value {
                "; if the value contains ': ', put it in quotes" + (YAMLColonHint.quoted(node).map { ": \($0)" } ?? "")
            } else { "" }
            diagnostics.error(node.position, "expected text for '\(key)', found \(node.kindName)\(hint)")
            return nil
        }
        return value
    }

    /// A date, in any form `PartialDate.parse` reads; `single` names what needs one plain
    /// date ("a custody date"), so an approximate date or an interval there is an error.
    mutating func date(_ fields: Fields, _ key: String, required: Bool = false, single: String? = nil) -> PartialDate? {
        guard let node = fields[key], !node.isNull else {
            if required { missing(fields, key) }
            return nil
        }
        guard let raw = text(node, key) else { return nil }
        switch PartialDate.parse(raw) {
        case .success(let date):
            guard let single, !date.isSingle else { return date }
            diagnostics.error(node.position, "'\(raw)' is not a single date for '\(key)': \(single) must be one date (YYYY, YYYY-MM or YYYY-MM-DD), without '~', '?', '%' or an interval; write the date the sources give")
        case .failure(.openInterval):
            diagnostics.error(node.position, "'\(raw)' is an open interval for '\(key)'; give both ends, like '2006/2008', or one approximate date, like '2006~'")
        case .failure(.endsBeforeStart(let start, let end)):
            diagnostics.error(node.position, "an interval ends ('\(end)') before it starts ('\(start)'); check both dates")
        case .failure(.malformed):
            let hint = DateSuggestion.suggestion(for: raw).map { ", like '\($0)'" } ?? ""
            diagnostics.error(node.position, "'\(raw)' is not a date for '\(key)'; expected YYYY, YYYY-MM or YYYY-MM-DD\(hint)")
        case .failure(.impossible):
            diagnostics.error(node.position, "'\(raw)' is not a possible date for '\(key)'; check the month and day")
        }
        return nil
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key], !node.isNull, let raw = text(node, key) else { return nil }
        switch raw {
        case "true", "yes", "True", "TRUE": return true
        case "false", "no", "False", "FALSE": return false
        default:
            diagnostics.error(node.position, "expected true or false for '\(key)', found '\(raw)'")
            return nil
        }
    }

    /// A number of 0 or more in plain digits (years, hours, an amount), by `NumberText`'s rule.
    mutating func number(_ fields: Fields, _ key: String) -> DecimalNumber? {
        guard let node = fields[key], !node.isNull, let raw = text(node, key) else { return nil }
        switch NumberText.read(raw, key: key) {
        case .number(let number): return number
        case .problem(let message):
            diagnostics.error(node.position, message)
            return nil
        }
    }

    /// A list of items; a single value is read as a list of one.
    mutating func list(_ fields: Fields, _ key: String) -> [YAMLNode] {
        guard let node = fields[key], !node.isNull else { return [] }
        switch node.value {
        case .sequence(let items): return items
        case .scalar: return [node]
        case .mapping:
            diagnostics.error(node.position, "expected a list for '\(key)', found \(node.kindName); start each item on its own line with '- '")
            return []
        }
    }

    /// A list of texts: tags, aliases.
    mutating func texts(_ fields: Fields, _ key: String) -> [String] {
        list(fields, key).compactMap { item in
            item.isNull ? nil : text(item, key)
        }
    }

    /// A list of ids, each with its position for the link stage.
    mutating func refs(_ fields: Fields, _ key: String) -> [Ref] {
        if let node = fields[key], case .scalar(let value, false) = node.value, TextShortcuts.containsComma(value) {
            // `organizations: a, b` is one text in YAML; ids never hold commas.
            diagnostics.error(node.position, "write several ids for '\(key)' as a list in brackets: [\(value)]")
            return []
        }
        return list(fields, key).compactMap { ref($0, key) }
    }

    mutating func ref(_ fields: Fields, _ key: String) -> Ref? {
        guard let node = fields[key], !node.isNull else { return nil }
        return ref(node, key)
    }

    mutating func ref(_ node: YAMLNode, _ key: String) -> Ref? {
        guard let id = text(node, key) else { return nil }
        return Ref(checkLookAlikes(id, at: node.position), at: node.position)
    }

    /// A key of a vocabulary; a value outside it is an error that lists the allowed keys.
    mutating func vocabulary(_ node: YAMLNode, _ key: String, in vocabulary: Vocabulary) -> String? {
        guard let written = text(node, key) else { return nil }
        let value = checkLookAlikes(written, at: node.position)
        guard vocabulary.contains(value) else {
            if let new = vocabulary.renamed[value], vocabulary.contains(new) {
                diagnostics.error(node.position, "'\(value)' was renamed '\(new)' (site.yml 'former_keys'): write '\(new)'")
                return new
            }
            // `status: Освобождён`, the label a volunteer sees on the page and in the sheet: the key it labels.
            // `Court` for `court` is the key in capitals: "did you mean 'court'?" says it.
            let near = (vocabulary.contains(value.lowercased()) ? nil : vocabulary.key(labelled: value)).map { "; it is the label of '\($0)': write the key, '\($0)'" }
                ?? Suggestion.phrase(for: value, in: vocabulary.keys)
            diagnostics.error(node.position,
                "'\(value)' is not one of the site's \(vocabulary.name)\(near) (allowed: \(vocabulary.allowedList))")
            return nil
        }
        return value
    }

    mutating func vocabulary(_ fields: Fields, _ key: String, in vocab: Vocabulary, required: Bool = false) -> Ref? {
        guard let node = fields[key], !node.isNull else {
            if required { missing(fields, key) }
            return nil
        }
        return vocabulary(node, key, in: vocab).map { Ref($0, at: node.position) }
    }
}

/// The entries of one mapping, looked up by key.
struct Fields {
    let entries: [YAMLEntry]
    let position: SourcePosition
    /// "a case", "a source": for messages.
    var what: String = "this mapping"
    /// Known keys that an unknown key was taken for a misspelling of.
    var misspelled: Set<String> = []

    subscript(key: String) -> YAMLNode? {
        index(of: key).map { entries[$0].value }
    }

    func keyPosition(_ key: String) -> SourcePosition? {
        index(of: key).map { entries[$0].keyPosition }
    }

    /// The first entry with the key; compares keys in place rather than copying entries.
    private func index(of key: String) -> Int? {
        for index in entries.indices where entries[index].key == key { return index }
        return nil
    }
}
