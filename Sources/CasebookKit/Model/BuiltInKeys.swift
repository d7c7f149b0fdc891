/// Role keys the build gives a meaning to. site.yml may relabel them but must keep them
/// (`SiteParser` refuses a `roles` list without them).
public enum Role {
    /// The default role, and the only one with a status, charges and a sentence of its own;
    /// defendants are the "persons prosecuted" the site counts.
    public static let defendant = "defendant"
}

/// Organization kind keys the build gives a meaning to; kept like `Role`'s.
public enum OrganizationKind {
    /// Only an organization of this kind may be named as a case's court.
    public static let court = "court"
}

extension CaseRecord.Participant {
    public var isDefendant: Bool { role == Role.defendant }
}

extension Organization {
    public var isCourt: Bool { kind == OrganizationKind.court }
}
