import Foundation
import Testing
@testable import CasebookKit

/// The Atom feed, the sitemap and robots.txt.
@Suite struct FeedTests {
    static let base = "https://cases.example.org/"

    @Test func atomFeedIsWellFormedWithAbsoluteURLs() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let feed = try #require(OutputReading.XMLTree.parse(try site.data("feed.xml")), "feed.xml is not well-formed XML")
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.first("id")?.text == Self.base + "feed.xml")
        #expect(feed.first("title")?.text == "Kazakhstan Political Cases Monitor")
        #expect(feed.first("author")?.first("name")?.text == "Kazakhstan Political Cases Monitor")
        #expect(feed.first("rights")?.text == "CC BY 4.0")
        let selfLink = feed.all("link").first { $0.attributes["rel"] == "self" }
        #expect(selfLink?.attributes["href"] == Self.base + "feed.xml")
        #expect(feed.first("updated")?.text == "2021-03-05T00:00:00Z")

        let entries = feed.all("entry")
        // Newest update first: lesova-lepesova-2021 (2021-03-05), then on the same day the Koshe Party's correction,
        // qambarova-2021 (2021-03-04), bokayev-ayan-2016 (2021-02-19; its id from its former id),
        // askarov-2010 (2020-07-28), ablyazov-2018 (2018-11-27), kozlov-2012 (2016-08-19).
        #expect(entries.map { $0.first("id")?.text } == [Self.base + "cases/lesova-lepesova-2021/",
                                                        Self.base + "organizations/koshe-party/#correction-2021-03-05", Self.base + "cases/qambarova-2021/",
                                                        Self.base + "cases/atyrau-land-protests-2016/", Self.base + "cases/askarov-2010/",
                                                        Self.base + "cases/ablyazov-2018/", Self.base + "cases/kozlov-2012/"])
        for entry in entries {
            // A renamed case keeps the id of its first address (AtomFeedRenameTests); its link is the page now.
            let id = try #require(entry.first("id")?.text).replacingOccurrences(of: "atyrau-land-protests-2016", with: "bokayev-ayan-2016")
            #expect(entry.first("link")?.attributes["href"] == id)
            #expect(entry.first("title")?.text.isEmpty == false)
            // A case's summary; a correction's note as its content.
            #expect((entry.first("summary") ?? entry.first("content"))?.text.isEmpty == false)
            let updated = try #require(entry.first("updated")?.text)
            #expect(updated.range(of: #"^\d{4}-\d{2}-\d{2}T00:00:00Z$"#, options: .regularExpression) != nil)
        }
        #expect(entries.first?.first("summary")?.text.contains("Two years of \"freedom limitation\"") == true)
    }

    @Test func feedKeepsTheFiftyMostRecentlyUpdatedTiesById() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // 55 more cases: updated on days 1…55 of 2022 counted as months and days, two per date.
        for n in 0..<55 {
            let date = "2022-\(String(n / 2 % 12 + 1).leftPadded(to: 2))-\(String(n / 24 + 1).leftPadded(to: 2))"
            try site.write("content/cases/extra-\(n).md", """
                ---
                title: Extra case \(n)
                status: trial
                people: [mukhtar-ablyazov]
                sources: [{title: A report}]
                updated: \(date)
                ---
                """)
        }
        #expect(site.build().succeeded)
        let feed = try #require(OutputReading.XMLTree.parse(try site.data("feed.xml")))
        let entries = feed.all("entry")
        #expect(entries.count == 50)
        let keys = entries.map { ($0.first("updated")!.text, $0.first("id")!.text) }
        for (a, b) in zip(keys, keys.dropFirst()) {
            #expect(a.0 > b.0 || (a.0 == b.0 && a.1 < b.1), "\(a) before \(b)")
        }
        #expect(!keys.contains { $0.1.contains("qambarova-2021") }, "the oldest update falls off the feed")
    }

    @Test func hostileTextKeepsTheFeedWellFormed() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova",
                         with: #"title: "A & B <c> ]]> \"q\" end""#)  // control characters: ControlCharacterTests
        #expect(site.build().succeeded)
        let feed = try #require(OutputReading.XMLTree.parse(try site.data("feed.xml")), "feed.xml is not well-formed XML")
        #expect(feed.all("entry").contains { $0.first("title")?.text == #"A & B <c> ]]> "q" end"# })
    }

    @Test func sitemapListsEveryPageButTheNotFoundPage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let sitemap = try #require(OutputReading.XMLTree.parse(try site.data("sitemap.xml")))
        #expect(sitemap.name == "urlset")
        let listed = sitemap.all("url").compactMap { $0.first("loc")?.text }
        let pages = SiteFixture.snapshot(site.output).filter { $0.key.hasSuffix(".html") && $0.key != "404.html" && !SiteFixture.isRedirect($0.value) }.keys
        let expected = pages.map { Self.base + ($0 == "index.html" ? "" : String($0.dropLast("index.html".count))) }
        #expect(Set(listed) == Set(expected))
        #expect(listed.count == expected.count)
        #expect(listed.contains(Self.base + "data/"))
        #expect(listed.first == Self.base)
        let casePage = sitemap.all("url").first { $0.first("loc")?.text == Self.base + "cases/qambarova-2021/" }
        #expect(casePage?.first("lastmod")?.text == "2021-03-04")
        #expect(try site.read("public/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: \(Self.base)sitemap.xml\n")
    }

    @Test func withoutBaseURLThereIsNoSitemapAndTheFeedUsesRelativeLinks() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: "")
        let result = site.build()
        #expect(result.succeeded && result.warnings.isEmpty)
        let files = SiteFixture.snapshot(site.output)
        #expect(files["sitemap.xml"] == nil)
        #expect(try site.read("public/robots.txt") == "User-agent: *\nAllow: /\n")
        let feed = try #require(OutputReading.XMLTree.parse(try site.data("feed.xml")), "feed.xml is not well-formed XML")
        #expect(feed.first("id")?.text == "urn:casebook:kazakhstan-political-cases-monitor:feed.xml")
        let entry = try #require(feed.all("entry").first)
        #expect(entry.first("id")?.text == "urn:casebook:kazakhstan-political-cases-monitor:cases:lesova-lepesova-2021")
        #expect(entry.first("link")?.attributes["href"] == "cases/lesova-lepesova-2021/index.html")
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("rel=\"canonical\""), "\(path) has a canonical link")
            #expect(!html.contains("og:url"), "\(path) has og:url")
            #expect(!html.contains("cases.example.org"), "\(path) mentions the old base_url")
        }
    }

    @Test func aVeryLargeSiteGetsASitemapIndex() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = site.archive()
        var sitemap = Sitemap(archive: archive, urls: SiteURLs(base: Self.base),
                              pages: ["index.html", "a/index.html", "b/index.html", "c/index.html", "404.html"])
        sitemap.limit = 2
        let files = sitemap.files()
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"])
        let index = try #require(OutputReading.XMLTree.parse(Data(files[0].bytes)))
        #expect(index.name == "sitemapindex")
        #expect(index.all("sitemap").compactMap { $0.first("loc")?.text } == [Self.base + "sitemap-1.xml", Self.base + "sitemap-2.xml"])
        let second = try #require(OutputReading.XMLTree.parse(Data(files[2].bytes)))
        #expect(second.all("url").compactMap { $0.first("loc")?.text } == [Self.base + "b/", Self.base + "c/"])
    }

    @Test func feedAndDataAreTheSameOnEveryBuild() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build(output: "one").succeeded)
        #expect(site.build(output: "two").succeeded)
        let names = ["feed.xml", "sitemap.xml", "robots.txt", "data/cases.json", "data/cases.csv", "data/people.csv",
                     "data/organizations.csv", "data/index.html"]
        for name in names {
            let one = try Data(contentsOf: site.root.appendingPathComponent("one/\(name)"))
            let two = try Data(contentsOf: site.root.appendingPathComponent("two/\(name)"))
            #expect(!one.isEmpty && one == two, "\(name) differs between builds")
        }
        // Nothing carries the time of the build.
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        #expect(!(try site.root.appendingPathComponent("one/feed.xml").contentsString()).contains(today))
    }
}

extension URL {
    func contentsString() throws -> String { try String(contentsOf: self, encoding: .utf8) }
}

/// The sitemap 0.9 schema takes a full date or a W3C date-time in `lastmod`, never a year
/// or a month alone, although cases may be dated that way.
@Suite struct SitemapDateTests {
    /// YYYY-MM-DD, or a W3C date-time.
    static func isFullDate(_ text: String) -> Bool {
        text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?/#) != nil
    }

    static func lastmods(_ site: SiteFixture) throws -> [String] {
        let sitemap = try #require(OutputReading.XMLTree.parse(try site.data("sitemap.xml")))
        return sitemap.all("url").compactMap { $0.first("lastmod")?.text }
    }

    @Test func theSamplesLastmodsAreFullDates() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let dates = try Self.lastmods(site)
        #expect(!dates.isEmpty)
        for date in dates { #expect(Self.isFullDate(date), "lastmod \(date)") }
    }

    @Test func casesDatedByYearOrMonthGetTheFirstDayOfThePeriod() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        for (n, updated) in ["2019", "2021-04", "2022-11-30", "2020-02"].enumerated() {
            try site.write("content/cases/generated-\(n).md", """
                ---
                title: Generated case \(n)
                status: trial
                people: [nazira-lesova]
                updated: \(updated)
                sources:
                  - {id: s, title: A report, url: 'https://example.org/\(n)'}
                ---
                Body.
                """)
        }
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        let dates = try Self.lastmods(site)
        for date in dates { #expect(Self.isFullDate(date), "lastmod \(date)") }
        #expect(Set(["2019-01-01", "2021-04-01", "2022-11-30", "2020-02-01"]).isSubset(of: Set(dates)), "\(dates)")
        // The feed makes its timestamps from the same full dates.
        let feed = try site.read("public/feed.xml")
        #expect(feed.contains("<updated>2021-04-01T00:00:00Z</updated>"))
    }
}
