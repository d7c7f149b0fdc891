/// `{{{name}}}` and `{{&name}}` print a value as HTML. Only the values the build made HTML
/// itself may be printed so (docs/theme.md "Escaping"): a name or title from the content
/// printed raw would put a contributor's `<img onerror=…>` on the page. So a raw tag on any
/// other name is an error at the tag, in `check` and `build`.
enum TemplateRawValues {
    /// The last part of a name the build fills with HTML: `body_html`, `words.….links_html`,
    /// a sentence's `sentence_html` (any `_html`), a case item's `html`, a chart's `svg`, the
    /// JSON-LD written for a `<script>` (`json_ld`) and the theme's own fragments.
    static let htmlNames: Set<String> = ["html", "svg", "json_ld"]
    static let htmlPaths: Set<String> = ["fragments.header", "fragments.footer"]

    static func isHTML(_ name: String) -> Bool {
        let path = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if htmlPaths.contains(path) { return true }
        let last = path.split(separator: ".").last.map(String.init) ?? ""
        return last.hasSuffix("_html") || htmlNames.contains(last)
    }

    static func problems(in text: String, file: String) -> [Diagnostic] {
        TemplateUses.read(text).compactMap { use in
            guard use.kind == .raw else { return nil }
            // `{{{.}}}` is the value of the section around it: `{{#.sentence_html}}{{{.}}}`.
            let name = use.name == "." ? (use.sections.last ?? ".") : use.name
            guard !isHTML(name) else { return nil }
            let shown = use.name == "." ? "{{{.}}} inside {{#\(name)}}" : "'\(use.name)'"
            let plain = use.name == "." ? "{{.}}" : "{{\(use.name)}}"
            return Diagnostic(.error, file, use.position,
                "the template prints \(shown) unescaped, but it is not HTML the build made: a name or title from the content "
                    + "would become markup on the page; write \(plain), which escapes it (only values whose name ends in _html, "
                    + "and html, svg, json_ld and fragments, are HTML: docs/theme.md \"Escaping\")")
        }
    }
}
