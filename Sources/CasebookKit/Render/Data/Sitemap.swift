/// `sitemap.xml` and `robots.txt`, so search engines find every page.
///
/// A sitemap must list absolute addresses, so it is written only when site.yml sets
/// `base_url`. `robots.txt` allows everything, and names the sitemap when there is one.
struct Sitemap: Sendable {
    /// The sitemap protocol's limit of addresses per file; beyond it the sitemap becomes
    /// an index of `sitemap-1.xml`, `sitemap-2.xml` …
    static let limit = 50_000

    let urls: SiteURLs
    /// Paths of every HTML page written.
    let pages: [String]
    /// Last-modified dates of case pages, by path.
    let lastModified: [String: PartialDate]
    /// The site's languages (code, folder prefix), the default first; with more than one,
    /// each address lists the same page in every language.
    let languages: [(code: String, prefix: String)]
    var limit = Sitemap.limit

    init(archive: Archive, urls: SiteURLs, pages: [String], languages: [(code: String, prefix: String)] = []) {
        self.urls = urls
        self.languages = languages
        // Protected people's pages, and theirs who asked (`noindex`), in every language, are left out.
        let hidden = Set(archive.people.filter(\.record.protection.hidesFromSearchEngines).map { SitePaths.page(.people, $0.record.id) })
        let listed = pages.filter { $0 != SitePaths.notFound }
        // Sorted by address, so the home page comes first and each folder's index before its pages.
        // Each address made once, not twice per comparison.
        self.pages = (hidden.isEmpty ? listed : listed.filter { !hidden.contains(Self.localPath($0, languages)) })
            .map { (address: SiteURLs.address($0), path: $0) }
            .sorted { $0.address < $1.address }
            .map(\.path)
        var dates: [String: PartialDate] = [:]
        for index in archive.cases.indices {  // read in place: a for-in loop copies each case
            dates[SitePaths.page(.cases, archive.cases[index].record.id)] = archive.cases[index].updated
        }
        self.lastModified = dates
    }

    /// The sitemap file or files, or none without `base_url`.
    func files() -> [(path: String, bytes: [UInt8])] {
        guard let base = urls.base else { return [] }
        // What follows a page's address, the same in each of its languages (its last-modified
        // date and alternates): made once per page, not once per language.
        let locals = pages.map(localPath)
        var tails: [String: String] = [:]
        tails.reserveCapacity(pages.count / max(languages.count, 1) + 1)
        for local in locals {
            if tails[local] != nil { continue }
            // The sitemap schema rejects a year or a month alone: a partial date is written as
            // the first day of its period, as the feed does.
            var tail = lastModified[local].map { "<lastmod>\(XMLText.fullDate($0))</lastmod>" } ?? ""
            if languages.count > 1 {
                for (code, prefix) in languages + [("x-default", "")] {
                    tail += #"<xhtml:link rel="alternate" hreflang="\#(code)" href="\#(XMLText.escape(urls.absolute(prefix + local)!))"/>"#
                }
            }
            tails[local] = tail
        }
        let header = #"<?xml version="1.0" encoding="utf-8"?>"#
        let namespace = #"xmlns="http://www.sitemaps.org/schemas/sitemap/0.9""#
        let urlsetNamespace = namespace + (languages.count > 1 ? #" xmlns:xhtml="http://www.w3.org/1999/xhtml""# : "")
        // Written as bytes, one `<url>` to a line: the entries were strings joined at the end,
        // each made and copied twice (a tenth of a second in three languages).
        func urlset(_ range: Range<Int>) -> [UInt8] {
            var out = Array(header.utf8)
            out.reserveCapacity(range.count * (languages.count > 1 ? 128 * (languages.count + 2) : 128) + 256)
            out += "\n<urlset \(urlsetNamespace)>".utf8
            for index in range {
                out += "\n<url><loc>".utf8
                out += XMLText.escape(urls.absolute(pages[index])!).utf8
                out += "</loc>".utf8
                out += tails[locals[index]]!.utf8
                out += "</url>".utf8
            }
            out += "\n</urlset>\n".utf8
            return out
        }
        guard pages.count > limit else { return [("sitemap.xml", urlset(pages.indices))] }
        var files: [(path: String, bytes: [UInt8])] = []
        var index = [header, "<sitemapindex \(namespace)>"]
        for (number, start) in stride(from: 0, to: pages.count, by: limit).enumerated() {
            let name = Self.partPath(number + 1)
            files.append((name, urlset(start..<min(start + limit, pages.count))))
            index.append("<sitemap><loc>\(XMLText.escape(base + name))</loc></sitemap>")
        }
        index.append("</sitemapindex>")
        return [("sitemap.xml", Array(index.joined(separator: "\n").utf8) + [10])] + files
    }

    /// A page's path inside its language's folder.
    func localPath(_ page: String) -> String { Self.localPath(page, languages) }

    static func localPath(_ page: String, _ languages: [(code: String, prefix: String)]) -> String {
        for (_, prefix) in languages.dropFirst() where page.hasPrefix(prefix) { return String(page.dropFirst(prefix.count)) }
        return page
    }

    /// The path of part `number` (from 1) of a sitemap past its limit.
    static func partPath(_ number: Int) -> String { "sitemap-\(number).xml" }

    /// Allows every crawler everywhere. Crawlers read it only at the root of a host, so it
    /// does nothing for a site published under a path prefix.
    func robots() -> [UInt8] {
        var text = "User-agent: *\nAllow: /\n"
        if let base = urls.base { text += "\nSitemap: \(base)sitemap.xml\n" }
        return Array(text.utf8)
    }
}
