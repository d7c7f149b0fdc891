/// Reads a person's `organizations`: each entry a bare id (a `member` link) or a mapping
/// `{organization: koshe-party, link: alleged}` whose link is a key of site.yml `affiliations`.
extension FieldReader {
    static let affiliationKeys = ["organization", "link"]
    static let affiliationExample = "{organization: koshe-party, link: alleged}"

    mutating func affiliations(_ fields: Fields, site: SiteConfig) -> [Affiliation] {
        let key = "organizations"
        if let node = fields[key], case .scalar(let value, false) = node.value, TextShortcuts.containsComma(value) {
            // `organizations: a, b` is one text in YAML; ids never hold commas.
            diagnostics.error(node.position, "write several ids for '\(key)' as a list in brackets: [\(value)]")
            return []
        }
        var found: [Affiliation] = []
        for item in list(fields, key) {
            guard let affiliation = affiliation(item, site: site) else { continue }
            if let earlier = found.first(where: { $0.organization.id == affiliation.organization.id }) {
                // The same organization twice with two kinds of link says two things at once;
                // a plain repeat says nothing new (and was always allowed).
                if earlier.link != affiliation.link {
                    diagnostics.error(affiliation.organization.position,
                        "'\(affiliation.organization.id)' is already listed in 'organizations' with the link '\(earlier.link)' "
                        + "(line \(earlier.organization.position.line)); keep one entry, with the link the sources support")
                }
                continue
            }
            found.append(affiliation)
        }
        return found
    }

    private mutating func affiliation(_ item: YAMLNode, site: SiteConfig) -> Affiliation? {
        switch item.value {
        case .scalar:
            return ref(item, "organizations").map { Affiliation(organization: $0) }
        case .sequence:
            diagnostics.error(item.position, "expected an organization id or \(Self.affiliationExample) in 'organizations', found \(item.kindName)")
            return nil
        case .mapping:
            guard let entry = fields(item, known: Self.affiliationKeys, what: "an entry of 'organizations'") else { return nil }
            // Read before giving up on a missing organization, so that a wrong link is reported too.
            let link = vocabulary(entry, "link", in: site.affiliations)
            guard let node = entry["organization"], !node.isNull else {
                missing(entry, "organization")
                return nil
            }
            guard let organization = ref(node, "organization") else { return nil }
            return Affiliation(organization: organization, link: link?.id ?? AffiliationLink.member)
        }
    }
}

extension SiteParser {
    /// site.yml `affiliations`, else the built-in labels in the site's languages. The build
    /// gives `member` (a bare id) and `alleged` a meaning: an own list must keep both.
    static func affiliations(_ site: inout SiteConfig, _ fields: Fields, reader: inout FieldReader) {
        site.affiliations = SiteConfig.Defaults.affiliations(in: site.allLanguages)
        guard let own = vocabulary(fields, "affiliations", site: site, reader: &reader) else { return }
        site.ownAffiliations = true
        var entries = own.keys.map { ($0, own.label($0)) }
        for key in AffiliationLink.required where !own.contains(key) {
            reader.diagnostics.error(fields["affiliations"]?.position ?? fields.position,
                                     "'affiliations' must keep the key '\(key)', which the build relies on; change its label instead")
            entries.append((key, site.affiliations.label(key)))
        }
        var vocabulary = Vocabulary(name: "affiliations", entries: entries)
        vocabulary.translated = own.translated
        site.affiliations = vocabulary
    }
}
