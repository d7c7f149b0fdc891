import Foundation
import Testing
@testable import CasebookKit

/// site.yml `withdrawn`: records removed on purpose. `check --against` lets their published
/// ids go, and the build writes a page at a withdrawn case's, organization's or free page's
/// address that says so and names nobody (none at a person's). Its mistakes are the fixture
/// `Tests/Fixtures/bad/withdrawn-still-in-use`.
@Suite struct WithdrawnTests {
    /// The sample published, then its Ablyazov case taken out of the archive (the links to it
    /// made plain text).
    static func withdrawnCase() throws -> SiteFixture {
        let site = try AddressCheckTests.published()
        for (suffix, text) in [(".md", "the case"), (".ru.md", "дело"), (".kk.md", "істі")] {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("cases/ablyazov-2018\(suffix)"))
            try site.replace("content/people/mukhtar-ablyazov\(suffix)", "[\(text)](../cases/ablyazov-2018.md)", with: text)
        }
        return site
    }

    @Test func checkAgainstLetsAWithdrawnIDGo() throws {
        let site = try Self.withdrawnCase()
        defer { site.remove() }
        let broken = AddressCheckTests.check(site).diagnostics.filter { $0.file.hasPrefix("published-") }
        #expect(broken.map(\.message).first?.hasSuffix("if it was removed on purpose, list it in site.yml under 'withdrawn: {cases: [ablyazov-2018]}'") == true,
                "\(broken)")
        try site.write("content/site.yml", try site.read("content/site.yml") + "\nwithdrawn:\n  cases: [ablyazov-2018]\n  people: [v-kozlov]\n")
        let fixed = AddressCheckTests.check(site)
        #expect(!fixed.diagnostics.contains { $0.severity == .error }, "\(fixed.diagnostics)")
        #expect(fixed.exitStatus == 0)
    }

    @Test func theWithdrawnAddressSaysSoWithoutAName() throws {
        let site = try Self.withdrawnCase()
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + "\nwithdrawn:\n  cases: [ablyazov-2018]\n  people: [v-kozlov]\n  pages: [old-methods]\n")
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        for (prefix, words) in [("", "This record was withdrawn from the archive: "), ("ru/", "Эта запись удалена из архива: "),
                                ("kk/", "Бұл жазба мұрағаттан алынып тасталды: ")] {
            let html = try site.read("public/\(prefix)cases/ablyazov-2018/index.html")
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(html.contains("<p>\(words)<a href=\"../../index.html\"><bdi>"), "\(html)")
            // Nothing to go on to, no name, no id, nothing from another host.
            #expect(!html.contains("refresh") && !html.contains("<script") && !html.contains("canonical"))
            #expect(!html.lowercased().contains("ablyazov") && !html.contains("Аблязов") && !html.contains("Әблязов"))
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
            let home = site.output.appendingPathComponent(prefix + "cases/ablyazov-2018/../../index.html")
            #expect(FileManager.default.fileExists(atPath: home.standardizedFileURL.path))
        }
        #expect(try site.read("public/old-methods/index.html").contains("<a href=\"../index.html\">"))
        // A person's address gets no page: it is most often their name.
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("people/v-kozlov").path))
        #expect(!(try site.read("public/sitemap.xml")).contains("ablyazov-2018"))
        // The old pages were removed with the rest of the previous output: the build wrote this one.
        #expect(!(try site.read("public/data/cases.json")).contains("\"ablyazov-2018\""))
    }

    /// The plan lists the page apart from the theme's pages, as a former id's: the dev server serves it.
    @Test func thePlanListsTheWithdrawnPageWithTheRedirects() throws {
        var site = SiteConfig()
        site.withdrawn = [.cases: [Ref("gone-2019", at: .start)], .people: [Ref("v-kozlov", at: .start)],
                          .organizations: [Ref("old-party", at: .start)]]
        let archive = Linker.link(ParsedContent(site: site), includeDrafts: false).0
        let pages = Redirect.all(in: archive)
        #expect(pages.map(\.path) == ["cases/gone-2019/index.html", "organizations/old-party/index.html"])
        #expect(pages.allSatisfy { $0.to == nil })
    }

    /// A theme's own catalogue of a language casebook has none of was written before the
    /// withdrawn page's words: it needs them only once the site withdraws an address.
    @Test func aThemeCatalogueNeedsTheWithdrawnWordsOnlyWhenTheSiteUsesThem() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let fixture = SiteFixture.repository.appendingPathComponent("Tests/Fixtures/bad/catalogue-missing-key")
        try site.apply(overlay: fixture)
        // The fixture's catalogue with its missing entry given, and without the withdrawn page's words.
        var lines = try site.read("templates/i18n/uz.yml").components(separatedBy: "\n")
        lines.removeAll { $0.hasPrefix("  withdrawn") || $0.contains("under 'withdrawn'") || $0.contains("{link} is a link to the home page") }
        try site.write("templates/i18n/uz.yml", lines.joined(separator: "\n")
            .replacingOccurrences(of: "pager:\n", with: "pager:\n  next: \"Следующая →\"\n"))
        let check = { Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root)) }
        let clean = check()
        #expect(!clean.diagnostics.contains { $0.severity == .error }, "\(clean.diagnostics)")
        try site.write("content/site.yml", try site.read("content/site.yml") + "withdrawn: {cases: [gone-2019]}\n")
        #expect(check().diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "the catalogue has no 'renamed.withdrawn', which the site's pages use; copy the entry from templates/i18n/en.yml (or the built-in English) and translate it",
            "the catalogue has no 'renamed.withdrawn_title', which the site's pages use; copy the entry from templates/i18n/en.yml (or the built-in English) and translate it",
        ])
    }

    /// A link or a reference to a withdrawn record says it was withdrawn, not that a file is missing.
    @Test func aReferenceToAWithdrawnRecordSaysSo() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("cases/kozlov-2012.md"))
        try site.write("content/site.yml", try site.read("content/site.yml") + "withdrawn: {cases: [kozlov-2012]}\n")
        try site.replace("content/cases/askarov-2010.md", "\nstatus: ", with: "\nrelated_cases: [kozlov-2012]\nstatus: ")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.file == "content/people/vladimir-kozlov.md"
            && $0.message == "link to cases/kozlov-2012.md, a case withdrawn from the archive (site.yml 'withdrawn'): remove the link, keeping its text if it still reads well" }, "\(errors)")
        #expect(errors.contains { $0.file == "content/cases/askarov-2010.md"
            && $0.message == "the case 'kozlov-2012' was withdrawn from the archive (site.yml 'withdrawn'), so there is nothing to refer to: remove it from here" }, "\(errors)")
        #expect(!errors.contains { $0.message.contains("missing file") || $0.message.contains("unknown case") }, "\(errors)")
    }
}
