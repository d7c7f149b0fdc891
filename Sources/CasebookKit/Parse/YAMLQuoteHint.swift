/// The messages for a value that starts with a character YAML reads as syntax: `&` (an
/// anchor), `*` (an alias), `!` (a tag), `%`, `@` and `` ` `` (kept for directives or later
/// use). Each says that such a value must be put in quotes and gives the line quoted, as
/// `YAMLColonHint` does for a colon.
enum YAMLQuoteHint {
    /// The characters a plain value may not start with and still be read as text.
    static let indicators: Set<Unicode.Scalar> = ["&", "*", "!", "%", "@", "`"]

    /// A tag on a plain text (`title: !Free Nazira Lesova`), which YAML drops.
    /// - Parameter written: the tag, and an anchor beside it, as written.
    static func tagged(_ tag: String, written: String, value: String, key: String?) -> String {
        var message = quote(written, value: value, key: key, reason: "YAML reads '\(tag)' as a tag and drops it")
        // `!!str`, `!!int`: a YAML tag meant as one, not the start of a text.
        if tag.hasPrefix("!!") || tag.hasPrefix("!<") {
            message += "; if '\(tag)' is not part of the value, remove it: YAML tags are not supported, and every value is read as text"
        }
        return message
    }

    /// A tag on a list, a mapping, a key or a quoted text: nothing to quote.
    static func tagNotSupported(_ tag: String) -> String {
        "YAML tags such as '\(tag)' are not supported; remove '\(tag)'"
    }

    /// An anchor on a plain text that no alias names (`title: &AT Nazira Lesova trial`).
    static func anchored(_ anchor: String, written: String, value: String, key: String?) -> String {
        quote(written, value: value, key: key, reason: "YAML reads '&\(anchor)' as an anchor and drops it")
    }

    static func quote(_ written: String, value: String, key: String?, reason: String) -> String {
        let text = value.isEmpty ? written : written + " " + value
        let first = text.first.map(String.init) ?? "!"
        return "a value starting with '\(first)' must be put in quotes (\(reason)): \(key.map { $0 + ": " } ?? "")\(quoted(text))"
    }

    /// A YAML syntax error on a line whose value starts with an indicator (`summary: &Co.
    /// were detained`, `summary: *Update* detained`, `summary: %20 of them`), at or before
    /// the error's column: the value's line (from 1), its column and the message.
    static func syntaxError(text: String, at marks: [(line: Int, column: Int)]) -> (line: Int, column: Int, message: String)? {
        var lines: [Substring]?
        for mark in marks where mark.line >= 1 {
            if lines == nil { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }
            guard let row = lines?.element(at: mark.line - 1) else { continue }
            let line = Array(row.unicodeScalars)
            let block = valueStart(line).flatMap { $0.start < mark.column ? ($0.prefix, $0.start, line.count) : nil }
            guard let (prefix, start, end) = flowItem(line, at: mark.column - 1) ?? block else { continue }
            var value = String(String.UnicodeScalarView(line[start..<end]))
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            while value.last == " " || value.last == "\r" { value.removeLast() }
            guard let first = value.unicodeScalars.first, indicators.contains(first) else { continue }
            let reason = switch first {
            case "&": "YAML reads '&' as the start of an anchor"
            case "*": "YAML reads '*' as the start of an alias"
            case "!": "YAML reads '!' as the start of a tag"
            case "%": "YAML keeps '%' for directives"
            default: "YAML keeps '\(first)' for later use"
            }
            return (mark.line, start + 1, "a value starting with '\(first)' must be put in quotes (\(reason)): \(prefix)\(quoted(value))")
        }
        return nil
    }

    /// A value in brackets that starts at `column` (from 0) with an indicator: an item of a
    /// list (`[x, &Co., y]`) up to the next ',' or ']', or a value in braces (`{note: &Co.}`),
    /// with its key, up to the next ',' or '}'.
    static func flowItem(_ line: [Unicode.Scalar], at column: Int) -> (prefix: String, start: Int, end: Int)? {
        guard line.indices.contains(column), indicators.contains(line[column]),
              let before = line[..<column].lastIndex(where: { $0 != " " }) else { return nil }
        if line[before] == "[" || line[before] == "," {
            return ("", column, line[column...].firstIndex { $0 == "," || $0 == "]" } ?? line.count)
        }
        guard line[before] == ":", let opening = line[..<before].lastIndex(where: { $0 == "{" || $0 == "," }) else { return nil }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: line[(opening + 1)..<before].drop { $0 == " " })
        guard !key.isEmpty, line[..<opening].contains("{") || line[opening] == "{" else { return nil }
        return (String(key) + ": ", column, line[column...].firstIndex { $0 == "," || $0 == "}" } ?? line.count)
    }

    /// Where the value of a block line starts (`key: value`, `- value`, `- key: value`), and
    /// what stands before it in the suggestion; nil for any other line.
    static func valueStart(_ line: [Unicode.Scalar]) -> (prefix: String, start: Int)? {
        var index = 0
        var dash = false
        while true {
            while index < line.count, line[index] == " " { index += 1 }
            guard index + 1 < line.count, line[index] == "-", line[index + 1] == " " else { break }
            dash = true
            index += 2
        }
        // A key: plain text up to the first ': ' (a quoted key or a value is no key).
        var colon = index
        while colon + 1 < line.count, !(line[colon] == ":" && line[colon + 1] == " ") { colon += 1 }
        if colon > index, colon + 1 < line.count, !"\"'{[#|>".unicodeScalars.contains(line[index]), !indicators.contains(line[index]) {
            var start = colon + 1
            while start < line.count, line[start] == " " { start += 1 }
            var key = String.UnicodeScalarView()
            key.append(contentsOf: line[index..<colon])
            return (String(key) + ": ", start)
        }
        return dash && index < line.count ? ("- ", index) : nil
    }

    /// A value in double quotes, with its quotes and backslashes escaped.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
