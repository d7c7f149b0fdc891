/// An organization (party, movement, media, NGO, court ...), from `content/organizations/<id>.md`.
public struct Organization: Sendable {
    public let info: DocumentInfo
    public var name: String
    public var shortName: String?
    public var aliases: [String]
    public let kind: String?
    public let leaders: [Ref]
    public let banned: PartialDate?
    public var events: [Event]
    public var sources: [Source]
    public let body: MarkdownBody

    public var id: String { info.id }
}
