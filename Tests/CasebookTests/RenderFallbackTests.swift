import Foundation
import Testing
@testable import CasebookKit

/// A page the compiled renderer cannot render goes to swift-mustache, never silently: the
/// build records why, for which template and page, and `--verbose` prints one line per reason.
@Suite struct RenderFallbackTests {
    /// A group or list printed whole has no text (swift-mustache printed Swift's debug text,
    /// or a dictionary in a changing order): an error at the tag naming its fields, and the
    /// previous site is kept.
    @Test func aValuePrintedWholeIsAnErrorAtTheTag() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/case.mustache", "{{<layout}}{{$content}}\n<p>{{facts.region}}</p>{{#facts}}{{.charges}}{{/facts}}{{words.case}}{{/content}}{{/layout}}")
        let result = site.build()
        let errors = result.errors.map(\.description)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/case.mustache:2:4: error: 'facts.region' is a group of fields (label, href, lang), which has no text of its own: print one of its fields, {{facts.region.label}} (first on cases/") == true)
        #expect(errors.dropFirst().first?.hasPrefix("templates/case.mustache:2:34: error: '.charges' is a list of groups of fields (label, href, law, lang, law_lang), which has no text of its own: show its items with {{#.charges}}{{.label}}{{/.charges}}") == true, "\(errors)")
        #expect(errors.last?.hasPrefix("templates/case.mustache:2:56: error: 'words.case' is a group of fields") == true)
        #expect(result.renderFallbacks.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// `check` finds it too, as `build` would, and writes nothing.
    @Test func checkFindsAValuePrintedWhole() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/case.mustache", "{{<layout}}{{$content}}\n<p>{{facts.region}}</p>{{/content}}{{/layout}}")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        let errors = result.errors.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/case.mustache:2:4: error: 'facts.region' is a group of fields (label, href, lang)") == true)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// Only a template that differs from the built-in one can fail as it renders: copies of
    /// the built-in theme (the sample's templates/, `theme export`) keep `check` from rendering.
    @Test func checkRendersOnlyForATemplateThatDiffersFromTheBuiltInOne() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        let copies = try #require(Theme.load(from: templates, displayName: "templates").0)
        #expect(!copies.ownTexts.isEmpty && copies.changedTemplates.isEmpty)
        #expect(!ThemeRenderCheck.needed(copies))
        let builtIn = try #require(BuiltInTheme.generated.first { $0.path == "case.mustache" }).text
        try site.write("templates/case.mustache", builtIn + "\n")
        let changed = try #require(Theme.load(from: templates, displayName: "templates").0)
        #expect(changed.changedTemplates == ["case.mustache"])
        #expect(ThemeRenderCheck.needed(changed))
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
        try site.write("templates/partials/footer.mustache", "<footer>{{#sorted(footer_pages)}}{{/sorted(footer_pages)}}</footer>")
        let verbose = try CommandRun.run(["build", "--verbose"], in: site.root)
        #expect(verbose.status == 0)
        let lines = verbose.output.split(separator: "\n").filter { $0.hasPrefix("rendered by swift-mustache: ") }
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix(": \(RenderFallbacks.uncompiledTheme)") == true)
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
