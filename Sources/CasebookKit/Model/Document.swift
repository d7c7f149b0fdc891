/// A document of a case (`documents:` in a case file): an indictment, a verdict, a UN
/// opinion, published either as a file under content/media/ or at an outside address.
public struct Document: Sendable, Hashable {
    public var title: String
    public let date: PartialDate?
    /// A key of site.yml `document_kinds`.
    public let kind: String?
    /// Path under content/ (`media/x.pdf`); exactly one of `file` and `url` is set.
    public let file: Ref?
    /// An http or https address.
    public let url: String?
    public let language: String?
    /// Ids of sources in the same file.
    public let sources: [Ref]
    public let position: SourcePosition
    /// Set on a page of another language when the title is the default language's.
    public var shownIn: String? = nil
}
