/// A catalogue entry whose key ends in `_html` is printed as markup on every page that uses it,
/// so it is held to the rule of the templates (docs/theme.md, "Nothing from another host"):
/// no inline script, no event attribute, no javascript: address, nothing loaded from another
/// host (`ThemeActiveContent`). Without this, `links_html` in a theme's i18n/en.yml could put
/// a tracking image or a script on every page that the same markup in a template could not.
enum CatalogueMarkup {
    /// `not_found.links_html`, `letters.intro_html` (each of its plural forms).
    static func isMarkup(_ key: String) -> Bool {
        key.hasSuffix("_html")
    }

    /// Each problem of the entry's text, at its line and column when the text can be found in
    /// `line` (the file's line where the value starts), else at the value's start.
    static func problems(_ text: String, key: String, at position: SourcePosition, line: Substring?) -> [(SourcePosition, String)] {
        let bytes = Array(text.utf8)
        return ThemeActiveContent.findings(bytes, .html).map { finding in
            let before = String(decoding: bytes[..<min(finding.offset, bytes.count)], as: UTF8.self)
            let message = finding.message
                .replacing("{{root}}assets/… in a template, a relative url(…) in a style sheet", with: "{root}assets/… in the entry")
                .replacing("{{root}}", with: "{root}")
            return (locate(before, from: position, in: line), "'\(key)': \(message)")
        }
    }

    /// The position of the character after `before` in the raw value that starts at `position`:
    /// a plain, single- or double-quoted scalar on one line, read with its escapes.
    static func locate(_ before: String, from position: SourcePosition, in line: Substring?) -> SourcePosition {
        guard let line else { return position }
        let raw = Array(line.dropFirst(max(0, position.column - 1)))
        guard let first = raw.first else { return position }
        let quote: Character? = first == "\"" || first == "'" ? first : nil
        var index = quote == nil ? 0 : 1
        var wanted = Array(before)[...]
        while let next = wanted.first {
            guard index < raw.count else { return position }
            var width = 1
            if quote == "\"", raw[index] == "\\", index + 1 < raw.count {
                // `\"`, `\n`; `\xNN`, `\uNNNN`, `\UNNNNNNNN` stand for one character each.
                switch raw[index + 1] {
                case "x": width = 4
                case "u": width = 6
                case "U": width = 10
                default: width = 2
                }
            } else if quote == "'", raw[index] == "'", index + 1 < raw.count, raw[index + 1] == "'" {
                width = 2
            } else if raw[index] != next {
                return position  // folded over lines, or written otherwise: the value's start
            }
            index += width
            wanted = wanted.dropFirst()
        }
        return SourcePosition(line: position.line, column: position.column + index)
    }
}
