/// A person, as written in `content/people/<id>.md`.
public struct Person: Sendable {
    public let info: DocumentInfo
    public var name: String
    public var aliases: [String]
    /// Dropped (nil) from the linked person when the name is protected.
    public var born: PartialDate?
    public let region: String?
    public let organizations: [Ref]
    /// Path under content/ (`media/x.jpg`), with where it was written.
    public var photo: Ref?
    public var events: [Event]
    public var sources: [Source]
    public let body: MarkdownBody
    /// `protect`, `pseudonym`, `minor`, `noindex`.
    public var protection = PersonProtection()

    public var id: String { info.id }
}
