/// An unquoted ': ' inside a value (`{note: tenge: paid}`, `[a: b: c]`, `title: Kazakhstan: x`)
/// makes YAML read a second key where the writer meant text. The parser reports it as a
/// bracket never closed or a misplaced mapping; this finds the colon's own line and, when the
/// text before it on that line is `key: value`, words the mistake and the quoted value.
enum YAMLColonHint {
    /// The message for the colon at `line`/`column` (1-based, in characters) of `text`, or nil
    /// when the line does not read as `key: value: more` (a line break or bad indentation).
    /// `closer` is '}' or ']' inside brackets, nil in a block mapping.
    static func message(text: String, line: Int, column: Int, closer: Character?) -> String? {
        guard let row = text.split(separator: "\n", omittingEmptySubsequences: false).element(at: line - 1) else { return nil }
        let characters = Array(row)
        let colon = column - 1
        guard characters.indices.contains(colon), characters[colon] == ":" else { return nil }
        // The entry the colon is in: after the bracket or comma before it, or the line's indentation and '- '.
        var start = colon
        if closer != nil {
            while start > 0, !"{[,".contains(characters[start - 1]) { start -= 1 }
        } else {
            start = 0
        }
        let entry = String(characters[start..<colon]).drop { $0 == " " || $0 == "-" }
        // The end of the value: the next ',' or the closer inside brackets, the line's end outside.
        var end = colon + 1
        while end < characters.count, closer.map({ characters[end] != "," && characters[end] != $0 }) ?? true { end += 1 }
        let rest = String(characters[(colon + 1)..<end]).trimmingTrailingSpaces
        guard let split = entry.range(of: ": ") else { return nil }
        let key = String(entry[..<split.lowerBound])
        let value = String(entry[split.upperBound...])
        guard !key.isEmpty, !value.isEmpty, !"\"'{[".contains(value.first!) else { return nil }
        let whole = value + ":" + rest
        let quoted = "\"" + whole.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        guard let closer else {
            return "a second ': ' on this line makes the value a key; put the value in quotes: \(key): \(quoted)"
        }
        let inside = closer == "}" ? "'{…}'" : "'[…]'"
        if closer == "]" {
            // In a list the writer meant one text: `[a: b: c]` is the item "a: b: c".
            let item = "\"" + (key + ": " + whole).replacingOccurrences(of: "\"", with: "\\\"") + "\""
            return "a ':' inside \(inside) starts a new key; put the item in quotes: \(item)"
        }
        var message = "a ':' inside \(inside) starts a new key; put the value in quotes: \(key): \(quoted)"
        // `{defendant: Defendant witness: Witness}`: more likely a comma left out before `witness`.
        if let space = value.lastIndex(of: " "), case let word = value[value.index(after: space)...],
           word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            message += ", or, if '\(word)' starts a new key, put a ',' before it"
        }
        return message
    }
}

extension YAMLColonHint {
    /// `[a, Koshe: street party]` is valid YAML, a one-key mapping among texts: the text the
    /// writer meant, in quotes, when the mapping is one key with a text value.
    static func quoted(_ node: YAMLNode) -> String? {
        guard case .mapping(let entries) = node.value, entries.count == 1,
              case .scalar(let value, false) = entries[0].value.value, !value.isEmpty else { return nil }
        return "\"" + (entries[0].key + ": " + value).replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
