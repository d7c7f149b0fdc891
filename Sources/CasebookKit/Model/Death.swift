/// A person's death: `died: {date: 2020-07-25, in_custody: true, sources: [id]}`. The date is
/// required; the sources are the person's own. A person who has died is never held now: a
/// custody period open past the date is an error (`DeathCheck`).
public struct Death: Sendable, Hashable {
    public let date: PartialDate
    /// Died while held (in a detention centre, a colony, under arrest).
    public let inCustody: Bool
    /// Ids of the person's own sources.
    public let sources: [Ref]
    public let position: SourcePosition
}
