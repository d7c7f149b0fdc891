/// A period a person spent, or spends, under a measure in one case, in the long form of a
/// case's `people`: `custody: [{from: 2021-03-04, to: 2021-09-10, kind: pretrial-detention,
/// place: "…", sources: [id]}]`. `to` is left out while the period lasts; either date may be
/// partial, and then stands for its first day (`CustodyLedger` marks such a count "about").
public struct CustodyPeriod: Sendable, Hashable {
    public let from: PartialDate
    public let to: PartialDate?
    /// A key of site.yml `custody_kinds`.
    public let kind: String
    /// Where: a detention centre, a colony, a town. Text, translatable.
    public var place: String?
    /// On a page of another language, the language `place` is written in when its
    /// translation does not give it (the page marks it with `lang`); nil otherwise.
    public var placeShownIn: String?
    /// Ids of the case's own sources.
    public let sources: [Ref]
    public let position: SourcePosition

    public init(from: PartialDate, to: PartialDate?, kind: String, place: String?, sources: [Ref], position: SourcePosition) {
        self.from = from
        self.to = to
        self.kind = kind
        self.place = place
        self.sources = sources
        self.position = position
    }

    /// The day counted as the period's last: `to`'s first day, never before `from`'s (a
    /// `to: 2021-03` after `from: 2021-03-15` ended within those days, not before they began).
    /// Nil while the period lasts.
    public var endDayNumber: Int? {
        to.map { max($0.firstDayNumber, from.firstDayNumber) }
    }

    /// A date that is not a whole day makes every count from it approximate.
    public var isApproximate: Bool {
        from.precision != .day || (to.map { $0.precision != .day } ?? false)
    }
}
