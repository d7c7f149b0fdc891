import Foundation
import Testing
@testable import CasebookKit

/// `/held/`: who is held now, as of the build's day, with the filters by recognition, the
/// home page's count and the navigation link; none of it in an archive without custody.
@Suite struct HeldPagesTests {
    @Test func theListSaysWhoIsHeldSinceWhenAndForHowLong() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        let result = HeldFixture.build(site)
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let page = try HeldFixture.main(site, "held/index.html")
        #expect(page.contains("<h1>Held now: 2 people as of 1 January 2024</h1>"))
        #expect(try site.read("public/held/index.html").contains("<title>Held now: 2 people as of 1 January 2024 · "))
        // Longest held first; Lepesova's three days ended long ago, and freedom limitation is not custody.
        let qambarova = try #require(page.range(of: #"id="held-zhazira-qambarova""#))
        let lesova = try #require(page.range(of: #"id="held-nazira-lesova""#))
        #expect(qambarova.lowerBound < lesova.lowerBound && !page.contains("nazira-lepesova"))
        #expect(page.contains(##"<h2><a href="../people/zhazira-qambarova/index.html" dir="auto">Zhazira Qambarova</a></h2>"##))
        #expect(page.contains(#"<div><dt>Held since</dt><dd><time datetime="2020-11-02">2 November 2020</time>; in custody without a break since 10 September 2020</dd></div>"#))
        // 10 September 2020 to 1 January 2024, both days counted.
        #expect(page.contains("<div><dt>Days in custody</dt><dd>1,209 days</dd></div>"))
        #expect(page.contains(#"<div><dt>Measure</dt><dd dir="auto">house arrest</dd></div>"#))
        #expect(page.contains(#"<div><dt>Place</dt><dd dir="auto">Taraz</dd></div>"#))
        #expect(page.contains(##"<div><dt>Case</dt><dd><a href="../cases/qambarova-2021/index.html" dir="auto">Taraz court sentences Zhazira Qambarova</a></dd></div>"##))
        // A month counts from its first day, and the total says "about"; her earlier ten days count too.
        #expect(page.contains(#"<div><dt>Held since</dt><dd><time datetime="2021-03">March 2021</time></dd></div>"#))
        #expect(page.contains("<dd>about 1,047 days</dd>"))
        #expect(page.contains(#"<p class="figure-note">“About”: the total rests on a date"#))
        // No letters address and no support_url: no link of a person's own; the page links
        // to /letters/ once, under its heading, so the page of addresses is never an orphan.
        #expect(!page.contains("letters/index.html#") && !page.contains("noopener"))
        #expect(page.contains(#"<p><a href="../letters/index.html">Addresses of everyone held now</a></p>"#))
    }

    /// Each person's photo, with its text alternative, else the name; a protected person's
    /// photo is never published, so never shown.
    @Test func thePhotosHaveTheirTextAlternative() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "\naliases:", with: "\nphoto: {file: media/nazira.jpg, alt: Nazira Lesova outside the court}\naliases:")
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nphoto: media/zhazira.jpg\n")
        for name in ["nazira", "zhazira"] { try site.write("content/media/\(name).jpg", "not really a photo") }
        #expect(HeldFixture.build(site).exitStatus == 0)
        let page = try HeldFixture.main(site, "held/index.html")
        #expect(page.contains(#"<img class="portrait" src="../media/nazira.jpg" alt="Nazira Lesova outside the court" width="96">"#))
        #expect(page.contains(#"<img class="portrait" src="../media/zhazira.jpg" alt="Zhazira Qambarova" width="96">"#))
        // Protected (and her file renamed to a neutral id): no photo.
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: pseudonym\npseudonym: Defendant A\n")
        let archive = HeldFixture.archive(site)
        let entry = try #require(HeldPeople(archive: archive, items: Items(archive: archive)).person("zhazira-qambarova"))
        #expect(entry.name == "Defendant A" && entry.photo == nil && entry.photoAlt == nil)
    }

    @Test func theFiltersListTheRecognisedAndEachOrganization() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        #expect(HeldFixture.build(site).exitStatus == 0)
        let all = try HeldFixture.main(site, "held/index.html")
        #expect(all.contains(#"<nav class="held-filters" aria-label="Filter by recognition">"#))
        #expect(all.contains(##"<li><a href="../held/index.html" aria-current="page" dir="auto">Everyone held now</a> <span class="count">2</span></li>"##))
        #expect(all.contains(##"<li><a href="../held/recognised/index.html" dir="auto">Recognised as political prisoners</a> <span class="count">1</span></li>"##))
        #expect(all.contains(##"<li><a href="../held/recognised/dvk/index.html" dir="auto">Democratic Choice of Kazakhstan</a> <span class="count">1</span></li>"##))
        let recognised = try HeldFixture.main(site, "held/recognised/index.html")
        #expect(recognised.contains("<h1>Held now and recognised as a political prisoner: 1 person as of 1 January 2024</h1>"))
        #expect(recognised.contains(##"<a href="../../held/recognised/index.html" aria-current="page" dir="auto">"##))
        #expect(recognised.contains("held-nazira-lesova") && !recognised.contains("held-zhazira-qambarova"))
        let dvk = try HeldFixture.main(site, "held/recognised/dvk/index.html")
        #expect(dvk.contains("<h1>Held now and recognised as a political prisoner by Democratic Choice of Kazakhstan: 1 person as of 1 January 2024</h1>"))
        #expect(dvk.contains(##"<a href="../../../held/recognised/dvk/index.html" aria-current="page" dir="auto">"##))
        #expect(dvk.contains("held-nazira-lesova") && !dvk.contains("held-zhazira-qambarova"))
        // Only organizations that recognised someone held now get a page.
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("held/recognised/koshe-party").path))
        // In the sitemap, like every page.
        let sitemap = try site.read("public/sitemap.xml")
        for path in ["held/", "held/recognised/", "held/recognised/dvk/"] { #expect(sitemap.contains("https://cases.example.org/\(path)")) }
    }

    @Test func withoutRecognitionThereAreNoFilters() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "recognised:\n  - {by: dvk, date: 2021-05}\n", with: "")
        #expect(HeldFixture.build(site).exitStatus == 0)
        #expect(!(try HeldFixture.main(site, "held/index.html")).contains("held-filters"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("held/recognised").path))
    }

    @Test func theHomePageCountsThePeopleHeldNowAndEveryPageLinksTheList() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        #expect(HeldFixture.build(site).exitStatus == 0)
        let home = try site.read("public/index.html")
        #expect(home.contains(#"<div><dt><a href="held/index.html">people held now</a> <span class="as-of">as of 1 January 2024</span></dt><dd>2</dd></div>"#))
        #expect(home.contains(#"<li><a href="held/index.html">Held now</a></li>"#))
        #expect(try site.read("public/cases/index.html").contains(#"<li><a href="../held/index.html">Held now</a></li>"#))
        #expect(try site.read("public/held/index.html").contains(#"<li><a href="../held/index.html" aria-current="page">Held now</a></li>"#))
        // The count agrees with the list, page by page.
        let archive = HeldFixture.archive(site)
        #expect(archive.custody.heldNow == ["zhazira-qambarova", "nazira-lesova"])
        // On 1 October 2020 only Qambarova was held, in pre-trial detention.
        #expect(HeldFixture.build(site, asOf: PartialDate(year: 2020, month: 10, day: 1)!).exitStatus == 0)
        #expect(try site.read("public/index.html").contains(#"<span class="as-of">as of 1 October 2020</span></dt><dd>1</dd>"#))
        let early = try HeldFixture.main(site, "held/index.html")
        #expect(early.contains("<h1>Held now: 1 person as of 1 October 2020</h1>"))
        #expect(early.contains("<dd>22 days</dd>") && early.contains("pre-trial detention") && !early.contains("nazira-lesova"))
        // Before every period: the archive records custody, and no one is held on that day.
        #expect(HeldFixture.build(site, asOf: PartialDate(year: 2019, month: 1, day: 1)!).exitStatus == 0)
        let none = try HeldFixture.main(site, "held/index.html")
        #expect(none.contains("<h1>Held now: 0 people as of 1 January 2019</h1>") && none.contains("<p>No one on this list is held as of 1 January 2019.</p>"))
        #expect(!none.contains("participant") && !none.contains("held-filters"))
        #expect(try site.read("public/index.html").contains(#"<span class="as-of">as of 1 January 2019</span></dt><dd>0</dd>"#))
    }

    @Test func aLongListIsSplitIntoPages() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        try site.replace("content/site.yml", "language: en\n", with: "language: en\npage_size: 1\n")
        #expect(HeldFixture.build(site).exitStatus == 0)
        let second = try HeldFixture.main(site, "held/page/2/index.html")
        #expect(second.contains("held-nazira-lesova") && !second.contains("held-zhazira-qambarova"))
        #expect(try site.read("public/held/page/2/index.html").contains("<title>Held now: 2 people as of 1 January 2024, page 2 of 2 · "))
        #expect(try HeldFixture.main(site, "held/index.html").contains(##"<a href="../held/page/2/index.html">"##))
    }

    /// The dev server serves the lists as the build writes them, and follows an edit that
    /// ends someone's custody (the quick path of a case file, then the full link).
    @Test func theDevServerServesTheListsAsBuilt() throws {
        let fixture = try HeldFixture.make(.sample)
        defer { fixture.remove() }
        // Counted at the latest update (5 March 2021), as the dev server is not told a day:
        // her recognition must be made by then to put her on the recognised lists.
        try fixture.replace("content/people/nazira-lesova.md", "{by: dvk, date: 2021-05}", with: "{by: dvk, date: 2021-03}")
        let site = DevSite(options: DevSiteTests.options(fixture))
        try DevSiteTests.expectSameAsBuild(site, fixture)
        #expect(site.file(at: "held/index.html") != nil && site.file(at: "kk/held/recognised/dvk/index.html") != nil)
        let file = "content/cases/lesova-lepesova-2021.md"
        try fixture.replace(file, "{from: 2021-03, kind: prison, sources: [azattyq-2021-03-03]}", with: "{from: 2021-03, to: 2021-03-04, kind: prison, sources: [azattyq-2021-03-03]}")
        site.changed([fixture.root.appendingPathComponent(file).path])
        site.settle()
        let held = String(decoding: site.file(at: "held/index.html") ?? [], as: UTF8.self)
        #expect(held.contains("<h1>Held now: 1 person as of ") && !held.contains("held-nazira-lesova"))
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    /// An archive that never records custody says nothing of who is held: no "held now: 0".
    @Test func anArchiveWithoutCustodyHasNoneOfIt() throws {
        let site = try SiteFixture(.sample, withCustody: false)
        defer { site.remove() }
        #expect(HeldFixture.build(site).exitStatus == 0)
        for language in ["", "ru/", "kk/"] {
            #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(language + "held").path))
            let home = try site.read("public/\(language)index.html")
            #expect(!home.contains("held/") && !home.contains("Held now") && !home.contains("под стражей"))
        }
        #expect(!(try site.read("public/people/nazira-lesova/index.html")).contains("custody"))
        #expect(!(try site.read("public/cases/qambarova-2021/index.html")).contains("held-heading"))
    }

    /// A theme made before `held.mustache` gets the built-in one (`BuiltInTheme`).
    @Test func aThemeWithoutTheHeldTemplateUsesTheBuiltInOne() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/held.mustache"))
        let result = HeldFixture.build(site)
        #expect(result.exitStatus == 0)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("held/index.html").path))
        let plain = try SiteFixture(withCustody: false)
        defer { plain.remove() }
        try FileManager.default.removeItem(at: plain.root.appendingPathComponent("templates/held.mustache"))
        #expect(plain.build().exitStatus == 0)
    }

    /// The compiled renderer gives swift-mustache's bytes on every page of an archive with
    /// custody (the held lists, the custody tables, the case blocks, the home count).
    @Test func theCompiledRendererMatchesSwiftMustache() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        let archive = HeldFixture.archive(site)
        let (loaded, problems) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let theme = try #require(loaded, "\(problems)")
        let compiled = try #require(theme.compiled)
        let renderer = SiteRenderer(archive: archive, theme: theme, includeDrafts: false)
        var held = 0
        for (path, job, _) in renderer.plan.pages {
            let page = renderer.page(job, at: path)
            let fast = try TemplateRenderer.render(page.template, context: page, templates: compiled)
            #expect(String(decoding: fast, as: UTF8.self) == theme.library.render(page, withTemplate: page.template), "\(path)")
            if page.template == "held" { held += 1 }
        }
        #expect(held == 3)
        #expect(theme.fallbacks.recorded.isEmpty, "\(theme.fallbacks.lines)")
    }
}
