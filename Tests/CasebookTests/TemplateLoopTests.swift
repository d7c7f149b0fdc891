import Foundation
import Mustache
import Testing
@testable import CasebookKit

/// No template can crash the build or the server: loops through partials, layouts and
/// blocks, and absurd nesting, are positioned errors when the theme loads; the renderer
/// has a depth limit of its own behind that check.
@Suite struct TemplateLoopTests {
    /// The theme problems of a templates folder holding `files` (name without extension: text).
    static func problems(_ files: [String: String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name + ".mustache")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let (_, diagnostics) = Theme.load(from: folder, displayName: "templates")
        // The built-in theme fills in the rest; names no page provides are warnings of their own.
        return diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test func aPartialThatIncludesItself() throws {
        #expect(try Self.problems(["a": "x\n {{#list}}{{>a}}{{/list}}"]) == [
            "templates/a.mustache:2:11: error: partial 'a' includes itself; its pages would never end: a template may not include or extend itself, directly or through others",
        ])
    }

    @Test func aLoopThroughOthersIsOneMessageSpelledOut() throws {
        let problems = try Self.problems(["a": "{{>b}}", "b": "{{>c}}", "c": "{{>a}}", "page": "{{>b}}"])
        #expect(problems == [
            "templates/a.mustache:1:1: error: partial 'a' includes itself through 'b' -> 'c' -> 'a'; its pages would never end: a template may not include or extend itself, directly or through others",
        ])
    }

    @Test func aLayoutThatExtendsItselfOrItsPage() throws {
        #expect(try Self.problems(["layout": "{{<layout}}{{/layout}}"]).count == 1)
        let problems = try Self.problems(["layout": "<main>{{$content}}{{/content}}</main>{{<page}}{{/page}}",
                                          "page": "{{<layout}}{{$content}}x{{/content}}{{/layout}}"])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("template 'layout' extends itself through 'page' -> 'layout'") == true)
    }

    @Test func aBlockFilledWithAPartialThatExpandsTheSameBlock() throws {
        // No file includes itself, yet `q`'s block renders the filling, which includes `q` again.
        let problems = try Self.problems(["t": "{{<p}}{{$b}}{{>q}}{{/b}}{{/p}}", "p": "{{$b}}{{/b}}", "q": "[{{$b}}x{{/b}}]"])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("includes itself through") == true)
        #expect(problems.first?.contains("the block 'b' filled by 't'") == true)
    }

    @Test func theDefaultLayoutPatternIsNotALoop() throws {
        #expect(try Self.problems(["layout": "<main>{{$content}}{{/content}}</main>{{>footer}}",
                                   "footer": "<footer>{{#x}}{{>item}}{{/x}}</footer>", "item": "<li>{{.}}</li>",
                                   "page": "{{<layout}}{{$content}}{{#list}}{{>item}}{{/list}}{{/content}}{{/layout}}",
                                   "home": "{{<layout}}{{$content}}{{>footer}}{{/content}}{{/layout}}"]) == [])
    }

    @Test func changedDelimitersDoNotHideALoop() throws {
        #expect(try Self.problems(["a": "{{=<% %>=}}<%#x%><%>a%><%/x%>"]).count == 1)
    }

    @Test func tenThousandNestedSectionsAreAnErrorNotACrash() throws {
        let text = "<p>\n" + String(repeating: "{{#a}}", count: 10_000) + String(repeating: "{{/a}}", count: 10_000)
        #expect(try Self.problems(["page": text]) == [
            "templates/page.mustache:2:601: error: sections, blocks and layouts are nested more than 100 levels deep here; a template needs far fewer: close the sections you opened",
        ])
        let transforms = "{{" + String(repeating: "empty(", count: 10_000) + "x" + String(repeating: ")", count: 10_000) + "}}"
        #expect(try Self.problems(["page": transforms]).first?.contains("more than 100 transforms") == true)
    }

    @Test func aChainOfPartials500DeepIsOneError() throws {
        var files = ["page": "{{>p0}}"]
        for index in 0..<500 { files["p\(index)"] = "{{#x}}{{>p\(index + 1)}}{{/x}}" }
        files["p500"] = "end"
        let problems = try Self.problems(files)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("templates nest more than 100 levels deep here") == true)
        // A chain within the limit is fine.
        #expect(try Self.problems(["page": "{{>p0}}", "p0": "{{>p1}}", "p1": "{{#x}}{{>p2}}{{/x}}", "p2": "end"]) == [])
    }

    @Test func aPartialNamedByAValueIsRefused() throws {
        let problems = try Self.problems(["page": "<p>{{>*name}}</p>"])
        #expect(problems.first?.hasPrefix("templates/page.mustache:1:4: error: a partial named by a value ('*name') is not supported") == true)
    }

    @Test func theRendererStopsARecursionTheCheckWouldHaveRefused() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: Theme.contentTypePragma + "x{{>loop}}"), named: "loop")
        let theme = Theme(library: library, assetsDirectory: nil, names: ["loop"])
        #expect(theme.compiled != nil)
        let page = theme.render(TestFields([:]), template: "loop", path: "loop")
        #expect(page.contains("the templates nest too deeply"))
    }

    @Test func theDevServerReportsALoopAndKeepsServing() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: DevSiteTests.options(fixture))
        try fixture.replace("templates/partials/sources.mustache", "</ol>", with: "</ol>{{>partials/sources}}")
        site.changed([fixture.root.appendingPathComponent("templates/partials/sources.mustache").path])
        site.settle()
        let problems = try #require(site.problemsText)
        #expect(problems.contains("templates/partials/sources.mustache:8:6: error: partial 'partials/sources' includes itself"))
        let page = String(decoding: site.file(at: "cases/qambarova-2021/index.html") ?? [], as: UTF8.self)
        #expect(page.contains("Taraz court sentences Zhazira Qambarova"), "the last good page is still served")
    }

    @Test func aLoopIsReportedBesideOtherThemeProblems() throws {
        let problems = try Self.problems(["a": "{{>a}}{{>nope}}", "b": "{{#x}}"])
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("partial 'a' includes itself") })
        #expect(problems.contains { $0.contains("partial 'nope' that does not exist") })
        #expect(problems.contains { $0.contains("{{#x}} is opened here but never closed: close it with {{/x}}") })
    }

    @Test func theDevServerStartsWithABrokenThemeAndServesOnceItIsFixed() throws {
        let fixture = try SiteFixture()
        try fixture.replace("templates/layout.mustache", "<html", with: "{{<layout}}{{/layout}}<html")
        let site = DevSite(options: DevSiteTests.options(fixture))
        let problems = try #require(site.problemsText)
        #expect(problems.contains("templates/layout.mustache:2:1: error: template 'layout' extends itself"))
        try fixture.replace("templates/layout.mustache", "{{<layout}}{{/layout}}<html", with: "<html")
        site.changed([fixture.root.appendingPathComponent("templates/layout.mustache").path])
        site.settle()
        #expect(site.problemsText == nil)
        #expect(String(decoding: site.file(at: "index.html") ?? [], as: UTF8.self).contains("<html"))
    }
}
