/// Everything the parse stage produced, ready to be linked.
public struct ParsedContent: Sendable {
    public var site: SiteConfig
    public var cases: [CaseRecord] = []
    public var people: [Person] = []
    public var organizations: [Organization] = []
    public var pages: [Page] = []
    public var media: [String] = []
    public var gitDates: [String: PartialDate] = [:]
    /// Ids of every content file found, parsed or not: a reference to a file that has its
    /// own errors still resolves, so one mistake is reported once.
    public var fileIDs: [ContentKind: Set<String>] = [:]
}

/// One parsed file.
enum ParsedDocument: Sendable {
    case caseRecord(CaseRecord)
    case person(Person)
    case organization(Organization)
    case page(Page)
}
