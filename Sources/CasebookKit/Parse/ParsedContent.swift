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

    init(site: SiteConfig) {
        self.site = site
    }

    /// An archive to fill: the media, dates and ids of every file the load stage found.
    init(site: SiteConfig, loaded: LoadedContent) {
        self.site = site
        media = loaded.media
        gitDates = loaded.gitDates
        for file in loaded.files { fileIDs[file.info.kind, default: []].insert(file.info.id) }
    }

    /// Adds one parsed file where its kind belongs.
    mutating func add(_ document: ParsedDocument?) {
        switch document {
        case .caseRecord(let record)?: cases.append(record)
        case .person(let person)?: people.append(person)
        case .organization(let organization)?: organizations.append(organization)
        case .page(let page)?: pages.append(page)
        case nil: break
        }
    }
}

/// One parsed file.
enum ParsedDocument: Sendable {
    case caseRecord(CaseRecord)
    case person(Person)
    case organization(Organization)
    case page(Page)
}
