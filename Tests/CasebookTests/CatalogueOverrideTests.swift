import Foundation
import Testing
@testable import CasebookKit

/// A theme's i18n/en.yml changes a phrase or a month name on every page that shows it,
/// with no Swift change: built-in words (templates), Swift-made words (titles, sentences'
/// parts, pager), prerendered case entries and dates alike.
@Suite struct CatalogueOverrideTests {
    static func pages(_ site: SiteFixture) -> [String: String] {
        SiteFixture.snapshot(site.output).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aChangedPhraseAndMonthReachEveryPage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var result = site.build(output: "public")
        #expect(result.succeeded, "\(result.errors)")
        let before = Self.pages(site)
        try site.write("templates/i18n/en.yml", """
            # Only what changes; the rest stays the built-in English.
            case:
              charged_under: "Accused under"
            layout:
              skip: "Skip to the page"
            nav:
              people: "Persons"
            columns_cases_csv:
              case_id: "which case the row is about"
            months:
              nominative: [January, February, Martius, April, May, June, July, August, September, October, November, December]
              genitive: [January, February, Martii, April, May, June, July, August, September, October, November, December]
            """)
        try FileManager.default.removeItem(at: site.output)
        result = site.build(output: "public")
        #expect(result.succeeded, "\(result.errors)")
        let after = Self.pages(site)
        #expect(before.keys.sorted() == after.keys.sorted())
        // (old, new) pairs as the page shows them; for dates, the words in a <time> element.
        let changes = [("<dt>Charged under</dt>", "<dt>Accused under</dt>"), (">Skip to content<", ">Skip to the page<"),
                       (">People</a>", ">Persons</a>")]
        var datesInMarch = 0
        for (path, old) in before {
            let new = after[path]!
            for (was, now) in changes {
                #expect(!new.contains(was), "\(path) keeps \(was)")
                #expect(old.components(separatedBy: was).count == new.components(separatedBy: now).count, "\(path): \(now)")
            }
            let oldMarch = old.matches(of: #/datetime="\d{4}-03[^"]*">[^<]*March/#).count
            let newMarch = new.matches(of: #/datetime="\d{4}-03-\d\d">\d+ Martii \d{4}<|datetime="\d{4}-03">Martius \d{4}</#).count
            #expect(oldMarch == newMarch, "\(path)")
            #expect(new.matches(of: #/<time[^>]*>[^<]*March/#).isEmpty, "\(path)")
            datesInMarch += newMarch
        }
        #expect(datesInMarch > 5)
        #expect(after.values.contains { $0.contains("Skip to the page") })
        // The title of the people index and a timeline month heading are worded in Swift.
        #expect(after["people/index.html"]!.contains("<title>Persons · "))
        #expect(after["data/index.html"]!.contains("<code>case_id</code></dt><dd>which case the row is about</dd>"))
        #expect(after.contains { $0.key.hasPrefix("timeline/") && $0.value.contains(">Martius 20") })
    }

    /// A sentence with figures is one entry: a translation may move the figures, and each
    /// figure's noun takes the plural form of its number.
    @Test func sentencesWithFiguresAreWholeEntries() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/i18n/en.yml", """
            people:
              intro: "Of {people} in the archive, {persons}."
            timeline:
              dated_events: {one: "One dated event.", other: "Dated events: {count}."}
            data:
              counts_html: "Persons: {persons}; prosecutions: {prosecutions}."
            statistics:
              as_of_html: "As of {date}."
            """)
        let result = site.build(output: "public")
        #expect(result.succeeded, "\(result.errors)")
        let pages = Self.pages(site)
        #expect(pages["people/index.html"]!.matches(of: #/<p>Of \d+ people in the archive, \d+ persons prosecuted\.</p>/#).count == 1)
        #expect(pages["timeline/2011/index.html"]!.contains("<p>One dated event.</p>"))
        #expect(pages["timeline/2021/index.html"]!.contains(#/<p>Dated events: \d+\.</p>/#))
        #expect(pages["data/index.html"]!.contains(#/<p>Persons: <strong>\d+</strong> persons prosecuted; prosecutions: <strong>\d+</strong> prosecutions\.</p>/#))
        #expect(pages["statistics/index.html"]!.contains(#/<p>As of <time datetime="[\d-]+">[^<]+</time>\.</p>/#))
    }

    /// The built-in English says "1 dated event", not "1 dated events".
    @Test func oneTakesTheSingular() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build(output: "public").succeeded)
        let pages = Self.pages(site)
        // 2011 holds one event of the sample: the Supreme Court's ruling on Azimjan Askarov.
        #expect(pages["timeline/2011/index.html"]!.contains("<p>1 dated event.</p>"))
    }

    /// Saved by Notepad: a byte order mark and CRLF line ends read as the plain file does.
    @Test func aCatalogueWithAByteOrderMarkAndCRLFReads() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/i18n/en.yml", "\u{FEFF}nav:\r\n  cases: \"Prosecutions\"\r\n")
        let result = site.build(output: "public")
        #expect(result.succeeded, "\(result.errors)")
        #expect(Self.pages(site)["cases/index.html"]!.contains("<h1>Prosecutions</h1>"))
    }

    @Test func aBrokenCatalogueIsAThemeError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/i18n/en.yml", "case:\n  charged_under: \"{count} under\"\n")
        let result = site.build()
        #expect(!result.succeeded)
        #expect(result.errors.map(\.description) == ["templates/i18n/en.yml:2:18: error: unknown placeholder {count} in 'case.charged_under'; this entry has none"])
    }
}
