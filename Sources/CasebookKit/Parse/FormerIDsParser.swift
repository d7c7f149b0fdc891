/// `former_ids: [old-id]`: the ids a case, person or organization had before its file was
/// renamed. Each old address gets a page that sends the reader on, so each must be an id a
/// file could have had; whether another file still has it or claims it too is the link
/// stage's question (`FormerIDCheck`), which knows every file.
extension FieldReader {
    mutating func formerIDs(_ fields: Fields, ownID: String) -> [Ref] {
        var kept: [Ref] = []
        var lines: [String: Int] = [:]
        if let node = fields["former_ids"], case .scalar(let value, false) = node.value, TextShortcuts.containsComma(value) {
            diagnostics.error(node.position, "write several ids for 'former_ids' as a list in brackets: [\(value)]")
            return []
        }
        for node in list(fields, "former_ids") where !node.isNull {
            guard let written = text(node, "former_ids") else { continue }
            // A look-alike character is one mistake, reported here at its column: nothing more is said.
            guard checkLookAlikes(written, at: node.position) == written else { continue }
            guard Identifier.isValid(written) else {
                let suggestion = Self.formerIDSuggestion(written)
                let like = suggestion.isEmpty || suggestion == ownID ? "" : ", like '\(suggestion)'"
                diagnostics.error(node.position, "'\(written)' is not an id for 'former_ids': an id is a file's name without .md, in lower-case ASCII letters, digits and single hyphens\(like)")
                continue
            }
            if written == ownID {
                diagnostics.error(node.position, "'\(written)' is this file's own id; 'former_ids' lists only the ids the file had before it was renamed: remove it")
                continue
            }
            if let line = lines[written] {
                diagnostics.error(node.position, "'\(written)' is listed twice in 'former_ids' (first on line \(line)): remove one")
                continue
            }
            lines[written] = node.position.line
            kept.append(Ref(written, at: node.position))
        }
        return kept
    }

    /// What a former id that is not one most likely means: the old page's id when its
    /// address, a link to its file or the file's name was pasted (`https://…/people/t-ayan/`,
    /// `../people/t-ayan.md`, `t-ayan.md`: the old address is what an editor has in hand),
    /// else the text made an id.
    static func formerIDSuggestion(_ written: String) -> String {
        var text = Substring(written)
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<cut] }
        var parts = text.split(separator: "/")
        if parts.count > 1, parts.last?.lowercased() == "index.html" { parts.removeLast() }
        guard var last = parts.last.map(String.init) else { return Identifier.slug(written) }
        for suffix in [".md", ".html"] where last.lowercased().hasSuffix(suffix) { last = String(last.dropLast(suffix.count)) }
        return Identifier.slug(last)
    }
}
