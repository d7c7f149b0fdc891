/// An organization (party, movement, media, NGO, court ...), from `content/organizations/<id>.md`.
public struct Organization: Sendable {
    public let info: DocumentInfo
    public let name: String
    public let shortName: String?
    public let aliases: [String]
    public let kind: String?
    public let leaders: [Ref]
    public let banned: PartialDate?
    public let events: [Event]
    public let sources: [Source]
    public let body: MarkdownBody

    public var id: String { info.id }
}
