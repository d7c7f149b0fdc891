import Yams

/// The YAML parser's errors as the editor's messages: at the file's own line and column,
/// with what to do for the mistakes editors make most.
extension YAMLTree {
    static func describe(_ error: YamlError, text: String, lineOffset: Int) -> (SourcePosition?, String) {
        guard let map = YAMLLineMap(text) else { return describeMapped(error, text: text, lineOffset: lineOffset, map: nil) }
        let (position, message) = describeMapped(error, text: text, lineOffset: lineOffset, map: map)
        // A line separator ends a line for YAML: in a value without quotes, what follows it is
        // read as a key of its own, and the error comes a line later. Told at the separator.
        guard let position,
              let separator = map.separators.last(where: { ($0.line + 1 + lineOffset, $0.column + 1) <= (position.line, position.column) }),
              position.line - (separator.line + 1 + lineOffset) <= 1 else { return (position, message) }
        let name = String(separator.value, radix: 16, uppercase: true)
        return (SourcePosition(line: separator.line + 1 + lineOffset, column: separator.column + 1),
                "this value holds a line separator (U+\(String(repeating: "0", count: max(0, 4 - name.count)) + name)), which YAML reads as the end of a line, so what follows it is not part of the value: replace it with a space, or put the value in quotes")
    }

    static func describeMapped(_ error: YamlError, text: String, lineOffset: Int, map: YAMLLineMap?) -> (SourcePosition?, String) {
        func position(_ mark: Mark?, lineOffset: Int) -> SourcePosition { YAMLTree.position(mark, lineOffset: lineOffset, map: map) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // An unclosed bracket is found only where the next line begins: point at the bracket.
            if let context, problem.contains("did not find expected ',' or ']'") || problem.contains("did not find expected ',' or '}'") {
                let closer: Character = problem.contains("']'") ? "]" : "}"
                let opener = closer == "]" ? "[" : "{"
                // A colon in an unquoted value, on the line it is written: the bracket is closed.
                if let hint = YAMLColonHint.message(text: text, line: mark.line, column: mark.column, closer: closer) {
                    return (position(mark, lineOffset: lineOffset), hint)
                }
                return (position(context.mark, lineOffset: lineOffset), "this '\(opener)' is never closed with '\(closer)'; close it after the last item")
            }
            if problem.contains("mapping values are not allowed"),
               let hint = YAMLColonHint.message(text: text, line: mark.line, column: mark.column, closer: nil) {
                return (position(mark, lineOffset: lineOffset), hint)
            }
            if problem.contains("found a tab character") {
                return (position(mark, lineOffset: lineOffset), "a tab is used for indentation; indent with spaces only")
            }
            // A tab before a list's dash is "a character that cannot start any token" to libyaml.
            if problem.contains("cannot start any token"), mark.line >= 1,
               let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(mark.line - 1).first,
               let tab = line.prefix(while: { $0 == " " || $0 == "\t" }).firstIndex(of: "\t") {
                return (SourcePosition(line: mark.line + lineOffset, column: line.distance(from: line.startIndex, to: tab) + 1),
                        "a tab is used for indentation; indent with spaces only")
            }
            // A value starting with '&', '*', '!', '%', '@' or '`': at the value, quoted.
            if map == nil, let (line, column, hint) = YAMLQuoteHint.syntaxError(
                text: text, at: [(mark.line, mark.column)] + (context.map { [($0.mark.line, $0.mark.column)] } ?? [])) {
                return (SourcePosition(line: line + lineOffset, column: column), hint)
            }
            // A line indented unlike its list or mapping: the columns it should start at.
            if let context, let hint = YAMLIndentHint.message(problem: problem, text: text, mark: (mark.line, mark.column),
                                                              context: (context.mark.line, context.mark.column), lineOffset: lineOffset) {
                return (position(mark, lineOffset: lineOffset), hint)
            }
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(position(context.mark, lineOffset: lineOffset).line))" }
            // An anchor or alias the line cannot be quoted for (inside '{…}'): at its '&' or '*'.
            if let context, context.text.contains("scanning an anchor") || context.text.contains("scanning an alias") {
                return (position(context.mark, lineOffset: lineOffset), message + "; a value starting with '&' or '*' must be put in quotes")
            }
            return (position(mark, lineOffset: lineOffset), message + hint(for: problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let lines = keyLines(key, in: text, from: context.mark.line)
            guard lines.count > 1 else {
                return (position(context.mark, lineOffset: lineOffset), "duplicate key '\(key)': each key may appear once")
            }
            return (SourcePosition(line: lines[1] + lineOffset, column: 1 + indentation(of: lines[1], in: text)),
                    "duplicate key '\(key)': it was first given on line \(lines[0] + lineOffset); each key may appear once")
        case .reader(let problem, _, _, _):
            return (nil, "the file could not be read as text: \(problem)")
        default:
            return (nil, "invalid YAML: \(error)")
        }
    }

    /// Lines (1-based, in the YAML text) on which `key:` starts a line, from the mapping's
    /// line on and at the indentation of its first occurrence there.
    static func keyLines(_ key: String, in text: String, from start: Int) -> [Int] {
        var indent: Int?
        var found: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            let prefix = line.prefix(while: { $0 == " " || $0 == "-" }).count
            guard line.dropFirst(prefix).hasPrefix(key + ":"), indent == nil || indent == prefix else { continue }
            indent = prefix
            found.append(index + 1)
        }
        return found
    }

    static func indentation(of line: Int, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return line - 1 < lines.count ? lines[line - 1].prefix(while: { $0 == " " || $0 == "-" }).count : 0
    }

    /// A plain-language hint for the YAML mistakes contributors make most.
    static func hint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "; check that this line is indented like the lines around it, and put a value that contains ': ' in quotes"
        }
        if problem.contains("found character that cannot start any token") {
            return "; values starting with @, ` or % must be put in quotes, and indentation must use spaces, not tabs"
        }
        return ""
    }
}
