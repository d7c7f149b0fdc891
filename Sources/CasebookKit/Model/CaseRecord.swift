/// One prosecution, as written in `content/cases/<id>.md`.
public struct CaseRecord: Sendable {
    public let info: DocumentInfo
    public var title: String
    public var summary: String?
    public let status: Ref
    public let statusAsOf: PartialDate?
    public var people: [Participant]
    public let organizations: [Ref]
    public let charges: [Ref]
    public let court: Ref?
    public let region: String?
    public let city: String?
    public let tags: [String]
    public let relatedCases: [Ref]
    public var events: [Event]
    public var sources: [Source]
    /// `documents`: empty when the case lists none.
    public var documents: [Document] = []
    public var corrections: [Correction]
    public let updated: PartialDate?
    public let draft: Bool
    public let body: MarkdownBody
    /// Where the front matter starts: for messages about the case as a whole.
    public let position: SourcePosition

    /// A person in a case, with what applies to them.
    public struct Participant: Sendable, Hashable {
        public let person: Ref
        public let role: String
        /// Own status; nil means the case's status.
        public let status: String?
        /// Own charges; nil means the case's charges.
        public let charges: [Ref]?
        public var sentence: [SentenceComponent]
        /// `custody`: periods under a measure in this case, in the order written.
        public var custody: [CustodyPeriod] = []
    }

    public var id: String { info.id }
}
