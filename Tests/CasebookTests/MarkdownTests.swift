import Testing
@testable import CasebookKit

/// Markdown bodies through libcmark: heading levels and link resolution hooks.
@Suite struct MarkdownTests {
    static func html(_ text: String, base: Int32 = 2) -> String {
        MarkdownRenderer.render(MarkdownBody(text: text, firstLine: 5), unsafeHTML: false, headingBase: base) { _, _ in .keep }.html
    }

    @Test func theLargestHeadingSitsAtTheBaseLevel() {
        #expect(Self.html("# A\n\n## B\n").contains("<h2>A</h2>\n<h3>B</h3>"))
        #expect(Self.html("## A\n\n### B\n").contains("<h2>A</h2>\n<h3>B</h3>"))
        #expect(Self.html("## A\n", base: 3).contains("<h3>A</h3>"))
    }

    @Test func headingsInsideQuotesAndListsCountToo() {
        let html = Self.html("> # Quoted\n\n- ## Listed\n")
        #expect(!html.contains("<h1>"))
        #expect(html.contains("<h2>Quoted</h2>"))
        #expect(html.contains("<h3>Listed</h3>"))
    }

    @Test func linkProblemsArePositionedAtTheOpeningBracket() {
        let output = MarkdownRenderer.render(MarkdownBody(text: "Intro.\n\nSee [x.md](x.md) now.\n", firstLine: 5),
                                             unsafeHTML: false) { destination, _ in .reject("bad \(destination)") }
        #expect(output.problems.count == 1)
        #expect(output.problems.first?.0 == SourcePosition(line: 7, column: 5))
        #expect(!output.html.contains("x.md\""))
    }
}
