extension Theme {
    /// What rendering found that fails the build (`Builder.build`), as errors: a page past the
    /// renderer's budget, at its template, and each group or list printed whole, at the first
    /// tag that prints that name (the page's template first, then the others by name).
    func renderProblems() -> [Diagnostic] {
        var found = fallbacks.failures.map { failure in
            Diagnostic(.error, templateFiles[failure.template] ?? failure.template, .start,
                       RenderFallbacks.tooLargeMessage(failure.template) + " (first \(failure.path))")
        }
        var told: Set<String> = []
        for (template, path, value) in fallbacks.wholeValues {
            let (file, position) = tag(printing: value.name, from: template)
            guard told.insert("\(file)\u{0}\(position.line):\(position.column)").inserted else { continue }
            found.append(Diagnostic(.error, file, position, value.message + " (first on \(path))"))
        }
        return found
    }

    /// The file and position of the first `{{name}}` or `{{{name}}}` tag, looking in
    /// `template` first; the template's start when none is found.
    func tag(printing name: String, from template: String) -> (file: String, position: SourcePosition) {
        let order = [template] + templateTexts.keys.sorted().filter { $0 != template }
        for candidate in order {
            guard let text = templateTexts[candidate], text.contains(name.hasPrefix(".") ? String(name.dropFirst()) : name) || name == "." else { continue }
            if let use = TemplateUses.read(text).first(where: { ($0.kind == .escaped || $0.kind == .raw) && $0.transforms.isEmpty && $0.name == name }) {
                return (templateFiles[candidate] ?? candidate, use.position)
            }
        }
        return (templateFiles[template] ?? template, .start)
    }
}
