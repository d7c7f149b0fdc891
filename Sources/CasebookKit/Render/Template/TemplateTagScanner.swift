/// Walks a template's text tag by tag, with positions, as swift-mustache reads it: the
/// delimiters are given at each step, since a set-delimiter tag (`{{=<% %>=}}`) changes them
/// (to the end of the template for `TemplateNames`, of the section for `TemplateOutline`).
struct TemplateTagScanner {
    private let scalars: [Unicode.Scalar]
    private var line = 1, column = 1, index = 0
    /// The last tag when nothing closes it before the end of the text: where it opens and
    /// the text after its opening delimiter (at most a line's worth).
    private(set) var unclosed: (position: SourcePosition, rest: String)?

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The next tag's text between `open` and `close` and where it starts; nil when no tag is
    /// left (or the last one is never closed).
    mutating func next(open: [Unicode.Scalar], close: [Unicode.Scalar]) -> (content: String, position: SourcePosition)? {
        guard let start = find(open, from: index) else { return nil }
        advance(to: start)
        let position = SourcePosition(line: line, column: column)
        guard let end = find(close, from: start + open.count) else {
            let rest = scalars[(start + open.count)...].prefix(80)
            unclosed = (position, String(String.UnicodeScalarView(rest)))
            return nil
        }
        let content = String(String.UnicodeScalarView(scalars[(start + open.count)..<end]))
        advance(to: end + close.count)
        return (content, position)
    }

    /// Steps over `scalar` when it comes next (the third brace of `{{{name}}}`).
    @discardableResult
    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        advance(to: index + 1)
        return true
    }

    /// The delimiters a set-delimiter tag's text (`=<% %>=`) names, or nil for another tag.
    static func delimiters(_ content: String) -> (open: [Unicode.Scalar], close: [Unicode.Scalar])? {
        let parts = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
        guard content.hasPrefix("="), content.hasSuffix("="), parts.count == 2 else { return nil }
        return (Array(parts[0].unicodeScalars), Array(parts[1].unicodeScalars))
    }

    private mutating func advance(to end: Int) {
        while index < end {
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
    }

    private func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        var k = start
        while k + needle.count <= scalars.count {
            if scalars[k] == needle[0], scalars[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k += 1
        }
        return nil
    }
}
