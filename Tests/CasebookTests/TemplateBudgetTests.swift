import Foundation
import Mustache
import Testing
@testable import CasebookKit

/// A list repeated inside itself (`{{#nav}}{{#nav}}…`: the inner name finds the outer list
/// on the stack) multiplies a page at each level. The renderer stops such a page at its
/// budget, and the build fails naming the template, instead of never ending.
@Suite struct TemplateBudgetTests {
    static func nested(_ levels: Int, inside: String = "") -> String {
        String(repeating: "{{#nav}}", count: levels) + inside + String(repeating: "{{/nav}}", count: levels)
    }

    @Test func aNestedListStopsAtTheBudget() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: Self.nested(10)), named: "page")
        let compiled = try #require(TemplateCompiler.compile(library, names: ["page"]))
        let items: [[String: Any]] = (0..<5).map { ["label": "item \($0)"] }
        #expect(throws: TemplateRenderer.TooLarge.self) {
            try TemplateRenderer.render("page", context: TestFields(["nav": items]), templates: compiled)
        }
        // One that prints what it repeats stops at the output's limit, long before the count.
        var printing = MustacheLibrary()
        printing.register(try MustacheTemplate(string: Self.nested(10, inside: "{{label}} and some text to repeat")), named: "page")
        let compiledPrinting = try #require(TemplateCompiler.compile(printing, names: ["page"]))
        #expect(throws: TemplateRenderer.TooLarge.self) {
            try TemplateRenderer.render("page", context: TestFields(["nav": items]), templates: compiledPrinting)
        }
    }

    @Test func theBuildFailsNamingTheTemplateAndKeepsNoOutput() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/404.mustache", "{{<layout}}{{$content}}" + Self.nested(12) + "{{/content}}{{/layout}}")
        let result = site.build()
        #expect(!result.succeeded)
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("templates/404.mustache:1:1: error: a page made from the template '404' grew past 64 MB") == true)
        #expect(errors.first?.contains("a list is probably repeated inside itself") == true)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("404.html").path))
    }

    /// A theme swift-mustache renders (a `sorted()` transform) is rendered first within the
    /// budget, compiled as long as it renders, so its nested list stops too.
    @Test func aThemeLeftToSwiftMustacheIsBudgetedFirst() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/partials/footer.mustache", "<footer>{{#sorted(footer_pages)}}{{/sorted(footer_pages)}}</footer>")
        try site.write("templates/404.mustache", "{{<layout}}{{$content}}" + Self.nested(12) + "{{/content}}{{/layout}}")
        let result = site.build()
        #expect(result.errors.map(\.description).first?.hasPrefix("templates/404.mustache:1:1: error: a page made from the template '404' grew past") == true)
    }
}
