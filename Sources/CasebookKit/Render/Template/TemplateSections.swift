/// Which section a template leaves open or closes with the wrong name, said in the author's
/// words: swift-mustache reports only where it noticed (often the end of the file, or a
/// `{{/layout}}` many lines below), not which section is at fault. Read only once
/// swift-mustache has refused the template, so it never judges a template on its own.
enum TemplateSections {
    static func problem(in text: String) -> TemplateOutline.Problem? {
        typealias Delimiters = (open: [Unicode.Scalar], close: [Unicode.Scalar])
        var scanner = TemplateTagScanner(text)
        var delimiters: Delimiters = (["{", "{"], ["}", "}"])
        // A set-delimiter tag lasts to the end of its section: each open section keeps the
        // delimiters to return to.
        var open: [(tag: String, name: String, position: SourcePosition, outer: Delimiters)] = []
        while let (content, position) = scanner.next(open: delimiters.open, close: delimiters.close) {
            guard let sigil = content.unicodeScalars.first else { continue }
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
            case "=":
                if let changed = TemplateTagScanner.delimiters(content) { delimiters = changed }
            default:
                break
            }
        }
        guard let section = open.last else { return nil }
        return .init(position: section.position, message: "\(section.tag) is opened here but never closed: close it with {{/\(section.name)}}")
    }
}
