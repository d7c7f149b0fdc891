import Foundation
import Testing
@testable import CasebookKit

/// Long lists are split into pages: page 1 at the list's own address, the others under
/// `page/<n>/`, each with an accessible page navigation.
@Suite struct PaginationTests {
    @Test func pageCountsAndSlices() {
        let pages = Pagination(size: 100)
        #expect(pages.pageCount(0) == 1)
        #expect(pages.pageCount(100) == 1)
        #expect(pages.pageCount(101) == 2)
        #expect(pages.pageCount(250) == 3)
        #expect(Pagination(size: Int.max).pageCount(5) == 1)
        let items = Array(1...250)
        #expect(pages.slice(items, page: 1) == items[0..<100])
        #expect(pages.slice(items, page: 3) == items[200..<250])
        #expect(pages.slice([Int](), page: 1).isEmpty)
    }

    @Test func compactPageListKeepsEndsAndNeighbours() {
        #expect(Pagination.shown(page: 1, count: 1) == [1])
        #expect(Pagination.shown(page: 1, count: 10) == [1, 2, 3, 0, 10])
        #expect(Pagination.shown(page: 5, count: 10) == [1, 2, 3, 4, 5, 6, 7, 0, 10])
        #expect(Pagination.shown(page: 10, count: 10) == [1, 0, 8, 9, 10])
        #expect(Pagination.shown(page: 50, count: 100) == [1, 0, 48, 49, 50, 51, 52, 0, 100])
        #expect(Pagination.pager(first: "cases/index.html", page: 1, count: 1, words: .english) == nil)
    }

    @Test func addressesOfPages() {
        #expect(SitePaths.paged("cases/index.html", page: 1) == "cases/index.html")
        #expect(SitePaths.paged("cases/index.html", page: 2) == "cases/page/2/index.html")
        #expect(SitePaths.paged("regions/zhambyl-region/index.html", page: 7) == "regions/zhambyl-region/page/7/index.html")
    }

    @Test(arguments: [("0", true), ("-3", true), ("ten", true), ("2.5", true), ("[1]", true), ("25", false), ("1_000", false), ("1__000", true), ("0x10", true), ("1e3", true)])
    func pageSizeMustBeAPositiveWholeNumber(_ value: String, _ isError: Bool) throws {
        let (site, diagnostics, _) = SiteParser.parse("title: Site\npage_size: \(value)\n", path: "content/site.yml")
        if isError {
            let error = try #require(diagnostics.items.first)
            #expect(diagnostics.items.count == 1)
            #expect(error.position.line == 2 && error.position.column == 12, "\(error)")
            #expect(error.message.contains("'page_size'"))
            #expect(site.pageSize == 100)
        } else {
            #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
            #expect(site.pageSize == Int(value.replacingOccurrences(of: "_", with: "")))
        }
    }

    /// 250 generated cases on top of the sample's 6, with 100 per page.
    static func bigSite() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/site.yml", "licence: CC BY 4.0", with: "licence: CC BY 4.0\npage_size: 100")
        for n in 1...250 {
            let id = "generated-\(String(n).zeroPadded(3))"
            let day = String(n % 28 + 1).zeroPadded(2)
            try site.write("content/cases/\(id).md", """
                ---
                title: Generated case \(n)
                status: trial
                people: [nazira-lesova]
                region: Zhambyl Region
                events:
                  - {date: 2020-\(String(n % 12 + 1).zeroPadded(2))-\(day), type: charge, summary: Charged., sources: [s]}
                sources:
                  - {id: s, title: A report, url: 'https://example.org/\(n)'}
                ---
                Body.
                """)
        }
        return site
    }

    @Test func longListsArePagedAndEveryLinkResolves() throws {
        let site = try Self.bigSite()
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        let files = SiteFixture.snapshot(site.output)

        // 256 cases: three pages, the first at the old address.
        #expect(files["cases/index.html"] != nil)
        #expect(files["cases/page/2/index.html"] != nil && files["cases/page/3/index.html"] != nil)
        #expect(files["cases/page/1/index.html"] == nil && files["cases/page/4/index.html"] == nil)
        var seen: [String] = []
        for (page, expected) in [("cases/index.html", 100), ("cases/page/2/index.html", 100), ("cases/page/3/index.html", 56)] {
            let html = String(decoding: files[page] ?? Data(), as: UTF8.self)
            let entries = Self.caseEntries(html)
            #expect(entries.count == expected, "\(page)")
            seen += entries.map { SiteFixture.normalize((page as NSString).deletingLastPathComponent + "/" + $0) }
        }
        #expect(Set(seen).count == 256 && seen.count == 256)

        let second = String(decoding: files["cases/page/2/index.html"] ?? Data(), as: UTF8.self)
        #expect(second.contains("<nav class=\"pages\" aria-label=\"Pages\">"))
        #expect(second.contains("Page 2 of 3"))
        #expect(second.contains("<title>Cases, page 2 of 3 · "))
        #expect(second.contains("<a rel=\"prev\" href=\"../../../cases/index.html\">"))
        #expect(second.contains("<a rel=\"next\" href=\"../../../cases/page/3/index.html\">"))
        #expect(second.contains("href=\"../../../cases/page/2/index.html\" aria-current=\"page\""))
        let first = String(decoding: files["cases/index.html"] ?? Data(), as: UTF8.self)
        #expect(!first.contains("rel=\"prev\"") && first.contains("<a rel=\"next\" href=\"../cases/page/2/index.html\">"))

        // Facet values and the timeline year are paged the same way; short lists are not.
        for list in ["statuses/trial", "regions/zhambyl-region", "timeline/2020"] {
            #expect(files["\(list)/page/3/index.html"] != nil && files["\(list)/page/4/index.html"] == nil, "\(list)")
        }
        #expect(files["statuses/sentenced/page/2/index.html"] == nil && files["people/page/2/index.html"] == nil)
        #expect(result.pagesWritten == files.filter { $0.key.hasSuffix(".html") && !SiteFixture.isRedirect($0.value) }.count)
        #expect(Self.unresolvedLinks(files).isEmpty, "\(Self.unresolvedLinks(files).prefix(5))")
    }

    @Test func smallPageSizePagesPeopleToo() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "licence: CC BY 4.0", with: "licence: CC BY 4.0\npage_size: 1")
        #expect(site.build().succeeded)
        let files = SiteFixture.snapshot(site.output)
        // The sample's 8 people, one a page.
        #expect(files["people/page/8/index.html"] != nil && files["people/page/9/index.html"] == nil)
        #expect(files["cases/page/2/index.html"] != nil)
        #expect(Self.unresolvedLinks(files).isEmpty, "\(Self.unresolvedLinks(files).prefix(5))")
    }

    /// A link to a month of the timeline is the year's address with its anchor
    /// (`timeline/2021/#m3`): once earlier events fill the first page, the month begins on a
    /// later one, and the first page links to it under the same anchor.
    @Test func everyMonthOfASplitYearIsFoundFromTheYearsAddress() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "licence: CC BY 4.0", with: "licence: CC BY 4.0\npage_size: 1")
        #expect(site.build().succeeded)
        let files = SiteFixture.snapshot(site.output)
        let anchor = try NSRegularExpression(pattern: #"id="(m[0-9]+|undated)""#)
        func anchors(_ path: String) -> Set<String> {
            let html = String(decoding: files[path] ?? Data(), as: UTF8.self)
            return Set(anchor.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } })
        }
        var split = 0
        for (path, _) in files where path.hasPrefix("timeline/") && path.hasSuffix("/index.html") && path.split(separator: "/").count == 3 {
            let folder = String(path.dropLast("index.html".count))
            let later = files.keys.filter { $0.hasPrefix(folder + "page/") }
            guard !later.isEmpty else { continue }
            split += 1
            let first = anchors(path)
            for page in later {
                #expect(anchors(page).isSubset(of: first), "\(page): \(anchors(page).subtracting(first)) not on \(path)")
            }
        }
        #expect(split > 0)
        // The first page's link goes to the page the month begins on, at the month.
        let first = String(decoding: files["timeline/2021/index.html"] ?? Data(), as: UTF8.self)
        #expect(first.contains(#"<nav class="timeline-months" aria-label="Later months, on the next pages">"#), "\(first)")
        #expect(first.contains(#"<li id="m3"><a href="../../timeline/2021/page/"#))
    }

    /// The links of the entries of a case list.
    static func caseEntries(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<li class="case-item">\s*<h3><a href="([^"]*)""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// Relative links in the HTML files that name no file of the site.
    static func unresolvedLinks(_ files: [String: Data]) -> [String] {
        var missing: [String] = []
        for (path, data) in files where path.hasSuffix(".html") {
            let folder = (path as NSString).deletingLastPathComponent
            for link in SiteFixture.links(in: String(decoding: data, as: UTF8.self)) where !link.contains(":") {
                let target = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                if !target.isEmpty, files[SiteFixture.normalize(folder + "/" + target)] == nil { missing.append("\(path): \(link)") }
            }
        }
        return missing
    }
}

extension String {
    func zeroPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
