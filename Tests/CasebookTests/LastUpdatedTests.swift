import Foundation
import Testing
@testable import CasebookKit

/// "Last updated" counts corrections: a case, person or organization corrected after its
/// `updated` date (or its last commit) was last updated on the correction's day, on its page,
/// in its history box and citation, in the case lists, the open data, the feed and the sitemap.
@Suite struct LastUpdatedTests {
    /// The sample's qambarova-2021 (`updated: 2021-03-04`) with corrections dated `dates`.
    static func corrected(_ dates: [String]) throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/cases/qambarova-2021.md", "updated: 2021-03-04\n", with: "updated: 2021-03-04\ncorrections:\n"
            + dates.map { "  - {date: \($0), note: A date was wrong.}\n" }.joined())
        return site
    }

    @Test func theLaterOfUpdatedAndTheCorrections() {
        func date(_ text: String) -> PartialDate { try! PartialDate.parse(text).get() }
        let corrections = [Correction(date: date("2022-05-01"), note: "a"), Correction(date: date("2021-01-02"), note: "b")]
        #expect(Correction.lastChange(date("2021-03-04"), corrections) == date("2022-05-01"))
        #expect(Correction.lastChange(date("2023-01-01"), corrections) == date("2023-01-01"))
        #expect(Correction.lastChange(nil, corrections) == date("2022-05-01"))
        #expect(Correction.lastChange(date("2021-03-04"), []) == date("2021-03-04"))
        #expect(Correction.lastChange(nil, []) == nil)
    }

    @Test func aCorrectionAfterUpdatedIsTheCasesLastUpdate() throws {
        let site = try Self.corrected(["2021-03-10", "2022-05-01"])
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let page = try site.read("public/cases/qambarova-2021/index.html")
        #expect(page.contains(#"<dt>Last updated</dt><dd><time datetime="2022-05-01">1 May 2022</time></dd>"#))
        #expect(page.contains("last updated 1 May 2022"))
        #expect(try site.read("public/data/cases.json").contains(#""updated":"2022-05-01""#))
        #expect(try site.read("public/sitemap.xml").contains(
            "<loc>https://cases.example.org/cases/qambarova-2021/</loc><lastmod>2022-05-01</lastmod>"))
        let feed = try site.read("public/feed.xml")
        let entry = try #require(feed.components(separatedBy: "<entry>").first { $0.contains("<id>https://cases.example.org/cases/qambarova-2021/</id>") })
        #expect(entry.contains("<updated>2022-05-01T00:00:00Z</updated>"))
        // The home page's list of recently updated cases says the same.
        #expect(try site.read("public/index.html").contains(#"<time datetime="2022-05-01">1 May 2022</time>"#))
    }

    @Test func aCorrectionBeforeUpdatedChangesNothing() throws {
        let site = try Self.corrected(["2021-03-01"])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try site.read("public/cases/qambarova-2021/index.html")
        #expect(page.contains(#"<dt>Last updated</dt><dd><time datetime="2021-03-04">4 March 2021</time></dd>"#))
        #expect(try site.read("public/data/cases.json").contains(#""updated":"2021-03-04""#))
    }

    /// With git, the history box's "Last updated" is the last commit's day, or front matter
    /// `updated`, unless a correction is dated later; a person's page alike.
    @Test func theHistoryBoxAndCitationCountACorrectionDatedAfterTheLastCommit() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n", with: "name: Nazira Lesova\ncorrections:\n  - {date: 2024-09-01, note: Her region was wrong.}\n")
        let git = try GitRepository.initialized(at: site.root)
        try git.commitAll("Add the archive", on: "2024-01-10")
        #expect(site.build().succeeded)
        let person = try site.read("public/people/nazira-lesova/index.html")
        #expect(person.contains(#"<dt>Last updated</dt><dd><time datetime="2024-09-01">1 September 2024</time>"#))
        #expect(person.contains("last updated 1 September 2024"))
        let other = try site.read("public/people/nazira-lepesova/index.html")
        #expect(other.contains(#"<dt>Last updated</dt><dd><time datetime="2024-01-10">10 January 2024</time>"#))
    }
}
