/// Reads `content/organizations/<id>.md` front matter into an `Organization`.
enum OrganizationParser {
    static let keys = ["name", "short_name", "aliases", "kind", "leaders", "banned", "events", "sources", "former_names", "successor_of", "former_ids", "corrections"]

    static func parse(_ root: YAMLNode, info: DocumentInfo, body: MarkdownBody, site: SiteConfig,
                      reader: inout FieldReader) -> Organization? {
        guard let fields = reader.fields(root, known: keys, what: "an organization") else { return nil }
        let name = reader.text(fields, "name", required: true)
        var organization = Organization(
            info: info, name: name ?? "", shortName: reader.text(fields, "short_name"),
            aliases: reader.texts(fields, "aliases"),
            kind: reader.vocabulary(fields, "kind", in: site.organizationKinds)?.id ?? rawKind(fields),
            leaders: reader.refs(fields, "leaders"), bans: reader.bans(fields),
            events: reader.events(fields, site: site), sources: reader.sources(fields), body: body,
            formerNames: reader.formerNames(fields), successorOf: reader.ref(fields, "successor_of"))
        organization.formerIDs = reader.formerIDs(fields, ownID: info.id)
        organization.corrections = reader.corrections(fields)
        return organization
    }

    /// An invalid kind is reported where it is written, and kept as written so the court
    /// check does not report the same mistake again in every case the court heard.
    static func rawKind(_ fields: Fields) -> String? {
        if let node = fields["kind"], case .scalar(let value, false) = node.value { return value }
        return nil
    }
}
