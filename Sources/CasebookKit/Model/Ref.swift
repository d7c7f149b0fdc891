/// A reference by id, written somewhere in a file; the position is kept so the link stage
/// can say where an unresolved id was written.
public struct Ref: Sendable, Hashable {
    public let id: String
    public let position: SourcePosition

    public init(_ id: String, at position: SourcePosition) {
        self.id = id
        self.position = position
    }
}

/// The kinds of content file, each in its own folder of `content/`.
public enum ContentKind: String, Sendable, CaseIterable, Hashable {
    case cases
    case people
    case organizations
    case pages

    /// How the kind is named in messages: "unknown person 'x'".
    public var singular: String {
        switch self {
        case .cases: "case"
        case .people: "person"
        case .organizations: "organization"
        case .pages: "page"
        }
    }
}

/// What every content file has: where it came from and which document it is.
public struct DocumentInfo: Sendable, Hashable {
    public let kind: ContentKind
    public let id: String
    /// Path for messages, relative to the folder the build runs in: `content/cases/x.md`.
    public let path: String
    /// Language of this file; nil for the site's language. Translations (`x.ru.md`) will
    /// become further documents with the same kind and id and their own language.
    public let language: String?

    public init(kind: ContentKind, id: String, path: String, language: String? = nil) {
        self.kind = kind
        self.id = id
        self.path = path
        self.language = language
    }
}

/// A Markdown body as written, with the line it starts on so messages point into the file.
public struct MarkdownBody: Sendable, Hashable {
    public let text: String
    public let firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}
