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
    /// `status_certainty`, `status_note`, `status_sources`.
    public var statusCertainty: StatusCertainty? = nil
    public var corrections: [Correction]
    public let updated: PartialDate?
    public let draft: Bool
    public let body: MarkdownBody
    /// Where the front matter starts: for messages about the case as a whole.
    public let position: SourcePosition
    /// `country`: an ISO 3166-1 alpha-2 code (`Country`), with where it is written.
    public var country: Ref?
    /// `offence_date`: the incident the charges are about; shown, never the case's year.
    public var offenceDate: PartialDate?
    /// `unnamed_defendants`: defendants the sources count but do not name; 0 when not given.
    public var unnamedDefendants = 0

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
        /// `decisions`: courts' and other authorities' decisions about the person, in the
        /// order written (the order they were made; the check says so when it is not).
        public var decisions: [Decision] = []
        /// `earlier_roles`: the roles the person had in the case before `role`.
        public var earlierRoles: [EarlierRole] = []
        /// `status_certainty`, `status_note`, `status_sources` beside the person's own status.
        public var statusCertainty: StatusCertainty? = nil
    }

    public var id: String { info.id }
}
