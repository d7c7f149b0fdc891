/// A person's recognition as a political prisoner by a named organization:
/// `recognised: [{by: memorial, date: 2021-05, sources: [src-id]}]`. The organization is a
/// file of the archive (so its page lists whom it recognised); the date may be partial.
public struct Recognition: Sendable {
    public let by: Ref
    public let date: PartialDate?
    /// Ids of the person's own sources.
    public let sources: [Ref]
    public let position: SourcePosition

    /// Made on or before the day (a day number), or undated: counted at that day, by the
    /// statistics and the lists of people held now alike. A partial date counts from its first day.
    public func counts(at day: Int) -> Bool { (date?.firstDayNumber ?? Int.min) <= day }
}

extension Person {
    /// The recognitions made by the day (`Recognition.counts(at:)`).
    public func recognitions(at day: Int) -> [Recognition] { recognitions.filter { $0.counts(at: day) } }
}
