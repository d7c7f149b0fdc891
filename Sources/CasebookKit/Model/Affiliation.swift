/// One entry of a person's `organizations`: the organization and the kind of link, a key of
/// site.yml `affiliations`. A bare id is a `member` link.
public struct Affiliation: Sendable, Hashable {
    public let organization: Ref
    /// The key of the link (`member`, `alleged`...).
    public let link: String

    public init(organization: Ref, link: String = AffiliationLink.member) {
        self.organization = organization
        self.link = link
    }

    /// An allegation is not a fact: pages word it as alleged, and no fact-stating output
    /// (the `affiliation` of JSON-LD, an organization's members) includes it.
    public var isAlleged: Bool { link == AffiliationLink.alleged }
}

/// Affiliation keys the build gives a meaning to; site.yml may relabel them, not drop them
/// (`SiteParser` refuses an `affiliations` list without them), like `Role.defendant`.
public enum AffiliationLink {
    /// What a bare id means; pages name the organization without a word for the link.
    public static let member = "member"
    /// A link only the prosecution alleges: worded as such, listed apart, kept out of JSON-LD.
    public static let alleged = "alleged"
    static let required = [member, alleged]
}

extension Person {
    /// The kind of the person's own link to an organization, nil when their file does not
    /// list it (an organization they lead only by its file's `leaders`).
    public func affiliation(with organizationID: String) -> String? {
        organizations.first { $0.organization.id == organizationID }?.link
    }
}

extension Archive {
    /// Whether the open data gives the links' kinds: when site.yml sets `affiliations` or a
    /// person has a link other than `member`. Without either the files stay as they were.
    var usesAffiliationKinds: Bool {
        site.ownAffiliations || people.contains { linked in
            linked.record.organizations.contains { $0.link != AffiliationLink.member }
        }
    }
}
