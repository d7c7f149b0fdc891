import Foundation
import Testing
@testable import CasebookKit

/// A page the compiled renderer cannot render goes to swift-mustache, never silently: the
/// build records why, for which template and page, and `--verbose` prints one line per reason.
@Suite struct RenderFallbackTests {
    @Test func aValuePrintedWholeIsRecordedOncePerReasonWithItsPages() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("templates/case.mustache", "<article class=\"case\">", with: "<article class=\"case\"><pre>{{facts}}</pre>")
        let result = site.build()
        #expect(result.errors.isEmpty)
        let cases = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("cases").path)
            .filter { !$0.contains(".") && $0 != "page" && $0 != "atyrau-land-protests-2016" }.count  // not the redirect
        #expect(cases >= 2)
        #expect(result.renderFallbacks.count == 1)
        let line = try #require(result.renderFallbacks.first)
        #expect(line.hasPrefix("rendered by swift-mustache: \(cases) pages (template 'case'; first cases/"))
        #expect(line.hasSuffix("/index.html): a value printed whole"))
        // The other pages are the compiled renderer's, and still the same bytes as before.
        #expect(try site.read("public/index.html").contains("<main"))
    }

    @Test func aThemeTheCompilerLeavesToSwiftMustacheIsRecorded() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/partials/footer.mustache", "<footer>{{#sorted(footer_pages)}}{{/sorted(footer_pages)}}</footer>")
        let result = site.build()
        #expect(result.errors.isEmpty)
        #expect(result.renderFallbacks.count == 1)
        #expect(result.renderFallbacks.first?.hasSuffix(": \(RenderFallbacks.uncompiledTheme)") == true)
        #expect(result.renderFallbacks.first?.contains("'partials/footer'") == true)
    }

    @Test func theDefaultThemeRendersWithoutFallback() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = site.build(drafts: true)
        #expect(result.errors.isEmpty)
        #expect(result.renderFallbacks.isEmpty)
    }

    @Test func verbosePrintsTheFallbackAndQuietBuildsDoNot() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("templates/case.mustache", "{{{body_html}}}", with: "{{{body_html}}}{{facts}}")
        let verbose = try CommandRun.run(["build", "--verbose"], in: site.root)
        #expect(verbose.status == 0)
        let lines = verbose.output.split(separator: "\n").filter { $0.hasPrefix("rendered by swift-mustache: ") }
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix(": a value printed whole") == true)
        let plain = try CommandRun.run(["build"], in: site.root)
        #expect(plain.status == 0)
        #expect(!plain.output.contains("swift-mustache"))
    }

    @Test func linesCountPagesAndNameEveryTemplate() {
        let log = RenderFallbacks()
        log.record(template: "case", path: "cases/a/index.html", reason: "a value printed whole")
        log.record(template: "person", path: "people/b/index.html", reason: "a value printed whole")
        log.record(template: "home", path: "index.html", reason: "other")
        #expect(log.lines == [
            "rendered by swift-mustache: 2 pages (templates 'case', 'person'; first cases/a/index.html): a value printed whole",
            "rendered by swift-mustache: 1 page (template 'home'; first index.html): other",
        ])
    }
}
