/// Which tag or section a template gets wrong, said in the author's words: swift-mustache
/// reports only where it noticed (often the end of the file, or a `{{/layout}}` many lines
/// below), not which tag is at fault. Read only once swift-mustache has refused the
/// template, so it never judges a template on its own.
enum TemplateSections {
    typealias Delimiters = (open: [Unicode.Scalar], close: [Unicode.Scalar])

    static func problem(in text: String) -> TemplateOutline.Problem? {
        var scanner = TemplateTagScanner(text)
        var delimiters: Delimiters = (["{", "{"], ["}", "}"])
        // A set-delimiter tag lasts to the end of its section: each open section keeps the
        // delimiters to return to.
        var open: [(tag: String, name: String, position: SourcePosition, outer: Delimiters)] = []
        while let (content, position) = scanner.next(open: delimiters.open, close: delimiters.close) {
            guard let sigil = content.unicodeScalars.first else { continue }
            // A tag closed with one brace runs on to the next tag's end: `{{summary}</p> … {{/x}}`.
            if sigil != "!", content.contains(String(String.UnicodeScalarView(delimiters.open))) {
                return unclosed(content, at: position, delimiters)
            }
            let name = String(content.dropFirst()).trimmingSpaces
            switch sigil {
            case "#", "^", "$", "<":
                open.append(("{{\(sigil)\(name)}}", name, position, delimiters))
            case "/":
                guard let section = open.popLast() else {
                    return .init(position: position, message:
                        "{{/\(name)}} closes a section that is not open: remove it, or open the section before it with {{#\(name)}}")
                }
                delimiters = section.outer
                if section.name != name {
                    return .init(position: position, message:
                        "{{/\(name)}} comes while \(section.tag), opened at line \(section.position.line), column \(section.position.column), "
                        + "is still open: close that section with {{/\(section.name)}} first, or correct one of the two names")
                }
            case "{" where delimiters.open == ["{", "{"]:
                // `{{{name}}` ends one brace short of its `}}}`.
                if !scanner.skip("}") { return unclosed(content, at: position, (delimiters.open, ["}", "}", "}"])) }
            case "=":
                guard let changed = TemplateTagScanner.delimiters(content) else {
                    let (o, c) = (spelled(delimiters.open), spelled(delimiters.close))
                    return .init(position: position, message:
                        "the set-delimiter tag \(o)\(content)\(c) is invalid: expected the new opening and closing delimiters between two = signs, as in \(o)=<% %>=\(c)")
                }
                delimiters = changed
            default:
                break
            }
        }
        if let (position, rest) = scanner.unclosed { return unclosed(rest, at: position, delimiters) }
        guard let section = open.last else { return nil }
        return .init(position: section.position, message: "\(section.tag) is opened here but never closed: close it with {{/\(section.name)}}")
    }

    /// The tag at `position` never reaches its closing delimiter; `content` is what follows its opening.
    private static func unclosed(_ content: String, at position: SourcePosition, _ delimiters: Delimiters) -> TemplateOutline.Problem {
        let (o, c) = (spelled(delimiters.open), spelled(delimiters.close))
        // The name as the author meant it: up to the stray brace, space or markup.
        let name = content.prefix { !"}<>\n\r\t ".contains($0) && !c.hasPrefix(String($0)) }
        let triple = name.hasPrefix("{") && c == "}}" ? "}" : ""
        let example = name.isEmpty ? "" : ", as in \(o)\(name)\(c)\(triple)"
        return .init(position: position, message: "a tag is not closed with \(c): end it with \(c)\(example)")
    }

    private static func spelled(_ scalars: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(scalars)) }
}
