import Foundation
import Testing
@testable import CasebookKit

/// site.yml `tags`: a tag spelled in each language on that language's pages, written once;
/// its address and the open data keep the files' spelling.
@Suite struct TagNamesTests {
    @Test func eachLanguageSpellsTheTags() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/cases/ablyazov-2018/index.html").contains(#"dir="auto">in-absentia</a>"#))
        #expect(try site.read("public/ru/cases/ablyazov-2018/index.html").contains(#"<a href="../../tags/in-absentia/index.html" dir="auto">заочно</a>"#))
        #expect(try site.read("public/kk/tags/social-media/index.html").contains(#"<h1 dir="auto">әлеуметтік желілер</h1>"#))
        #expect(try site.read("public/ru/tags/index.html").contains(">правозащитники</a>"))
        #expect(try site.read("public/ru/search/index.js").contains("заочно"))
        #expect(try site.read("public/data/cases.csv").contains("in-absentia"))
        // No Russian or Kazakh page shows a tag in the files' spelling.
        for (path, data) in SiteFixture.snapshot(site.output) where (path.hasPrefix("ru/") || path.hasPrefix("kk/")) && path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(#"dir="auto">social-media<"#) && !text.contains(#"dir="auto">in-absentia<"#), "\(path)")
        }
    }

    @Test func aTagNoCaseHasIsAWarningWithTheNearestOne() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  in-absentia: {", with: "  in-absence: {")
        let result = site.build()
        #expect(result.exitStatus == 0)
        let line = try site.read("content/site.yml").components(separatedBy: "\n").firstIndex { $0.hasPrefix("  in-absence:") }! + 1
        #expect(result.diagnostics.map(\.description) == [
            "content/site.yml:\(line):3: warning: no case has the tag 'in-absence'; did you mean 'in-absentia'?"])
    }

    @Test(arguments: [
        ("tags: [in-absentia]", "error: expected 'tags' as a tag per line, each with its spelling in the site's other languages, like 'in absentia: {ru: …}'; found a list"),
        ("tags:\n  in-absentia: {en: In absentia, ru: заочно}", "error: 'in-absentia' is already the spelling in the default language (en); give only the other languages' spellings"),
    ])
    func mistakesAreNamed(_ yaml: String, _ message: String) throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let text = try site.read("content/site.yml")
        let cut = text.range(of: "# Tags as the other languages")!.lowerBound
        try site.write("content/site.yml", String(text[..<cut]) + yaml + "\n")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/site.yml:") && $0.hasSuffix(message) }, "\(messages)")
    }
}
