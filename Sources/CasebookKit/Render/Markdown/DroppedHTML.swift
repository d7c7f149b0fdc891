/// A block of raw HTML in a body is left out of the page unless site.yml sets
/// `unsafe_html: true`, and with it every word written inside it: a paragraph pasted as
/// `<p>…</p>` or `<div>…</div>` from a word processor vanished from the page without a word.
/// The build now says so at the block; a comment alone (`<!-- a note for editors -->`) is
/// meant to be hidden and is left unsaid.
enum DroppedHTML {
    /// The warning for the HTML block `literal` that the page leaves out; nil for comments.
    static func warning(_ literal: String) -> String? {
        let rest = withoutComments(literal)
        guard rest.contains(where: { !$0.isWhitespace }) else { return nil }
        let rule = "raw HTML is published only when site.yml sets 'unsafe_html: true'"
        return hasText(rest)
            ? "this HTML block is left out of the page, and the text written in it with it: \(rule); write the text in Markdown instead"
            : "this HTML block is left out of the page: \(rule); write it in Markdown, or remove it"
    }

    /// The literal without `<!-- … -->` comments (an unclosed one runs to the end).
    static func withoutComments(_ literal: String) -> Substring {
        var kept = ""
        var rest = Substring(literal)
        while let open = rest.range(of: "<!--") {
            kept += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return Substring(kept) }
            rest = rest[close.upperBound...]
        }
        return Substring(kept + rest)
    }

    /// True when something outside the tags would be read on a page: a letter or a digit
    /// (not the text of a script or a style sheet, which no reader sees).
    static func hasText(_ html: Substring) -> Bool {
        var rest = html
        var inTag = false
        var hidden: String?  // "script" or "style" while inside one
        while let character = rest.first {
            if inTag {
                if character == ">" { inTag = false }
                rest = rest.dropFirst()
                continue
            }
            if character == "<", let next = rest.dropFirst().first, next.isLetter || "/!?".contains(next) {
                let tag = rest.dropFirst().prefix { $0.isLetter || $0 == "/" }.lowercased()
                if let open = hidden {
                    if tag == "/" + open { hidden = nil }
                } else if tag == "script" || tag == "style" {
                    hidden = tag
                }
                inTag = true
            } else if hidden == nil, character.isLetter || character.isNumber {
                return true
            }
            rest = rest.dropFirst()
        }
        return false
    }
}
