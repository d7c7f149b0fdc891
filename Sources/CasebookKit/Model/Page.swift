/// A free page (about, methodology, contact), from `content/pages/<id>.md`.
public struct Page: Sendable {
    public let info: DocumentInfo
    public var title: String
    public var summary: String?
    public let draft: Bool
    public let body: MarkdownBody

    public var id: String { info.id }
}
