import Foundation

/// The files of the site that are not pages: the Atom feed, the sitemap, robots.txt, the
/// open data under `data/`, the search index and the filter data, each as `SitePlan` lists it.
struct DataOutputs: Sendable {
    let archive: Archive
    let urls: SiteURLs
    /// Every language's names and titles for the search index, made once from the
    /// default-language archive (with its translations) and shared by every language's
    /// outputs. When not given, a site of several languages makes them from `archive`,
    /// which is right only when `archive` is the default-language one.
    let spellings: SearchSpellings?
    /// The words of the archive's language (the feed's corrections' titles).
    let words: Catalogue

    init(archive: Archive, spellings: SearchSpellings? = nil, words: Catalogue? = nil) {
        self.archive = archive
        self.urls = SiteURLs(base: archive.site.baseURL)
        self.spellings = spellings
        self.words = words ?? Catalogue.base(for: archive.site.language)
    }

    /// The bytes of one file the plan lists; the sitemap comes with its parts, if it has
    /// any. `pages` are the paths of every page, which the sitemap lists.
    func make(_ file: DataFile, pages: @autoclosure () -> [String],
              languages: [(code: String, prefix: String)] = []) -> [(path: String, bytes: [UInt8])] {
        switch file {
        case .casesJSON: [(file.path, CasesJSON(archive: archive, urls: urls, words: words).bytes())]
        case .casesCSV: [(file.path, CaseTable(archive: archive, urls: urls, words: words).bytes())]
        case .peopleCSV: [(file.path, PersonTable(archive: archive, urls: urls).bytes())]
        case .organizationsCSV: [(file.path, OrganizationTable(archive: archive, urls: urls).bytes())]
        case .custodyCSV: [(file.path, CustodyTable(archive: archive).bytes())]
        case .feed: [(file.path, AtomFeed(archive: archive, urls: urls, words: words).bytes())]
        case .robots: [(file.path, Sitemap(archive: archive, urls: urls, pages: []).robots())]
        case .sitemap: Sitemap(archive: archive, urls: urls, pages: pages(), languages: languages).files()
        case .searchIndex: [(file.path, searchIndex().bytes())]
        // The data behind the filters of the cases index, written as it is.
        case .filterData: [(file.path, FilterData(archive: archive, words: words).bytes())]
        }
    }

    /// The search index, its entries found by their names in every language of the site.
    func searchIndex() -> SearchIndex {
        // Made here only from the default language's archive: a localized one has lost its
        // default texts (SiteRendering passes the spellings to the other languages).
        let own = archive.site.allLanguages.count > 1 && archive.site.language == archive.site.defaultLanguage
        return SearchIndex(archive: archive, spellings: spellings ?? (own ? SearchSpellings(archive: archive) : nil), words: words)
    }
}
