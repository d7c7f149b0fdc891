/// A person's recognition as a political prisoner by a named organization:
/// `recognised: [{by: memorial, date: 2021-05, sources: [src-id]}]`. The organization is a
/// file of the archive (so its page lists whom it recognised); the date may be partial.
public struct Recognition: Sendable {
    public let by: Ref
    public let date: PartialDate?
    /// Ids of the person's own sources.
    public let sources: [Ref]
    public let position: SourcePosition
}
