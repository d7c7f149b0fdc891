import Testing
@testable import CasebookKit

/// A layout that lost the block the page templates fill (a bad merge, an emptied file) built
/// every page without its content and said "No problems found"; now it is an error at the
/// layout, and a filling the layout has no block for is an error at the filling.
@Suite struct TemplateBlocksTests {
    static let page = "{{<layout}}{{$content}}\n<h1>{{title}}</h1>\n{{/content}}{{/layout}}\n"

    @Test func aLayoutWithoutTheContentBlockIsAnErrorAtTheLayout() throws {
        let layout = try #require(BuiltInTheme.files.first { $0.path == "layout.mustache" }).text
        let stripped = layout.replacingOccurrences(of: "{{$content}}{{/content}}", with: "")
        #expect(stripped != layout)
        let expected = "templates/layout.mustache:1:1: error: the layout 'layout' has no {{$content}} block, which 19 templates fill "
            + "('404', 'case', 'cases', 'corrections' and 15 more): their pages would be built without that content; "
            + "put {{$content}}{{/content}} where it goes (the built-in layout has it inside <main>)"
        #expect(try TemplateLoopTests.problems(["layout": stripped]) == [expected])
        #expect(try TemplateLoopTests.problems(["layout": ""]) == [expected])
    }

    @Test func aMisspeltFillingIsAnErrorAtTheFilling() throws {
        #expect(try TemplateLoopTests.problems(["page": "{{<layout}}{{$contnet}}\n<h1>{{title}}</h1>\n{{/contnet}}{{/layout}}\n"]) == [
            "templates/page.mustache:1:12: error: the layout 'layout' has no {{$contnet}} block, so this filling would show nothing; its blocks are {{$content}}; did you mean {{$content}}?",
        ])
    }

    /// A layout may extend another, or keep its `<main>` in a partial: the block is found there.
    @Test func aBlockPlacedThroughAPartialOrABaseLayoutCounts() throws {
        #expect(try TemplateLoopTests.problems([
            "layout": "{{<base}}{{$main}}<main>{{>partials/main}}</main>{{/main}}{{/base}}",
            "partials/main": "{{$content}}{{/content}}",
            "base": "<body>{{$main}}{{/main}}</body>",
            "page": Self.page,
        ]) == [])
        #expect(try TemplateLoopTests.problems(["layout": "<html>{{#meta}}{{$content}}{{/content}}{{/meta}}</html>"]) == [])
    }

    /// The built-in theme, and a theme of only its own page template, raise nothing.
    @Test func theBuiltInLayoutPlacesEveryBlock() throws {
        #expect(try TemplateLoopTests.problems([:]) == [])
        #expect(try TemplateLoopTests.problems(["page": Self.page]) == [])
    }
}
