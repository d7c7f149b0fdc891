/// Role keys the build gives a meaning to. site.yml may relabel them but must keep them
/// (`SiteParser` refuses a `roles` list without them).
enum Role {
    /// The default role, and the only one with a status, charges and a sentence of its own;
    /// defendants are the "persons prosecuted" the site counts.
    static let defendant = "defendant"
}

/// Organization kind keys the build gives a meaning to; kept like `Role`'s.
enum OrganizationKind {
    /// Only an organization of this kind may be named as a case's court.
    static let court = "court"
}

extension CaseRecord.Participant {
    var isDefendant: Bool { role == Role.defendant }
}

extension Organization {
    var isCourt: Bool { kind == OrganizationKind.court }
}
