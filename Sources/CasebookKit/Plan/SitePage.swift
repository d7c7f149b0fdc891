/// One page of the site: what it is made from. Indexes point into the linked archive (and
/// into the plan's timeline years), so a page costs a few words whatever it shows.
enum SitePage: Sendable, Hashable {
    case home, notFound, organizationIndex, timelineIndex, statistics, search
    case caseIndex(page: Int), peopleIndex(page: Int)
    case caseRecord(Int), person(Int), organization(Int), page(Int)
    case timelineYear(Int, page: Int)
    case facetIndex(Int), facetValue(Int, Int, page: Int)
    case dataIndex
    /// A page of a list of people held now (only in an archive that records custody).
    case held(HeldFilter, page: Int)
    /// `/letters/`: addresses of people held now (only when the archive records custody).
    case letters
    /// `/corrections/`: every correction of the archive, newest first (only when there is one,
    /// and the theme has the template: `CorrectionsPageContext.isPlanned`).
    case corrections
}

/// A file of the site that is not a page, made whole from the archive.
enum DataFile: Sendable, Hashable {
    case casesJSON, casesCSV, peopleCSV, organizationsCSV
    /// `data/custody.csv`, only when the archive records custody.
    case custodyCSV
    case feed, robots
    /// `sitemap.xml`, and the parts it lists when the site has more pages than one sitemap takes.
    case sitemap
    /// The search page's index and the cases index's filter data.
    case searchIndex, filterData

    /// Each file's path, when it has one of its own (the sitemap's parts are planned by count).
    var path: String {
        switch self {
        case .casesJSON: "data/cases.json"
        case .casesCSV: "data/cases.csv"
        case .peopleCSV: "data/people.csv"
        case .organizationsCSV: "data/organizations.csv"
        case .custodyCSV: "data/custody.csv"
        case .feed: "feed.xml"
        case .robots: "robots.txt"
        case .sitemap: "sitemap.xml"
        case .searchIndex: SearchIndex.path
        case .filterData: SitePaths.filterData
        }
    }

    /// The feed, the search index and the filter data speak the page's language: one each
    /// per language, in its folder. The open data, sitemap and robots.txt are one set.
    var isPerLanguage: Bool { self == .feed || self == .searchIndex || self == .filterData }

    /// Largest first: the build starts them early, beside the pages (`SiteRenderer.interleave`).
    static let buildOrder: [DataFile] = [
        .casesJSON, .casesCSV, .feed, .sitemap, .robots, .peopleCSV, .organizationsCSV, .custodyCSV, .searchIndex, .filterData,
    ]
}
