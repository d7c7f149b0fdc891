/// A template of the theme's own that no page is made from and no template includes or
/// extends changes nothing: most likely a misspelt name (`Case.mustache`, `persons.mustache`,
/// `partials/heder.mustache`), while the built-in template it meant to replace is used.
/// Said as a warning at the file with the nearest name in use, as for a misnamed catalogue.
enum TemplateUsage {
    /// Rendered by name from Swift, not through another template.
    static let renderedDirectly: Set<String> = TemplateChecks.pageTemplates.union(Theme.requiredTemplates)

    /// `own`: the templates the theme folder gives itself (not the built-in ones).
    static func unused(_ templates: [String: TemplateGraph.Template], own: Set<String>) -> [Diagnostic] {
        var reached: Set<String> = []
        var queue = templates.keys.filter(renderedDirectly.contains)
        while let name = queue.popLast() {
            guard reached.insert(name).inserted, let template = templates[name] else { continue }
            queue += template.outline.references.map(\.name).filter { !reached.contains($0) }
        }
        let known = reached.union(renderedDirectly)
        return own.subtracting(reached).sorted().compactMap { name in
            guard let template = templates[name] else { return nil }  // did not parse: told already
            let near = Suggestion.phrase(for: name, in: known)
                + (known.contains(where: { $0.lowercased() == name.lowercased() && $0 != name }) ? " (names are case-sensitive)" : "")
            return Diagnostic(.warning, template.file, .start,
                "no page is made from the template '\(name)' and no template includes it, so it changes nothing\(near.isEmpty ? "; docs/theme.md lists the templates a theme has" : near)")
        }
    }
}
