/// site.yml `withdrawn`: the ids of records removed on purpose (a person asked to be taken
/// out, a record that should never have been published), by kind, so `check --against`
/// knows their addresses were let go and the build can say so there. Each must be an id a
/// file could have had; whether a file still has it or lists it under `former_ids` is the
/// link stage's question (`WithdrawnCheck`).
extension SiteParser {
    static let withdrawnKinds: [ContentKind] = [.cases, .people, .organizations, .pages]

    static func withdrawn(_ fields: Fields, reader: inout FieldReader) -> [ContentKind: [Ref]] {
        guard let node = fields["withdrawn"], !node.isNull else { return [:] }
        guard let kinds = reader.fields(node, known: withdrawnKinds.map(\.rawValue), what: "'withdrawn'",
                                        example: "{cases: [old-case-id], people: [old-person-id]}") else { return [:] }
        var withdrawn: [ContentKind: [Ref]] = [:]
        for kind in withdrawnKinds {
            let key = kind.rawValue
            if let list = kinds[key], case .scalar(let value, false) = list.value, TextShortcuts.containsComma(value) {
                reader.diagnostics.error(list.position, "write several ids for '\(key)' as a list in brackets: [\(value)]")
                continue
            }
            var lines: [String: Int] = [:]
            for item in reader.list(kinds, key) where !item.isNull {
                guard let written = reader.text(item, key) else { continue }
                guard reader.checkLookAlikes(written, at: item.position) == written else { continue }
                guard Identifier.isValid(written) else {
                    let suggestion = FieldReader.formerIDSuggestion(written)
                    let like = suggestion.isEmpty ? "" : ", like '\(suggestion)'"
                    reader.diagnostics.error(item.position, "'\(written)' is not an id for 'withdrawn': an id is a file's name without .md, in lower-case ASCII letters, digits and single hyphens\(like)")
                    continue
                }
                if let line = lines[written] {
                    reader.diagnostics.error(item.position, "'\(written)' is listed twice in 'withdrawn' '\(key)' (first on line \(line)): remove one")
                    continue
                }
                // A free page's address is at the site's root, among the build's own pages.
                if kind == .pages, PageParser.isBuildsOwn(written) {
                    reader.diagnostics.error(item.position,
                        "'\(written)' is a name the build uses for its own pages (or a language code), so no free page can have had it: remove it from 'withdrawn'")
                    continue
                }
                lines[written] = item.position.line
                withdrawn[kind, default: []].append(Ref(written, at: item.position))
            }
        }
        return withdrawn
    }
}
