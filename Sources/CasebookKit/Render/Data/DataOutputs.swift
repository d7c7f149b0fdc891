import Foundation

/// The files of the site that are not pages: the Atom feed, the sitemap, robots.txt and
/// the open data under `data/`. Written after the pages, because the sitemap lists them.
struct DataOutputs: Sendable {
    let archive: Archive
    let urls: SiteURLs

    init(archive: Archive) {
        self.archive = archive
        self.urls = SiteURLs(base: archive.site.baseURL)
    }

    /// One maker per file (the sitemap's makes one or several files), largest first, so the
    /// build can run them beside the pages.
    /// `pages` is called by the sitemap's maker only, so listing them runs beside the pages too.
    func makers(pages: @escaping @Sendable () -> [String]) -> [@Sendable () -> [(path: String, bytes: [UInt8])]] {
        [
            { [self] in [("data/cases.json", CasesJSON(archive: archive, urls: urls).bytes())] },
            { [self] in [("data/cases.csv", CaseTable(archive: archive, urls: urls).bytes())] },
            { [self] in [("feed.xml", AtomFeed(archive: archive, urls: urls).bytes())] },
            { [self] in Sitemap(archive: archive, urls: urls, pages: pages()).files() },
            { [self] in [("robots.txt", Sitemap(archive: archive, urls: urls, pages: []).robots())] },
            { [self] in [("data/people.csv", PersonTable(archive: archive, urls: urls).bytes())] },
            { [self] in [("data/organizations.csv", OrganizationTable(archive: archive, urls: urls).bytes())] },
        ]
    }

    /// One file, made alone (the dev server makes what a browser asks for); nil when the
    /// site has no such file. `pages` is asked for only by the sitemap.
    func file(at path: String, pages: () -> [String]) -> [UInt8]? {
        switch path {
        case "feed.xml": AtomFeed(archive: archive, urls: urls).bytes()
        case "robots.txt": Sitemap(archive: archive, urls: urls, pages: []).robots()
        case "data/cases.json": CasesJSON(archive: archive, urls: urls).bytes()
        case "data/cases.csv": CaseTable(archive: archive, urls: urls).bytes()
        case "data/people.csv": PersonTable(archive: archive, urls: urls).bytes()
        case "data/organizations.csv": OrganizationTable(archive: archive, urls: urls).bytes()
        case _ where path.hasPrefix("sitemap") && path.hasSuffix(".xml"):
            Sitemap(archive: archive, urls: urls, pages: pages()).files().first { $0.path == path }?.bytes
        default: nil
        }
    }
}
