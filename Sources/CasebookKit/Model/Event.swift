/// A dated event in a case's, person's or organization's own timeline.
public struct Event: Sendable, Hashable {
    public let date: PartialDate
    public let type: String
    public var summary: String
    /// People the event concerns; empty means, in a case, the case's defendants.
    public let people: [Ref]
    /// Ids of sources in the same file.
    public let sources: [Ref]
    public let position: SourcePosition
    /// How sure the sources are (`certainty:`), with the `note` saying why; shown beside the event.
    public var certainty: Certainty? = nil
    public var note: String? = nil
    /// Set on a page of another language when the note is the default language's.
    public var noteShownIn: String? = nil
    /// Set on a page of another language when the summary is the default language's.
    public var shownIn: String? = nil
}

/// A published report a file relies on.
public struct Source: Sendable, Hashable {
    public let id: String?
    public var title: String
    public let publisher: String?
    public let url: String?
    public let date: PartialDate?
    public let language: String?
    public let archiveURL: String?
    public let position: SourcePosition
    /// Set on a page of another language when the title is the default file's and in
    /// another language than the page's: the source's own `language`, else the default.
    public var titleShownIn: String? = nil
}

/// An entry of the public corrections log.
public struct Correction: Sendable, Hashable {
    public let date: PartialDate
    public var note: String
    /// Set on a page of another language when the note is the default language's.
    public var shownIn: String? = nil
}

extension Correction {
    /// The date a page was last changed, given the one it would show otherwise: a correction
    /// is a change, so the latest correction's date when it is later.
    static func lastChange(_ date: PartialDate?, _ corrections: [Correction]) -> PartialDate? {
        guard let latest = corrections.lazy.map(\.date).max() else { return date }
        guard let date, !(date < latest) else { return latest }
        return date
    }
}
