/// `former_ids: [old-id]`: the ids a case, person or organization had before its file was
/// renamed. Each old address gets a page that sends the reader on, so each must be an id a
/// file could have had; whether another file still has it or claims it too is the link
/// stage's question (`FormerIDCheck`), which knows every file.
extension FieldReader {
    mutating func formerIDs(_ fields: Fields, ownID: String) -> [Ref] {
        var kept: [Ref] = []
        var lines: [String: Int] = [:]
        // `refs` reports a comma list, a mapping and look-alike characters (and repairs them).
        for ref in refs(fields, "former_ids") {
            guard Identifier.isValid(ref.id) else {
                // A look-alike character is reported already; the repaired id may still break the rule.
                let suggestion = Identifier.slug(ref.id)
                let like = suggestion.isEmpty ? "" : ", like '\(suggestion)'"
                diagnostics.error(ref.position, "'\(LookAlike.shown(ref.id))' is not an id for 'former_ids': an id is a file's name without .md, in lower-case ASCII letters, digits and single hyphens\(like)")
                continue
            }
            if ref.id == ownID {
                diagnostics.error(ref.position, "'\(ref.id)' is this file's own id; 'former_ids' lists only the ids the file had before it was renamed: remove it")
                continue
            }
            if let line = lines[ref.id] {
                diagnostics.error(ref.position, "'\(ref.id)' is listed twice in 'former_ids' (first on line \(line)): remove one")
                continue
            }
            lines[ref.id] = ref.position.line
            kept.append(ref)
        }
        return kept
    }
}
