import Foundation
import Testing
@testable import CasebookKit

/// `former_ids`: the page at each old address, what the plan, sitemap and dev server do with
/// it, the open data, the search index, translations, drafts and protected names. The
/// mistakes of the field itself are fixtures (`Tests/Fixtures/bad/former-id-*`).
@Suite struct FormerIDTests {
    static let old = "cases/atyrau-land-protests-2016/index.html"

    /// The sample's case `bokayev-ayan-2016` was first `atyrau-land-protests-2016`.
    @Test func theOldAddressSendsTheReaderOnInEveryLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        for (prefix, words, title) in [("", "This page has moved to ", "Atyrau court sentences Max Bokayev and Talgat Ayan"),
                                       ("ru/", "Эта страница перенесена: ", "Суд в Атырау вынес приговор Максу Бокаеву и Талгату Аяну")] {
            let html = try site.read("public/\(prefix)\(Self.old)")
            #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=../bokayev-ayan-2016/index.html\">"))
            // With JavaScript, the old address's #fragment is carried to the new page (the
            // refresh drops it); the script comes before the refresh, so it goes first.
            let script = "<script>location.replace(\"../bokayev-ayan-2016/index.html\" + location.hash)</script>\n"
            #expect(html.contains(script + "<meta http-equiv=\"refresh\""))
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(html.contains("<p>\(words)<a href=\"../bokayev-ayan-2016/index.html\"><bdi>\(title)</bdi></a>.</p>"))
            #expect(html.contains("<html lang=\"\(prefix.isEmpty ? "en" : "ru")\">"))
            // base_url is set: the canonical address is the new page's, in the page's language.
            #expect(html.contains("<link rel=\"canonical\" href=\"https://cases.example.org/\(prefix)cases/bokayev-ayan-2016/\">"))
            // The link leads to a page of the site, from the old address.
            let target = site.output.appendingPathComponent(prefix + "cases/atyrau-land-protests-2016/../bokayev-ayan-2016/index.html")
            #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path))
            #expect(!html.contains("http://") && !html.contains("src="))
        }
        #expect(try site.read("public/kk/\(Self.old)").contains("Бұл бет көшірілді: "))
        // Not in the sitemap, not counted as a page.
        #expect(!(try site.read("public/sitemap.xml")).contains("atyrau-land-protests-2016"))
    }

    @Test func withoutBaseURLThereIsNoCanonicalLink() {
        let html = RedirectPage.html(language: "en", title: "A <b> & \"c\"", target: "../new/index.html", canonical: nil, words: .english)
        #expect(!html.contains("canonical"))
        #expect(html.contains("<title>Moved: A &lt;b&gt; &amp; &quot;c&quot;</title>"))
        #expect(html.contains("<a href=\"../new/index.html\"><bdi>A &lt;b&gt; &amp; &quot;c&quot;</bdi></a>"))
    }

    @Test func thePlanListsRedirectsApartFromPagesAndTheDevServerServesThem() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, problems) = Linker.link(content, includeDrafts: false)
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        let theme = try #require(Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates").0)
        let rendering = SiteRendering(archive: archive, theme: theme, includeDrafts: false)
        let plan = rendering.plan
        #expect(plan.redirects.map(\.path) == [Self.old, "ru/" + Self.old, "kk/" + Self.old])
        #expect(!plan.pagePaths.contains { $0.contains("atyrau-land") })
        #expect(plan.pageFolders.contains("ru/cases/atyrau-land-protests-2016"))
        // Every path once: no redirect takes a page's place.
        let all = plan.files.map(\.path)
        #expect(Set(all).count == all.count)
        let generation = SiteGeneration(number: 1, renderer: rendering, problems: nil)
        #expect(generation.isFolder("ru/cases/atyrau-land-protests-2016"))
        let served = try #require(generation.file(at: "ru/" + Self.old))
        #expect(served == rendering.renderers[1].redirect(plan.redirects[1].redirect))
        let result = site.build()
        #expect(result.succeeded)
        #expect(Array(try Data(contentsOf: site.output.appendingPathComponent("ru/" + Self.old))) == served)
    }

    @Test func theOpenDataListsFormerIDs() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/vladimir-kozlov.md", "name: Vladimir Kozlov\n", with: "name: Vladimir Kozlov\nformer_ids: [v-kozlov, vladimir-kozlov-alga]\n")
        try site.replace("content/organizations/dvk.md", "short_name: DVK\n", with: "short_name: DVK\nformer_ids: [democratic-choice]\n")
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let json = try site.read("public/data/cases.json")
        #expect(json.contains("{\"id\":\"bokayev-ayan-2016\",\"former_ids\":[\"atyrau-land-protests-2016\"],\"url\":"))
        #expect(json.contains("{\"id\":\"kozlov-2012\",\"url\":"))  // none: no key
        func table(_ name: String) throws -> [[String]] {
            try site.read("public/data/\(name)").dropFirst().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        // In cases.csv after every other column but the sentence terms and the decisions' charges, added after it.
        let (header, cases) = try #require(OutputReading.csvRows(try site.data("data/cases.csv")))
        #expect(Array(header.suffix(4)) == ["former_ids", "sentence_terms", "first_instance_sentence_terms", "decision_charges"])
        #expect(cases.first { $0["case_id"] == "bokayev-ayan-2016" }?["former_ids"] == "atyrau-land-protests-2016")
        #expect(cases.first { $0["case_id"] == "kozlov-2012" }?["former_ids"] == "")
        // In people.csv before the gender and death columns, added after it.
        let people = try #require(OutputReading.csvRows(try site.data("data/people.csv")))
        #expect(Array(people.header.suffix(4)) == ["former_ids", "gender", "died", "died_in_custody"])
        #expect(people.rows.first { $0["id"] == "vladimir-kozlov" }?["former_ids"] == "v-kozlov; vladimir-kozlov-alga")
        #expect(try table("organizations.csv").first { $0[0] == "dvk" }?.last == "democratic-choice")
        let page = try site.read("public/data/index.html")
        #expect(page.contains("<code>former_ids</code></dt><dd>ids the person had before their file was renamed; their old addresses lead to the person&#39;s page</dd>")
                || page.contains("<code>former_ids</code></dt><dd>ids the person had before their file was renamed; their old addresses lead to the person&#x27;s page</dd>")
                || page.contains("<code>former_ids</code></dt><dd>ids the person had before their file was renamed; their old addresses lead to the person's page</dd>"))
        #expect(site.output.appendingPathComponent("people/v-kozlov/index.html").path.isEmpty == false)
        #expect(try site.read("public/people/v-kozlov/index.html").contains("url=../vladimir-kozlov/index.html"))
        #expect(try site.read("public/organizations/democratic-choice/index.html").contains("url=../dvk/index.html"))
    }

    @Test func anArchiveWithoutFormerIDsHasNoNewColumns() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/bokayev-ayan-2016.md", "former_ids: [atyrau-land-protests-2016]\n", with: "")
        #expect(site.build().succeeded)
        for file in ["cases.json", "cases.csv", "people.csv", "organizations.csv", "index.html"] {
            #expect(!(try site.read("public/data/\(file)")).contains("former_ids"), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(Self.old).path))
    }

    @Test func searchFindsACaseByAFormerID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/kozlov-2012.md", "\nstatus: released\n", with: "\nstatus: released\nformer_ids: [qwxz-trial]\n")
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: false)
        let entries = SearchIndex(archive: archive).collect()
        let kozlov = try #require(entries.cases.first { if case .string("kozlov-2012") = $0.fields[0] { true } else { false } })
        let words = SearchNormalizer.distinctWords("qwxz-trial")
        #expect(!words.isEmpty && words.allSatisfy { kozlov.other.contains($0) || kozlov.title.contains($0) })
        #expect(!entries.cases.contains { entry in
            if case .string("kozlov-2012") = entry.fields[0] { false } else { entry.other.contains(SearchNormalizer.distinctWords("qwxz")[0]) } })
    }

    @Test func aTranslationMayNotGiveFormerIDs() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let text = try site.read("content/cases/kozlov-2012.ru.md")
        try site.write("content/cases/kozlov-2012.ru.md", text.replacingOccurrences(of: "---\n", with: "---\nformer_ids: [kozlov-old]\n", options: [], range: text.range(of: "---\n")))
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(result.diagnostics.map(\.description).contains(
            "content/cases/kozlov-2012.ru.md:2:1: error: 'former_ids' is a fact and comes from content/cases/kozlov-2012.md; a translation carries only text (\(TranslationParser.carries(.cases))): remove it"))
    }

    /// A body link to a file's old name says which file took it and what to write.
    @Test func aBodyLinkToAFormerIDNamesTheFileThatReplacedIt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.moveItem(at: site.content.appendingPathComponent("cases/kozlov-2012.md"),
                                         to: site.content.appendingPathComponent("cases/kozlov-2012-trial.md"))
        try site.replace("content/cases/kozlov-2012-trial.md", "\nstatus: released\n", with: "\nstatus: released\nformer_ids: [kozlov-2012]\n")
        let problems = Builder.check(BuildOptions(relativeTo: site.root)).diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.hasSuffix("error: link to cases/kozlov-2012.md, a former id of cases/kozlov-2012-trial.md: link to ../cases/kozlov-2012-trial.md") }, "\(problems)")
    }

    @Test func aDraftsFormerIDsAreCheckedButNotPublished() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/kozlov-2012.md", "\ndraft: false\n", with: "\ndraft: true\n")
        try site.replace("content/cases/kozlov-2012.md", "\nstatus: released\n", with: "\nstatus: released\nformer_ids: [askarov-2010, kozlov-old]\n")
        let problems = Builder.check(BuildOptions(relativeTo: site.root)).diagnostics.map(\.description)
        #expect(problems.contains { $0.hasPrefix("content/cases/kozlov-2012.md:5:14: error: 'askarov-2010' is still the id of content/cases/askarov-2010.md") })
        try site.replace("content/cases/kozlov-2012.md", "askarov-2010, ", with: "")
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        #expect(!Redirect.all(in: Linker.link(content, includeDrafts: false).0).contains { $0.from == "kozlov-old" })
        #expect(Redirect.all(in: Linker.link(content, includeDrafts: true).0).contains { $0.from == "kozlov-old" && $0.to == "kozlov-2012" })
        #expect(site.build(drafts: true).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("cases/kozlov-old/index.html").path))
    }

    @Test func aFormerIDNamingAProtectedPersonIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/zhazira-qambarova.md", "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        try site.replace("content/cases/kozlov-2012.md", "\nstatus: released\n", with: "\nstatus: released\nformer_ids: [qambarova-aktau]\n")
        let problems = Builder.check(BuildOptions(relativeTo: site.root)).diagnostics.map(\.description)
        #expect(problems.contains { $0.hasPrefix("content/cases/kozlov-2012.md:5:14: error: the former id 'q…a-aktau' holds the surname of a protected person (content/people/z…a-q…a.md") },
                "\(problems.filter { $0.contains("kozlov-2012.md") })")
    }
}
