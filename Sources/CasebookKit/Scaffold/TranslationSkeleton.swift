/// The translation file `casebook new translation` starts: every text of the original file
/// that a translation may give, in the original's order and positions (an event, a source,
/// a penalty's note each in its place), left empty under a comment quoting the original. An
/// empty text counts as not given, so a file left half done shows the rest in the default
/// language, marked, instead of passing the original off as translated.
enum TranslationSkeleton {
    /// What a translation may hold, by kind (docs/content.md, "Translations").
    indirect enum Shape {
        case text
        case list([(String, Shape)])
        case map([(String, Shape)])
    }

    static let events: (String, Shape) = ("events", .list([("summary", .text), ("note", .text)]))
    static let sources: (String, Shape) = ("sources", .list([("title", .text)]))
    static let corrections: (String, Shape) = ("corrections", .list([("note", .text)]))
    static let penalties: Shape = .list([("note", .text)])

    static func shape(_ kind: ContentKind) -> [(String, Shape)] {
        switch kind {
        case .cases:
            [("title", .text), ("summary", .text), ("status_note", .text),
             ("people", .list([("status_note", .text), ("sentence", penalties), ("custody", .list([("place", .text)])),
                               ("decisions", .list([("note", .text), ("sentence", penalties)]))])),
             events, sources, ("documents", .list([("title", .text)])), corrections]
        case .people:
            [("name", .text), ("pseudonym", .text), ("photo", .map([("credit", .text), ("alt", .text)])),
             ("letters", .map([("note", .text)])), events, sources, corrections]
        case .organizations:
            [("name", .text), ("short_name", .text), ("former_names", .list([("name", .text)])), events, sources, corrections]
        case .pages:
            [("title", .text), ("summary", .text)]
        }
    }

    /// The front matter's lines for `root`, the original's front matter; `from` is the
    /// original's language, named in each comment.
    static func lines(_ root: YAMLNode, kind: ContentKind, from: String) -> [String] {
        emit(root, shape(kind), indent: "", from: from) ?? []
    }

    /// The lines of the keys of `node` that hold a text to translate, or nil when none does.
    static func emit(_ node: YAMLNode, _ fields: [(String, Shape)], indent: String, from: String) -> [String]? {
        guard case .mapping(let entries) = node.value else { return nil }
        var lines: [String] = []
        for (key, shape) in fields {
            guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { continue }
            switch shape {
            case .text:
                guard case .scalar(let text, false) = value.value else { continue }
                lines += ["\(indent)# original: \(oneLine(text))", "\(indent)\(key):"]
            case .map(let inner):
                guard let inside = emit(value, inner, indent: indent + "  ", from: from) else { continue }
                lines += ["\(indent)\(key):"] + inside
            case .list(let inner):
                guard case .sequence(let items) = value.value else { continue }
                // An entry's keys sit under its dash: four spaces in, the first after "- ".
                let inside = indent + "    "
                let entries = items.map { emit($0, inner, indent: inside, from: from) }
                guard entries.contains(where: { $0 != nil }) else { continue }
                lines.append("\(indent)\(key):")
                for entry in entries {
                    guard var entry, let first = entry.firstIndex(where: { !$0.dropFirst(inside.count).hasPrefix("#") }) else {
                        // Nothing to translate in this one: an empty entry keeps its place.
                        lines.append("\(indent)  - {}")
                        continue
                    }
                    entry[first] = indent + "  - " + entry[first].dropFirst(inside.count)
                    lines += entry
                }
            }
        }
        return lines.isEmpty ? nil : lines
    }

    /// A text on one comment line: its lines joined, cut past 200 characters.
    static func oneLine(_ text: String) -> String {
        let joined = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return joined.count > 200 ? String(joined.prefix(200)) + "…" : joined
    }
}
