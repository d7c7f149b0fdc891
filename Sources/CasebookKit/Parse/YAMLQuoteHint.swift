/// The messages for a value that starts with a character YAML reads as syntax, `!` (a tag)
/// or `&` (an anchor): each says that such a value must be put in quotes and gives the line
/// quoted, as `YAMLColonHint` does for a colon.
enum YAMLQuoteHint {
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

    /// A value in double quotes, with its quotes and backslashes escaped.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
