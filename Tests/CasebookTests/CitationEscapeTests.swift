import Testing
@testable import CasebookKit

/// BibTeX counts every brace, escaped or not, to find where a field ends: a title with a
/// lone brace must not end its field early.
@Suite struct CitationEscapeTests {
    @Test func braceBalanceIsKept() {
        for title in ["Kozlov sentenced :-}", "Askarov {draft", "Monitor {of} Cases & 100% \\ Ko}"] {
            var depth = 0
            for character in Citation.escaped(title) {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                #expect(depth >= 0, "\(title)")
            }
            #expect(depth == 0, "\(title)")
        }
        #expect(Citation.escaped("a {b} c") == "a \\textbraceleft{}b\\textbraceright{} c")
        #expect(Citation.escaped("50% & #1_x") == "50\\% \\& \\#1\\_x")
    }
}
