import Testing
@testable import CasebookKit

/// A section left open or closed by another name is told at the section at fault: once it
/// was told at the line after the file's end, with an empty name, or at `{{/content}}`.
@Suite struct TemplateSectionsTests {
    static func problem(_ text: String) -> String? {
        TemplateSections.problem(in: text).map { "\($0.position.line):\($0.position.column): \($0.message)" }
    }

    @Test func aSectionLeftOpenIsToldWhereItOpens() {
        #expect(Self.problem("{{<layout}}{{$content}}\n<p>{{x}}</p>\n{{/content}}{{/layout}}\n{{#broken}}\n")
                == "4:1: {{#broken}} is opened here but never closed: close it with {{/broken}}")
    }

    @Test func aSectionOpenInsideAnotherIsNamedWhereTheOtherCloses() {
        #expect(Self.problem("{{<layout}}{{$content}}\n<p>\n  {{#foo}}<b>{{x}}</b>\n</p>\n{{/content}}{{/layout}}\n")
                == "5:1: {{/content}} comes while {{#foo}}, opened at line 3, column 3, is still open: close that section with {{/foo}} first, or correct one of the two names")
        #expect(Self.problem("{{/x}}") == "1:1: {{/x}} closes a section that is not open: remove it, or open the section before it with {{#x}}")
    }

    @Test func setDelimitersLastToTheEndOfTheirSection() {
        #expect(Self.problem("{{#a}}{{=<% %>=}}<%#b%><%/b%><%/a%>") == nil)
        #expect(Self.problem("{{#a}}{{=<% %>=}}<%/a%>{{#c}}{{/c}}") == nil)
        #expect(Self.problem("{{^a}}{{ x }}{{/ a }}") == nil)
    }

    /// Through the theme: the message a `check` prints.
    @Test func theThemeSaysIt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/case.mustache", try site.read("templates/case.mustache") + "{{#broken}}\n")
        let lines = try site.read("templates/case.mustache").split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let errors = site.build().diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["templates/case.mustache:\(lines):1: error: the template does not parse: {{#broken}} is opened here but never closed: close it with {{/broken}}"])
    }
}
