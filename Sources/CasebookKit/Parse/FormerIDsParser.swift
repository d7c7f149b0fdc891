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
                let suggestion = Identifier.slug(written)
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
}
