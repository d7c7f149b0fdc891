/// One prosecution, as written in `content/cases/<id>.md`.
public struct CaseRecord: Sendable {
    /// The fields, shared by every copy until one is changed: pages, lists and data files
    /// copy a record by the thousand, and a copy of the fields retained each string and array.
    final class Storage: @unchecked Sendable {  // changed only while uniquely referenced
        var info: DocumentInfo
        var title: String
        var summary: String?
        var status: Ref
        var statusAsOf: PartialDate?
        var people: [Participant]
        var organizations: [Ref]
        var charges: [Ref]
        var court: Ref?
        var region: String?
        var city: String?
        var tags: [String]
        var relatedCases: [Ref]
        var events: [Event]
        var sources: [Source]
        var documents: [Document]
        var statusCertainty: StatusCertainty?
        var corrections: [Correction]
        var updated: PartialDate?
        var draft: Bool
        var body: MarkdownBody
        var position: SourcePosition
        var country: Ref?
        var offenceDate: PartialDate?
        var unnamedDefendants: Int
        var formerIDs: [Ref] = []
        var updatedPosition: SourcePosition?
        init(info: DocumentInfo, title: String, summary: String?, status: Ref, statusAsOf: PartialDate?, people: [Participant], organizations: [Ref], charges: [Ref], court: Ref?, region: String?, city: String?, tags: [String], relatedCases: [Ref], events: [Event], sources: [Source], documents: [Document], statusCertainty: StatusCertainty?, corrections: [Correction], updated: PartialDate?, draft: Bool, body: MarkdownBody, position: SourcePosition, country: Ref?, offenceDate: PartialDate?, unnamedDefendants: Int) {
            self.info = info
            self.title = title
            self.summary = summary
            self.status = status
            self.statusAsOf = statusAsOf
            self.people = people
            self.organizations = organizations
            self.charges = charges
            self.court = court
            self.region = region
            self.city = city
            self.tags = tags
            self.relatedCases = relatedCases
            self.events = events
            self.sources = sources
            self.documents = documents
            self.statusCertainty = statusCertainty
            self.corrections = corrections
            self.updated = updated
            self.draft = draft
            self.body = body
            self.position = position
            self.country = country
            self.offenceDate = offenceDate
            self.unnamedDefendants = unnamedDefendants
        }
        func copy() -> Storage {
            let copy = Storage(info: info, title: title, summary: summary, status: status, statusAsOf: statusAsOf, people: people, organizations: organizations, charges: charges, court: court, region: region, city: city, tags: tags, relatedCases: relatedCases, events: events, sources: sources, documents: documents, statusCertainty: statusCertainty, corrections: corrections, updated: updated, draft: draft, body: body, position: position, country: country, offenceDate: offenceDate, unnamedDefendants: unnamedDefendants)
            copy.formerIDs = formerIDs
            copy.updatedPosition = updatedPosition
            return copy
        }
    }
    private var storage: Storage

    public init(info: DocumentInfo, title: String, summary: String? = nil, status: Ref, statusAsOf: PartialDate?, people: [Participant], organizations: [Ref], charges: [Ref], court: Ref?, region: String?, city: String?, tags: [String], relatedCases: [Ref], events: [Event], sources: [Source], documents: [Document] = [], statusCertainty: StatusCertainty? = nil, corrections: [Correction], updated: PartialDate?, draft: Bool, body: MarkdownBody, position: SourcePosition, country: Ref? = nil, offenceDate: PartialDate? = nil, unnamedDefendants: Int = 0) {
        storage = Storage(info: info, title: title, summary: summary, status: status, statusAsOf: statusAsOf, people: people, organizations: organizations, charges: charges, court: court, region: region, city: city, tags: tags, relatedCases: relatedCases, events: events, sources: sources, documents: documents, statusCertainty: statusCertainty, corrections: corrections, updated: updated, draft: draft, body: body, position: position, country: country, offenceDate: offenceDate, unnamedDefendants: unnamedDefendants)
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var info: DocumentInfo {
        _read { yield storage.info }
    }

    public var title: String {
        _read { yield storage.title }
        _modify { unique(); yield &storage.title }
    }

    public var summary: String? {
        _read { yield storage.summary }
        _modify { unique(); yield &storage.summary }
    }

    public var status: Ref {
        _read { yield storage.status }
    }

    public var statusAsOf: PartialDate? {
        _read { yield storage.statusAsOf }
    }

    public var people: [Participant] {
        _read { yield storage.people }
        _modify { unique(); yield &storage.people }
    }

    public var organizations: [Ref] {
        _read { yield storage.organizations }
    }

    public var charges: [Ref] {
        _read { yield storage.charges }
    }

    public var court: Ref? {
        _read { yield storage.court }
    }

    public var region: String? {
        _read { yield storage.region }
    }

    public var city: String? {
        _read { yield storage.city }
    }

    public var tags: [String] {
        _read { yield storage.tags }
    }

    public var relatedCases: [Ref] {
        _read { yield storage.relatedCases }
    }

    public var events: [Event] {
        _read { yield storage.events }
        _modify { unique(); yield &storage.events }
    }

    public var sources: [Source] {
        _read { yield storage.sources }
        _modify { unique(); yield &storage.sources }
    }

    /// `documents`: empty when the case lists none.
    public var documents: [Document] {
        _read { yield storage.documents }
        _modify { unique(); yield &storage.documents }
    }

    /// `status_certainty`, `status_note`, `status_sources`.
    public var statusCertainty: StatusCertainty? {
        _read { yield storage.statusCertainty }
        _modify { unique(); yield &storage.statusCertainty }
    }

    public var corrections: [Correction] {
        _read { yield storage.corrections }
        _modify { unique(); yield &storage.corrections }
    }

    public var updated: PartialDate? {
        _read { yield storage.updated }
    }

    /// Where `updated` is written, for the message that says it sets the build's day.
    public var updatedPosition: SourcePosition? {
        _read { yield storage.updatedPosition }
        _modify { unique(); yield &storage.updatedPosition }
    }

    public var draft: Bool {
        _read { yield storage.draft }
    }

    public var body: MarkdownBody {
        _read { yield storage.body }
    }

    /// Where the front matter starts: for messages about the case as a whole.
    public var position: SourcePosition {
        _read { yield storage.position }
    }

    /// `country`: an ISO 3166-1 alpha-2 code (`Country`), with where it is written.
    public var country: Ref? {
        _read { yield storage.country }
        _modify { unique(); yield &storage.country }
    }

    /// `offence_date`: the incident the charges are about; shown, never the case's year.
    public var offenceDate: PartialDate? {
        _read { yield storage.offenceDate }
        _modify { unique(); yield &storage.offenceDate }
    }

    /// `unnamed_defendants`: defendants the sources count but do not name; 0 when not given.
    public var unnamedDefendants: Int {
        _read { yield storage.unnamedDefendants }
        _modify { unique(); yield &storage.unnamedDefendants }
    }

    /// `former_ids`: the ids the case had before it was renamed; each old address leads to its page.
    public var formerIDs: [Ref] {
        _read { yield storage.formerIDs }
        _modify { unique(); yield &storage.formerIDs }
    }

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
