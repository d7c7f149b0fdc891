/// A free page (about, methodology, contact), from `content/pages/<id>.md`.
public struct Page: Sendable {
    public let info: DocumentInfo
    public var title: String
    public var summary: String?
    public let draft: Bool
    public let body: MarkdownBody
    /// Ids the page had before its file was renamed: each old address leads to it.
    public var formerIDs: [Ref] = []

    public var id: String { info.id }
}
