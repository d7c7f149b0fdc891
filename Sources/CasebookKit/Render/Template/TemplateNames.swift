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

    /// The transforms swift-mustache knows (`Transform.swift`); any other renders as nothing.
    static let transforms: Set<String> = Set(ValueTransform.allCases.map(\.rawValue)).union(["sorted", "enumerated"])

    /// One warning per unknown name or transform, at its tag, in the order written.
    static func problems(in text: String, file: String) -> [Diagnostic] {
        TemplateUses.read(text).compactMap { use in
            if let unknown = use.transforms.first(where: { !transforms.contains($0) }) {
                let near = Suggestion.phrase(for: unknown, in: transforms)
                return Diagnostic(.warning, file, use.position,
                    "the template uses a transform '\(unknown)()' that does not exist, so the tag renders as nothing (a section over it as if empty)"
                        + (near.isEmpty ? "; docs/theme.md lists the transforms" : near))
            }
            let parts = use.name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
            guard let first = parts.first else { return nil }  // `{{.}}`
            if first == "words", !use.name.hasPrefix(".") {
                let path = parts.dropFirst().joined(separator: ".")
                guard !path.isEmpty, !words.contains(path) else { return nil }
                let near = Suggestion.nearest(to: path, in: words).map { "; did you mean 'words.\($0)'?" } ?? ""
                return Diagnostic(.warning, file, use.position,
                    "the template uses 'words.\(path)', which no word catalogue has, so it shows nothing\(near)")
            }
            // Inside `{{#words.case}}` a name is an entry of that section.
            if inWordsSection(parts, use.sections) { return nil }
            guard let unknown = parts.first(where: { !fields.contains($0) }) else { return nil }
            let near = Suggestion.phrase(for: unknown, in: fields)
            return Diagnostic(.warning, file, use.position,
                "the template uses '\(unknown)', which no page provides, so it shows nothing\(near.isEmpty ? "; docs/theme.md lists every value" : near)")
        }
    }

    /// Whether a name is an entry of a `words.` section opened around it.
    static func inWordsSection(_ parts: [String], _ sections: [String]) -> Bool {
        sections.contains { section in
            let path = section.split(separator: ".").map(String.init)
            guard path.first == "words", path.count > 1 else { return false }
            return words.contains((path.dropFirst() + parts).joined(separator: "."))
        }
    }

    /// The value names of the tags that name one, with their positions (`TemplateUses`).
    static func uses(in text: String) -> [(name: String, position: SourcePosition)] {
        TemplateUses.read(text).filter { !$0.name.isEmpty }.map { ($0.name, $0.position) }
    }
}
