import Foundation
import Testing
@testable import CasebookKit

/// `/letters/` and the person page's letters block, built at a fixed day (`--as-of`).
@Suite struct LettersPageTests {
    /// The sample with Nazira Lesova in prison since 5 March 2021 and Nazira Lepesova in
    /// pre-trial detention since 1 June 2022 (test data, not the sample's facts), both with
    /// letters; Zhazira Qambarova, never held, with letters and a support page.
    static func heldSite(_ languages: SiteFixture.Languages = .english) throws -> SiteFixture {
        let site = try SiteFixture(languages, withCustody: false)
        let record = "content/cases/lesova-lepesova-2021.md"
        try site.replace(record, "  - person: nazira-lesova\n    role: defendant\n",
                         with: "  - person: nazira-lesova\n    role: defendant\n    custody: [{from: 2021-03-05, kind: prison, sources: [rferl-2021-03-04]}]\n")
        try site.replace(record, "  - person: nazira-lepesova\n    role: defendant\n",
                         with: "  - person: nazira-lepesova\n    role: defendant\n    custody: [{from: 2022-06-01, kind: pretrial-detention, sources: [rferl-2021-03-04]}]\n")
        try site.replace("content/people/nazira-lesova.md", "region: Zhambyl Region\n", with: """
            region: Zhambyl Region
            letters:
              address: |
                Nazira Lesova
                Penal colony No. 7 <box 158/7>
                Taraz
              as_of: 2023-11
              note: letters in Russian only
            support_url: https://fund.example.org/lesova?a=1&b=2

            """)
        try site.replace("content/people/nazira-lepesova.md", "region: Zhambyl Region\n",
                         with: "region: Zhambyl Region\nletters: {address: \"Pre-trial detention centre No. 1, Taraz\"}\n")
        try site.replace("content/people/zhazira-qambarova.md", "region: Zhambyl Region\n",
                         with: "region: Zhambyl Region\nletters: {address: Taraz}\nsupport_url: https://fund.example.org/qambarova\n")
        return site
    }

    static func build(_ site: SiteFixture, asOf: String = "2024-01-01") -> BuildResult {
        var options = BuildOptions(relativeTo: site.root)
        options.asOf = AsOfChoice.parse(asOf)
        return Builder.build(options)
    }

    static func errors(_ result: BuildResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test func heldPeopleWithAnAddressAreListedLongestHeldFirst() throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        let result = Self.build(site)
        #expect(Self.errors(result).isEmpty && result.renderFallbacks.isEmpty, "\(result.diagnostics) \(result.renderFallbacks)")
        #expect(result.diagnostics.contains { $0.description == "content/people/zhazira-qambarova.md:18:1: warning: letters are published only while the person is held, and no published case holds 'zhazira-qambarova' in custody as of 2024-01-01: remove 'letters', or give the custody period that holds them in their case" })
        let page = try site.read("public/letters/index.html")
        #expect(page.contains("<h1 dir=\"auto\">Letters to people held now</h1>"))
        #expect(page.contains(#"<p class="letters-intro">2 people held as of <time datetime="2024-01-01">1 January 2024</time> have an address for letters in the archive.</p>"#))
        #expect(page.contains("""
            <li id="nazira-lesova">
            <h2><a href="../people/nazira-lesova/index.html" dir="auto">Nazira Lesova</a></h2>
            <p class="letters-address" dir="auto">Nazira Lesova<br>Penal colony No. 7 &lt;box 158/7&gt;<br>Taraz</p>
            <p class="letters-as-of">Address as of <time datetime="2023-11">November 2023</time></p>
            <p class="letters-note" dir="auto">letters in Russian only</p>
            <p class="support"><a href="https://fund.example.org/lesova?a=1&amp;b=2" rel="noopener noreferrer">How to support</a></p>
            </li>
            <li id="nazira-lepesova">
            <h2><a href="../people/nazira-lepesova/index.html" dir="auto">Nazira Lepesova</a></h2>
            <p class="letters-address" dir="auto">Pre-trial detention centre No. 1, Taraz</p>
            </li>
            </ul>
            """))
        #expect(!page.contains("zhazira-qambarova"))
        // The person page: the block while held, with a link to the entry; the support link.
        let held = try site.read("public/people/nazira-lesova/index.html")
        #expect(held.contains(#"<section class="letters" aria-labelledby="letters-heading">"#))
        #expect(held.contains(#"<p><a href="../../letters/index.html#nazira-lesova">Addresses of everyone held now</a></p>"#))
        let free = try site.read("public/people/zhazira-qambarova/index.html")
        #expect(!free.contains("letters-heading") && !free.contains("Taraz</p>"))
        #expect(free.contains(#"<p class="support"><a href="https://fund.example.org/qambarova" rel="noopener noreferrer">How to support</a></p>"#))
        // /held/ links each entry by the person's id.
        #expect(try site.read("public/held/index.html").contains(#"href="../letters/index.html#nazira-lesova""#))
        // The page is planned: in the sitemap once.
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.components(separatedBy: "/letters/</loc>").count == 2)
    }

    /// The compiled renderer gives the page and the person's block as swift-mustache does.
    @Test func theCompiledRendererMatchesSwiftMustache() throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: false, asOf: AsOf(date: PartialDate(year: 2024, month: 1, day: 1)!, source: .option))
        let (loaded, _) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let theme = try #require(loaded)
        let compiled = try #require(theme.compiled)
        let renderer = SiteRenderer(archive: archive, theme: theme, includeDrafts: false)
        for path in ["letters/index.html", "people/nazira-lesova/index.html", "people/zhazira-qambarova/index.html"] {
            let job = try #require(renderer.plan.pages.first { $0.path == path }?.page)
            let page = renderer.page(job, at: path)
            let fast = try TemplateRenderer.render(page.template, context: page, templates: compiled)
            #expect(String(decoding: fast, as: UTF8.self) == theme.library.render(page, withTemplate: page.template), "\(path)")
        }
    }

    /// Before a period starts, the person is not held, and their address not published.
    @Test func asOfBeforeCustodyPublishesNoAddress() throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        let result = Self.build(site, asOf: "2021-03-01")
        #expect(Self.errors(result).isEmpty)
        let page = try site.read("public/letters/index.html")
        #expect(page.contains(#"<p class="letters-intro">No one held as of <time datetime="2021-03-01">1 March 2021</time> has an address for letters in the archive.</p>"#))
        #expect(!page.contains("<ul class=\"letters\">") && !page.contains("Penal colony"))
        #expect(!(try site.read("public/people/nazira-lesova/index.html")).contains("Penal colony"))
        #expect(result.diagnostics.filter { $0.message.hasPrefix("letters are published only while") }.count == 3)
    }

    /// letters.md stands above the list, at /letters/, and is not written twice.
    @Test func theFreePageLettersIsTheIntroduction() throws {
        let site = try Self.heldSite()
        defer { site.remove() }
        try site.write("content/pages/letters.md", "---\ntitle: Write to them\nsummary: Why letters matter.\n---\nA letter is *proof* that someone remembers.\n")
        #expect(Self.errors(Self.build(site)).isEmpty)
        let page = try site.read("public/letters/index.html")
        #expect(page.contains("<h1 dir=\"auto\">Write to them</h1>"))
        #expect(page.contains("<p class=\"lede\" dir=\"auto\">Why letters matter.</p>"))
        #expect(page.contains("<p>A letter is <em>proof</em> that someone remembers.</p>\n\n</div>\n<p class=\"letters-intro\">2 people"))
        #expect(page.contains("<li id=\"nazira-lesova\">"))
        // The footer's link to the free page leads here.
        #expect(try site.read("public/index.html").contains(#"href="letters/index.html""#))
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: false)
        let plan = SitePlan(archive: archive)
        #expect(plan.pagePaths.filter { $0 == "letters/index.html" }.count == 1)
        #expect(!plan.pages.contains { if case .page = $0.page { $0.path == "letters/index.html" } else { false } })
    }

    /// held.md took /held/'s address and replaced the list of people held now without a
    /// word; while cases record custody it is an error (the fixture `page-held-while-custody-
    /// is-recorded` holds the message), and without custody a free page as before.
    @Test func withoutCustodyHeldMDIsAFreePage() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.write("content/pages/held.md", "---\ntitle: Held\n---\nOur own page about detention.\n")
        #expect(Self.errors(Self.build(site)).isEmpty)
        #expect(try site.read("public/held/index.html").contains("Our own page about detention."))
    }

    /// Without custody in any case there is no /letters/, and letters.md is a free page as before.
    @Test func withoutCustodyLettersMDIsAFreePage() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.write("content/pages/letters.md", "---\ntitle: Write to them\n---\nA letter is proof that someone remembers.\n")
        #expect(Self.errors(Self.build(site)).isEmpty)
        let page = try site.read("public/letters/index.html")
        #expect(page.contains("<article class=\"free-page\">") && !page.contains("letters-intro"))
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/letters.md"))
        #expect(Self.errors(Self.build(site)).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("letters").path))
    }

    /// A theme made before /letters/ gets the built-in template (`BuiltInTheme`).
    @Test func aThemeWithoutTheLettersTemplate() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/letters.mustache"))
        #expect(Self.build(site).exitStatus == 0)
        try site.replace("content/cases/lesova-lepesova-2021.md", "  - person: nazira-lesova\n    role: defendant\n",
                         with: "  - person: nazira-lesova\n    role: defendant\n    custody: [{from: 2021-03-05, kind: prison, sources: [rferl-2021-03-04]}]\n")
        #expect(Self.errors(Self.build(site)) == [])
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("letters/index.html").path))
    }
}
