/// One tag of a template that names a value (a variable or a section, not a partial, block,
/// comment or closing tag), as `TemplateNames` and `TemplateRawValues` judge it.
struct TemplateUse {
    enum Kind: Equatable {
        /// `{{name}}`: printed escaped.
        case escaped
        /// `{{{name}}}` or `{{&name}}`: printed as HTML.
        case raw
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case inverted
    }

    /// The value's name, transforms stripped (`.charges` for `{{^empty(.charges)}}`).
    let name: String
    let position: SourcePosition
    let kind: Kind
    /// The transforms as written, outermost first (`empty` for `empty(.charges)`).
    let transforms: [String]
    /// The names of the `{{#…}}` sections around the tag, innermost last, in this template.
    let sections: [String]
}

/// The walk from tag to tag of one template that makes its `TemplateUse`s, following
/// set-delimiter tags and keeping the sections open around each tag.
enum TemplateUses {
    static func read(_ text: String) -> [TemplateUse] {
        var scanner = TemplateTagScanner(text)
        var open: [Unicode.Scalar] = ["{", "{"], close: [Unicode.Scalar] = ["}", "}"]
        var found: [TemplateUse] = []
        // Every tag a closing tag ends (sections, inverted sections, blocks, layouts), with
        // whether it opens a section over a value; only those change what `{{.}}` is.
        var opened: [(name: String, opensValue: Bool)] = []
        while let (tag, position) = scanner.next(open: open, close: close) {
            var content = tag
            var kind = TemplateUse.Kind.escaped
            // `{{{name}}}`: the third brace is inside the tag and after it.
            if open == ["{", "{"], content.hasPrefix("{") {
                content.removeFirst()
                scanner.skip("}")
                kind = .raw
            }
            guard let sigil = content.unicodeScalars.first else { continue }
            switch sigil {
            case "!", ">", "%": continue  // a comment, a partial, a pragma
            case "<", "$":
                opened.append((String(content.dropFirst()).trimmingSpaces, false))
                continue
            case "/":
                if !opened.isEmpty { opened.removeLast() }
                continue
            case "=":
                if let delimiters = TemplateTagScanner.delimiters(content) { (open, close) = delimiters }
                continue
            case "#": content.removeFirst(); kind = .section
            case "^": content.removeFirst(); kind = .inverted
            case "&": content.removeFirst(); kind = .raw
            default: break
            }
            // `empty(.charges)`: the value is the innermost argument.
            var name = content.trimmingSpaces
            var transforms: [String] = []
            while let paren = name.firstIndex(of: "(") {
                transforms.append(String(name[..<paren]).trimmingSpaces)
                name = String(name[name.index(after: paren)...])
            }
            name = String(name.prefix { $0 != ")" }).trimmingSpaces
            let sections = opened.filter(\.opensValue).map(\.name)
            if kind == .section || kind == .inverted {
                // A transform's section (`{{#first()}}`) shows or hides; it opens no value.
                opened.append((name, kind == .section && transforms.isEmpty))
            }
            if !name.isEmpty || !transforms.isEmpty {
                found.append(TemplateUse(name: name, position: position, kind: kind, transforms: transforms, sections: sections))
            }
        }
        return found
    }
}
