/// Ids, tags and regions checked for look-alike characters (`LookAlike`), each reported at
/// the column of the character itself when the value is written on one line of the file.
extension FieldReader {
    /// Reports every look-alike character of `value` under `rule` and returns the name as it
    /// was meant, so the link stage does not report the same mistake again as an unknown id.
    mutating func checkLookAlikes(_ value: String, at position: SourcePosition, as rule: LookAlike.Rule = .id) -> String {
        let findings = LookAlike.findings(in: value, as: rule)
        guard !findings.isEmpty else { return value }
        let start = valueColumn(value, at: position)
        for finding in findings {
            let at = start.map { SourcePosition(line: position.line, column: $0 + finding.position - 1) }
            diagnostics.error(at ?? position, finding.message(in: value))
        }
        return LookAlike.repaired(value, as: rule)
    }

    /// A list of names (tags), each checked for look-alike characters.
    /// An empty entry is left out with a warning: it used to link to a tag page that was
    /// never made.
    mutating func names(_ fields: Fields, _ key: String) -> [String] {
        list(fields, key).compactMap { item in
            let value = item.isNull ? "" : text(item, key)
            if value?.allSatisfy(\.isWhitespace) == true {
                diagnostics.warning(item.position, "an empty entry in '\(key)' is left out: remove it, or write the tag")
                return nil
            }
            return value.map { checkLookAlikes($0, at: item.position, as: .name) }
        }
    }

    /// Free text that becomes a page and a filter value (a region): "Zhambyl Regiоn" with a
    /// Cyrillic "о" would be a second region, or the label of the first. Wholly Cyrillic or
    /// Kazakh words are fine, and so are no-break spaces and dashes (the address is the same).
    mutating func facetText(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key], !node.isNull, let value = text(node, key) else { return nil }
        return checkLookAlikes(value, at: node.position, as: .text)
    }

    /// One name (a source's id), checked for look-alike characters.
    mutating func name(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key], !node.isNull, let value = text(node, key) else { return nil }
        return checkLookAlikes(value, at: node.position)
    }

    /// The column where the value's first character is written: at `position` for a plain
    /// value, one further for a quoted one; nil when the value is not written there as it
    /// reads (escapes, or folded over several lines), and the value's own position is used.
    func valueColumn(_ value: String, at position: SourcePosition) -> Int? {
        guard let source, position.line >= source.firstLine else { return nil }
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = position.line - source.firstLine
        guard index < lines.count else { return nil }
        let rest = lines[index].unicodeScalars.dropFirst(position.column - 1)
        let wanted = Array(value.unicodeScalars)
        if rest.starts(with: wanted) { return position.column }
        if let first = rest.first, first == "\"" || first == "'", rest.dropFirst().starts(with: wanted) {
            return position.column + 1
        }
        return nil
    }
}

/// The YAML text a reader's positions point into, for `FieldReader.valueColumn`.
struct YAMLSource {
    let text: String
    /// The file line of the text's first line.
    let firstLine: Int
}
