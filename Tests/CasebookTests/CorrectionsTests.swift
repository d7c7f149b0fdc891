import Foundation
import Testing
@testable import CasebookKit

/// Corrections of cases, people and organizations: the box on each corrected page, the
/// site-wide `/corrections/` page (newest first, each linking to its correction), the feed's
/// entries, their translations and the leak check reading them.
@Suite struct CorrectionsTests {
    /// The English sample (Koshe Party corrected on 5 March 2021) with two corrections of a
    /// case (one of them on a day a person was corrected too) and two of one person on one day.
    static func correctedSite(_ languages: SiteFixture.Languages = .english) throws -> SiteFixture {
        let site = try SiteFixture(languages)
        try site.replace("content/cases/qambarova-2021.md", "updated: 2021-03-04\n", with: """
            updated: 2021-03-04
            corrections:
              - date: 2021-04-01
                note: The sentence was given as three years <not two>.
              - date: 2021-03-10
                note: The court's name was misspelt.

            """)
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n", with: """
            name: Nazira Lesova
            corrections:
              - date: 2021-04-01
                note: Her region was given as Almaty.
              - date: 2021-04-01
                note: A source's date was wrong.

            """)
        return site
    }

    static func errors(_ result: BuildResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    /// The `href`s of the page's list of corrections, in order.
    static func listed(_ html: String) throws -> [String] {
        let list = try #require(html.components(separatedBy: "<ol class=\"corrections-list\">").dropFirst().first)
        return SiteFixture.links(in: list.components(separatedBy: "</ol>")[0])
    }

    @Test func thePageListsEveryCorrectionNewestFirstWithRelativeLinks() throws {
        let site = try Self.correctedSite()
        defer { site.remove() }
        let result = site.build()
        #expect(Self.errors(result).isEmpty, "\(result.diagnostics)")
        let page = try site.read("public/corrections/index.html")
        // One date: the case first, then the person; one page's, the later written first.
        #expect(try Self.listed(page) == [
            "../cases/qambarova-2021/index.html#correction-2021-04-01",
            "../people/nazira-lesova/index.html#correction-2021-04-01-2",
            "../people/nazira-lesova/index.html#correction-2021-04-01",
            "../cases/qambarova-2021/index.html#correction-2021-03-10",
            "../organizations/koshe-party/index.html#correction-2021-03-05",
        ])
        #expect(page.contains("<h1 dir=\"auto\">Corrections</h1>"))
        #expect(page.contains("<p class=\"corrections-count\">5 corrections, the newest first.</p>"))
        #expect(page.contains("""
            <li>
            <p class="corrections-page-link"><time datetime="2021-04-01">1 April 2021</time> · <a href="../cases/qambarova-2021/index.html#correction-2021-04-01" dir="auto">Taraz court sentences Zhazira Qambarova</a></p>
            <p class="corrections-note" dir="auto">The sentence was given as three years &lt;not two&gt;.</p>
            </li>
            """))
        // Every page's footer links to it; the sitemap lists it.
        #expect(try site.read("public/cases/index.html").contains(#"<a href="../corrections/index.html">Corrections</a>"#))
        #expect(try site.read("public/sitemap.xml").contains("<loc>https://cases.example.org/corrections/</loc>"))
    }

    @Test func eachCorrectedPageHasAMarkedBoxWithAnchors() throws {
        let site = try Self.correctedSite()
        defer { site.remove() }
        #expect(Self.errors(site.build()).isEmpty)
        let person = try site.read("public/people/nazira-lesova/index.html")
        #expect(person.contains("""
            <section class="corrections-box" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">Corrections to this page</h2>
            <ol class="corrections">
            <li id="correction-2021-04-01"><time datetime="2021-04-01">1 April 2021</time>: <bdi>Her region was given as Almaty.</bdi></li>
            <li id="correction-2021-04-01-2"><time datetime="2021-04-01">1 April 2021</time>: <bdi>A source&#39;s date was wrong.</bdi></li>
            </ol>
            <p class="corrections-all"><a href="../../corrections/index.html">All corrections in the archive</a></p>
            </section>
            """), "\(person)")
        // A case's, oldest first whatever the order written.
        let record = try site.read("public/cases/qambarova-2021/index.html")
        let first = try #require(record.range(of: "<li id=\"correction-2021-03-10\">"))
        let second = try #require(record.range(of: "<li id=\"correction-2021-04-01\">"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(try site.read("public/organizations/koshe-party/index.html").contains("<li id=\"correction-2021-03-05\">"))
        // A page without corrections has no box.
        #expect(try !site.read("public/people/nazira-lepesova/index.html").contains("corrections-box"))
    }

    @Test func eachCorrectionIsAnEntryOfTheFeed() throws {
        let site = try Self.correctedSite()
        defer { site.remove() }
        #expect(Self.errors(site.build()).isEmpty)
        let feed = try site.read("public/feed.xml")
        #expect(feed.contains("""
            <entry>
            <title>Correction: Nazira Lesova</title>
            <link rel="alternate" type="text/html" href="https://cases.example.org/people/nazira-lesova/#correction-2021-04-01-2"/>
            <id>https://cases.example.org/people/nazira-lesova/#correction-2021-04-01-2</id>
            <updated>2021-04-01T00:00:00Z</updated>
            <content type="text">A source's date was wrong.</content>
            <category term="correction" label="Correction"/>
            </entry>
            """), "\(feed)")
        #expect(feed.contains("<content type=\"text\">The sentence was given as three years &lt;not two&gt;.</content>"))
        // The feed is as new as its newest entry, a correction here.
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n<title>"))
        #expect(feed.contains("\n<updated>2021-04-01T00:00:00Z</updated>\n<author>"))
        // A correction is a change: the case (`updated: 2021-03-04`) was last updated by its
        // correction of 1 April, and its entry, dated that day, comes before that day's corrections.
        let correction = try #require(feed.range(of: "<title>Correction: Taraz court sentences Zhazira Qambarova</title>"))
        let caseEntry = try #require(feed.range(of: "<title>Taraz court sentences Zhazira Qambarova</title>"))
        #expect(caseEntry.lowerBound < correction.lowerBound)
        #expect(feed[caseEntry.upperBound...].components(separatedBy: "</entry>")[0].contains("<updated>2021-04-01T00:00:00Z</updated>"))
        #expect(feed.components(separatedBy: "<title>Correction: ").count - 1 == 5)
    }

    @Test func withoutBaseURLFeedIdsAreNamesAndLinksRelative() throws {
        let site = try Self.correctedSite()
        defer { site.remove() }
        try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: "")
        #expect(Self.errors(site.build()).isEmpty)
        let feed = try site.read("public/feed.xml")
        #expect(feed.contains(#"<link rel="alternate" type="text/html" href="organizations/koshe-party/index.html#correction-2021-03-05"/>"#))
        #expect(feed.contains("<id>urn:casebook:kazakhstan-political-cases-monitor:organizations:koshe-party:correction-2021-03-05</id>"), "\(feed)")
    }

    @Test func aRussianPageTranslatesNotesAndMarksTheOthers() throws {
        let site = try Self.correctedSite(.sample)
        defer { site.remove() }
        // The person's Russian translation gives the first note only.
        try site.replace("content/people/nazira-lesova.ru.md", "---\n", with: "---\ncorrections:\n  - note: Её регион был указан как Алматы.\n  -\n")
        let result = site.build()
        #expect(Self.errors(result).isEmpty, "\(result.diagnostics)")
        let page = try site.read("public/ru/corrections/index.html")
        #expect(try Self.listed(page).first == "../cases/qambarova-2021/index.html#correction-2021-04-01")
        #expect(page.contains("<h1 dir=\"auto\">Исправления</h1>"))
        #expect(page.contains("<p class=\"corrections-count\">5 исправлений, новые вверху.</p>"))
        #expect(page.contains(#"<p class="corrections-note" dir="auto">Её регион был указан как Алматы.</p>"#))
        #expect(page.contains(#"<p class="corrections-note" dir="auto" lang="en">A source&#39;s date was wrong.</p>"#))
        #expect(page.contains(#"<p class="corrections-note" dir="auto">В прежней версии годом запрета был назван 2019-й; суд запретил партию в мае 2020 года, как сообщает источник.</p>"#))
        let person = try site.read("public/ru/people/nazira-lesova/index.html")
        #expect(person.contains(#"<li id="correction-2021-04-01-2"><time datetime="2021-04-01">1 апреля 2021</time>: <bdi lang="en">A source&#39;s date was wrong.</bdi></li>"#))
        #expect(person.contains(#"<p class="corrections-all"><a href="../../corrections/index.html">Все исправления в архиве</a></p>"#))
        let feed = try site.read("public/ru/feed.xml")
        #expect(feed.contains("<title>Исправление: Назира Лесова</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"https://cases.example.org/ru/people/nazira-lesova/#correction-2021-04-01\"/>"), "\(feed)")
        let kazakh = try site.read("public/kk/corrections/index.html")
        #expect(kazakh.contains("<p class=\"corrections-count\">5 түзету, ең жаңалары жоғарыда.</p>"))
    }

    @Test func aTranslationListsOneNoteForEachCorrection() throws {
        let site = try Self.correctedSite(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.ru.md", "---\n", with: "---\ncorrections:\n  - note: Одно.\n")
        try site.replace("content/organizations/koshe-party.kk.md", "corrections:\n  - note:", with: "corrections:\n  - date: 2021-03-05\n    note:")
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(Self.errors(result) == [
            "content/organizations/koshe-party.kk.md:7:5: error: 'date' of a correction is a fact and comes from content/organizations/koshe-party.md; a translation gives only its 'note': remove it",
            "content/people/nazira-lesova.ru.md:2:1: error: 'corrections' lists 1 entry but content/people/nazira-lesova.md has 2 entries; list them in the same order, one for each (an empty '-' keeps one untranslated)",
        ], "\(result.diagnostics)")
    }

    @Test func theLeakCheckReadsPeopleAndOrganizationsCorrections() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/people/defendant-c.md", "---\nname: Zhanar Sekretova\nprotect: initials\n---\n")
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova\n",
                         with: "name: Nazira Lesova\ncorrections:\n  - {date: 2021-04-01, note: An earlier version confused her with Zhanar Sekretova.}\n")
        try site.replace("content/organizations/koshe-party.md", "note: An earlier version gave 2019",
                         with: "note: Sekretova's name was left out; an earlier version gave 2019")
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(Self.errors(result) == [
            "content/organizations/koshe-party.md:20:11: error: this text names a protected person by their surname (protected in content/people/defendant-c.md): write 'Z. S.' instead",
            "content/people/nazira-lesova.md:4:30: error: this text names a protected person by their name (protected in content/people/defendant-c.md): write 'Z. S.' instead",
        ], "\(result.diagnostics)")
    }

    @Test func thePageIsPlannedOnlyWhenSomethingWasCorrected() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = { try StatisticsTests.archive(site) }
        #expect(SitePlan(archive: try archive()).pages.contains { $0.page == .corrections && $0.path == "corrections/index.html" })
        // The sample's one correction removed: no page, no footer link, corrections.md a free page.
        try site.replace("content/organizations/koshe-party.md", "corrections:\n  - date: 2021-03-05\n    note: An earlier version gave 2019 as the year of the ban; the court banned the party in May 2020, as the source reports.\n", with: "")
        #expect(!SitePlan(archive: try archive()).pages.contains { $0.page == .corrections })
        try site.write("content/pages/corrections.md", "---\ntitle: How we correct\n---\nWe correct.\n")
        let result = site.build()
        #expect(Self.errors(result).isEmpty, "\(result.diagnostics)")
        let policy = try site.read("public/corrections/index.html")
        #expect(policy.contains("<p>We correct.</p>") && !policy.contains("corrections-list"))
        #expect(try !site.read("public/cases/index.html").contains("Corrections</a></p>"))
    }

    @Test func correctionsMdIntroducesThePage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/pages/corrections.md", "---\ntitle: How we correct\nsummary: Our policy.\n---\nWe correct <em>openly</em>.\n")
        let result = site.build()
        #expect(Self.errors(result).isEmpty, "\(result.diagnostics)")
        let page = try site.read("public/corrections/index.html")
        #expect(page.contains("<h1 dir=\"auto\">How we correct</h1>"))
        #expect(page.contains("<p class=\"lede\" dir=\"auto\">Our policy.</p>"))
        #expect(page.contains("corrections-list"))
        // Written once, and linked once from the footer, by the footer's word.
        let footer = try site.read("public/cases/index.html")
        #expect(footer.components(separatedBy: "../corrections/index.html").count - 1 == 1)
    }

    /// A theme made before /corrections/ gets the built-in template (`BuiltInTheme`).
    @Test func aThemeWithoutTheTemplateUsesTheBuiltInOne() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/corrections.mustache"))
        let result = site.build()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("corrections/index.html").path))
        #expect(try site.read("public/cases/index.html").contains("corrections/index.html"))
        #expect(try site.read("public/organizations/koshe-party/index.html").contains("<li id=\"correction-2021-03-05\">"))
    }
}
