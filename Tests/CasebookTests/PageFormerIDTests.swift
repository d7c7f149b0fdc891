import Foundation
import Testing
@testable import CasebookKit

/// `former_ids` on a free page (`pages/methodology.md`, once `methods.md`): its old address
/// at the site's root in every language, the open data that lists it for `check --against`,
/// body links and front matter that still name it, drafts, translations, and the names a
/// page's old address cannot have had (fixture `former-id-page-reserved`).
@Suite struct PageFormerIDTests {
    static func renamed(_ languages: SiteFixture.Languages = .sample) throws -> SiteFixture {
        let site = try SiteFixture(languages)
        try site.replace("content/pages/methodology.md", "title: Methodology\n", with: "title: Methodology\nformer_ids: [methods]\n")
        return site
    }

    @Test func theOldAddressLeadsToThePageInEveryLanguage() throws {
        let site = try Self.renamed()
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        for (prefix, title) in [("", "Methodology"), ("ru/", "Методология"), ("kk/", "Methodology")] {
            let html = try site.read("public/\(prefix)methods/index.html")
            #expect(html.contains("<script>location.replace(\"../methodology/index.html\" + location.hash)</script>\n"))
            #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=../methodology/index.html\">"))
            #expect(html.contains("<bdi>\(title)</bdi>"), "\(prefix)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://cases.example.org/\(prefix)methodology/\">"))
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("\(prefix)methodology/index.html").path))
        }
        #expect(!(try site.read("public/sitemap.xml")).contains("methods/"))
        // cases.json lists the free pages now, one a line, after the cases.
        let json = try site.read("public/data/cases.json")
        #expect(json.hasSuffix("""
              "pages": [
                {"id":"about","url":"https://cases.example.org/about/","title":"About this archive"},
                {"id":"methodology","former_ids":["methods"],"url":"https://cases.example.org/methodology/","title":"Methodology"}
              ]
            }

            """))
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((decoded["pages"] as? [Any])?.count == 2)
        #expect(try site.read("public/data/index.html").contains("<code>pages</code>"))
    }

    @Test func withoutARenamedPageCasesJSONHasNoPages() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(!(try site.read("public/data/cases.json")).contains("\"pages\""))
        #expect(!(try site.read("public/data/index.html")).contains("<code>pages</code>"))
    }

    @Test func linksAndTranslationsAndDrafts() throws {
        let site = try Self.renamed(.english)
        defer { site.remove() }
        try site.replace("content/pages/about.md", "(methodology.md)", with: "(methods.md)")
        var problems = Builder.check(BuildOptions(relativeTo: site.root)).diagnostics.map(\.description)
        #expect(problems.contains { $0.hasSuffix("error: link to pages/methods.md, a former id of pages/methodology.md: link to ../pages/methodology.md") }, "\(problems)")
        try site.replace("content/pages/about.md", "(methods.md)", with: "(methodology.md)")
        try site.write("content/pages/methodology.ru.md", "---\ntitle: Методология\nformer_ids: [metody]\n---\nТекст.\n")
        try site.replace("content/site.yml", "language: en\n", with: "language: en\nlanguages: [en, ru]\n")
        problems = Builder.check(BuildOptions(relativeTo: site.root)).diagnostics.map(\.description)
        #expect(problems.contains("content/pages/methodology.ru.md:3:1: error: 'former_ids' is a fact and comes from content/pages/methodology.md; a translation carries only text (\(TranslationParser.carries(.pages))): remove it"),
                "\(problems)")
        // A draft's former ids are published only with the draft.
        try site.replace("content/pages/methodology.md", "title: Methodology\n", with: "title: Methodology\ndraft: true\n")
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        #expect(!Redirect.all(in: Linker.link(content, includeDrafts: false).0).contains { $0.from == "methods" })
        #expect(Redirect.all(in: Linker.link(content, includeDrafts: true).0).contains { $0.kind == .pages && $0.from == "methods" && $0.to == "methodology" })
    }

    @Test func twoPagesMayNotClaimOneOldAddress() throws {
        let site = try Self.renamed(.english)
        defer { site.remove() }
        try site.replace("content/pages/about.md", "title: ", with: "former_ids: [methods]\ntitle: ")
        let problems = Builder.check(BuildOptions(relativeTo: site.root)).diagnostics.map(\.description)
        #expect(problems.contains("content/pages/about.md:2:14: error: 'methods' is also a former id of content/pages/methodology.md (line 3); an old address can lead to one page only: keep it in the file that replaced it"),
                "\(problems)")
    }
}
