/// site.yml `former_keys`: the old address keys of renamed statuses, charges, regions and
/// tags, each with the key its page has now (`tags: {zhanaozen-2011: zhanaozen}`), so an old
/// `/tags/zhanaozen-2011/` link keeps working. A mapping apart from the vocabularies: tags
/// and regions are written in the case files and need no entry in site.yml, so there is no
/// entry of theirs to carry a list. Whether the keys are live is the link stage's question
/// (`FormerKeyCheck`), which knows the published cases' values.
extension SiteParser {
    static let formerKeyFacets = ["statuses", "charges", "regions", "tags"]

    static func formerKeys(_ fields: Fields, reader: inout FieldReader) -> [SiteConfig.FormerKey] {
        guard let node = fields["former_keys"], !node.isNull else { return [] }
        guard let facets = reader.fields(node, known: formerKeyFacets, what: "'former_keys'",
                                         example: "{tags: {old-tag: new-tag}}") else { return [] }
        var found: [SiteConfig.FormerKey] = []
        for facet in formerKeyFacets {
            guard let mapping = facets[facet], !mapping.isNull else { continue }
            guard case .mapping(let entries) = mapping.value else {
                reader.diagnostics.error(mapping.position, "expected 'former_keys' '\(facet)' as a mapping of old-key: new-key, found \(mapping.kindName)")
                continue
            }
            // A key written twice is the YAML reader's error already: one old address, one page.
            for entry in entries {
                let old = reader.checkLookAlikes(entry.key, at: entry.keyPosition)
                guard old == entry.key else { continue }
                guard Identifier.isValid(old) else {
                    let like = FacetBuilder.slug(old)
                    reader.diagnostics.error(entry.keyPosition,
                        "'\(old)' is not an address key for 'former_keys' '\(facet)': write the old address's last part, in lower-case ASCII letters, digits and single hyphens, like '\(like)' (\(facet)/\(like)/)")
                    continue
                }
                guard let written = reader.text(entry.value, facet), !TextShortcuts.isBlank(written) else {
                    reader.diagnostics.error(entry.value.position, "'former_keys' '\(facet)' '\(old)' needs the key its page has now: \(old): new-key")
                    continue
                }
                let new = reader.checkLookAlikes(written, at: entry.value.position)
                guard new == written else { continue }
                // A region or tag may be written as the files spell it: its address key is made the same way.
                let key = Identifier.isValid(new) || facet == "statuses" || facet == "charges" ? new : FacetBuilder.slug(new)
                if key == old {
                    reader.diagnostics.error(entry.value.position, "'\(old)' leads to itself: 'former_keys' maps an old address key to the key its page has now")
                    continue
                }
                found.append(SiteConfig.FormerKey(facet: facet, old: Ref(old, at: entry.keyPosition), new: Ref(key, at: entry.value.position)))
            }
        }
        return found
    }
}
