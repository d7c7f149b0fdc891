/// The values a template names (`{{title}}`, `{{#cases}}`, `{{^empty(.charges)}}`,
/// `{{words.nav.cases}}`), checked against what the pages provide: a name that is a field of
/// no page value (`TemplateFieldTypes`), or a `words.` entry no catalogue has, renders as
/// nothing, so a misspelt name in a theme's override would go unseen. Said as a warning at
/// the tag, with the nearest name; the page still builds. Which struct a section opens is not
/// followed: a name any page value has is taken.
enum TemplateNames {
    /// Every field name of every value a template can look into, once for all themes.
    static let fields: Set<String> = Set(TemplateFieldTypes.all.flatMap { $0.fieldNames })

    /// The `words.` paths a template may name: every entry and every section above one.
    static let words: Set<String> = {
        var paths: Set<String> = []
        for key in Theme.keys(of: .english) {
            let parts = key.split(separator: ".")
            for end in 1...parts.count { paths.insert(parts[..<end].joined(separator: ".")) }
        }
        return paths.union(ScriptWords.scripts.keys)  // `words.script_search`
    }()

    /// One warning per unknown name, at its tag, in the order written.
    static func problems(in text: String, file: String) -> [Diagnostic] {
        uses(in: text).compactMap { use in
            let parts = use.name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
            guard let first = parts.first else { return nil }  // `{{.}}`
            if first == "words", !use.name.hasPrefix(".") {
                let path = parts.dropFirst().joined(separator: ".")
                guard !path.isEmpty, !words.contains(path) else { return nil }
                let near = Suggestion.nearest(to: path, in: words).map { "; did you mean 'words.\($0)'?" } ?? ""
                return Diagnostic(.warning, file, use.position,
                    "the template uses 'words.\(path)', which no word catalogue has, so it shows nothing\(near)")
            }
            guard let unknown = parts.first(where: { !fields.contains($0) }) else { return nil }
            let near = Suggestion.phrase(for: unknown, in: fields)
            return Diagnostic(.warning, file, use.position,
                "the template uses '\(unknown)', which no page provides, so it shows nothing\(near.isEmpty ? "; docs/theme.md lists every value" : near)")
        }
    }

    /// The value names of the tags that name one (variables and sections, not partials,
    /// blocks, comments or closing tags), without transforms, with their positions;
    /// set-delimiter tags are followed.
    static func uses(in text: String) -> [(name: String, position: SourcePosition)] {
        var scanner = TemplateTagScanner(text)
        var open: [Unicode.Scalar] = ["{", "{"], close: [Unicode.Scalar] = ["}", "}"]
        var found: [(String, SourcePosition)] = []
        while let (tag, position) = scanner.next(open: open, close: close) {
            var content = tag
            // `{{{name}}}`: the third brace is inside the tag and after it.
            if open == ["{", "{"], content.hasPrefix("{") {
                content.removeFirst()
                scanner.skip("}")
            }
            guard let sigil = content.unicodeScalars.first else { continue }
            switch sigil {
            case "!", ">", "<", "$", "/": continue
            case "=":
                if let delimiters = TemplateTagScanner.delimiters(content) { (open, close) = delimiters }
                continue
            case "%": continue  // a pragma
            case "#", "^", "&": content.removeFirst()
            default: break
            }
            // `empty(.charges)`: the value is the innermost argument.
            var name = content.trimmingSpaces
            while let paren = name.firstIndex(of: "(") {
                name = String(name[name.index(after: paren)...])
            }
            name = String(name.prefix { $0 != ")" }).trimmingSpaces
            if !name.isEmpty { found.append((name, position)) }
        }
        return found
    }
}
