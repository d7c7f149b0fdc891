/// An organization (party, movement, media, NGO, court ...), from `content/organizations/<id>.md`.
public struct Organization: Sendable {
    public let info: DocumentInfo
    public var name: String
    public var shortName: String?
    public var aliases: [String]
    public let kind: String?
    public let leaders: [Ref]
    /// Every ban, in the order written: `banned: 2018-03` is one ban with no court or source.
    public let bans: [Ban]
    public var events: [Event]
    public var sources: [Source]
    public let body: MarkdownBody
    /// The names it had before, in the order written (`former_names`); text, so translated.
    public var formerNames: [FormerName] = []
    /// The organization it continues (`successor_of`), resolved in the link stage.
    public var successorOf: Ref? = nil
    /// `former_ids`: the ids it had before the file was renamed; each old address leads here.
    public var formerIDs: [Ref] = []
    /// `corrections`: the public log of corrections to this page, in the order written.
    public var corrections: [Correction] = []

    public var id: String { info.id }
    /// The first ban's date: the `banned` of themes and the open data before bans were a list.
    public var banned: PartialDate? { bans.first?.date }
}

/// A name an organization had until a date: `former_names: [{name: Koshe, until: 2019}]`.
public struct FormerName: Sendable {
    public var name: String
    public let until: PartialDate?
}

/// A ban of an organization: `banned: [{date: 2018-03-13, by: court-id, sources: [id]}]`.
/// `by` is a court of the archive; `sources` ids of the organization's own sources.
public struct Ban: Sendable {
    public let date: PartialDate
    public let by: Ref?
    public let sources: [Ref]
    public let position: SourcePosition
    /// Written as `banned: <date>`, which names no source to cite: no warning for that.
    public var isShorthand = false
}
