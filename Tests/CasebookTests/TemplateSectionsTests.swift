import Testing
@testable import CasebookKit

/// A section left open or closed by another name, a tag never closed and a bad set-delimiter
/// tag are told at the tag at fault: once they were told at the line after the file's end,
/// with an empty name, or at `{{/content}}`.
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

    /// A tag closed with one brace was told lines below, at the tag its text ran into, as a
    /// section problem; one left open at the end said "overflow". Both are told at the tag.
    @Test func aTagNotClosedIsToldWhereItOpens() {
        #expect(Self.problem("{{<layout}}{{$content}}\n<h1>{{title}}</h1>\n<p>{{summary}</p>\n{{/content}}{{/layout}}\n")
                == "3:4: a tag is not closed with }}: end it with }}, as in {{summary}}")
        #expect(Self.problem("{{<layout}}{{$content}}\n{{/content}}{{/layout}}\n<p>{{summary")
                == "3:4: a tag is not closed with }}: end it with }}, as in {{summary}}")
        #expect(Self.problem("<div>{{{body_html}</div>\n{{#a}}{{/a}}") == "1:6: a tag is not closed with }}: end it with }}, as in {{{body_html}}}")
        #expect(Self.problem("<div>{{{body_html}}</div>\n{{#a}}{{/a}}") == "1:6: a tag is not closed with }}}: end it with }}}, as in {{{body_html}}}")
        #expect(Self.problem("<div>{{{body_html}}}</div>\n{{#a}}{{/a}}") == nil)
        #expect(Self.problem("{{=<% %>=}}\n<p><%title</p>") == "2:4: a tag is not closed with %>: end it with %>, as in <%title%>")
        // A comment may hold braces.
        #expect(Self.problem("{{! see {{x}} }}{{#a}}{{/a}}") == nil)
    }

    /// A set-delimiter tag without its closing `=` was told at the line after it.
    @Test func aBadSetDelimiterTagIsToldAtItself() {
        #expect(Self.problem("{{<layout}}{{$content}}\n{{=<% %>}}\n<h1>{{title}}</h1>\n{{/content}}{{/layout}}\n")
                == "2:1: the set-delimiter tag {{=<% %>}} is invalid: expected the new opening and closing delimiters between two = signs, as in {{=<% %>=}}")
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
