/// Everything the parse stage produced, ready to be linked.
public struct ParsedContent: Sendable {
    public var site: SiteConfig
    public var cases: [CaseRecord] = []
    public var people: [Person] = []
    public var organizations: [Organization] = []
    public var pages: [Page] = []
    public var media: [String] = []
    public var gitDates: [String: PartialDate] = [:]
}

/// One parsed file.
enum ParsedDocument: Sendable {
    case caseRecord(CaseRecord)
    case person(Person)
    case organization(Organization)
    case page(Page)
}
