import Testing
@testable import CasebookKit

/// One broken body link, one message, at the link's `[` (an image's `!`), counted in
/// characters; a reference-style link at the `[` of its definition.
@Suite struct LinkPositionTests {
    /// The positions of every rejected link in `text`, whose first line is line 1.
    static func positions(_ text: String) -> [SourcePosition] {
        MarkdownRenderer.render(MarkdownBody(text: text, firstLine: 1), unsafeHTML: false) { destination, _ in
            destination.hasPrefix("bad") ? .reject("bad") : .keep
        }.problems.map(\.0)
    }

    static func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    @Test func entitiesInTheTextOrDestinationDoNotMoveTheColumn() {
        #expect(Self.positions("Plain [a &amp; b](bad.md) here.\n") == [Self.at(1, 7)])
        #expect(Self.positions("x [e](bad&amp;1.md)\n") == [Self.at(1, 3)])
    }

    @Test func twoLinksOnOneLineEachAtTheirOwnColumn() {
        #expect(Self.positions("[a](bad.md) and [b](bad.md)\n") == [Self.at(1, 1), Self.at(1, 17)])
        #expect(Self.positions("[bad.md](bad.md) [c](bad.md)\n") == [Self.at(1, 1), Self.at(1, 18)])
    }

    /// An autolink was placed at the nearest `[`: the reference link beside it, whose
    /// definition then took both messages as one.
    @Test func anAutolinkIsAtItsOwnAngleBracket() {
        #expect(Self.positions("Auto <bad:4> and [e][r].\n\n[r]: bad8\n") == [Self.at(1, 6), Self.at(3, 1)])
    }

    @Test func charactersAreCountedNotBytes() {
        #expect(Self.positions("Привет мир [д](bad.md)\n") == [Self.at(1, 12)])
    }

    @Test func aReferenceDefinitionUsedTwiceIsOneMessageAtTheDefinition() {
        let text = "[one][r] and [two][R] and [r]\n\nok [k](good.md)\n\n[r]: bad.md\n"
        #expect(Self.positions(text) == [Self.at(5, 1)])
    }

    @Test func linksInsideQuotesListsAndTables() {
        #expect(Self.positions("> quote [q](bad.md)\n") == [Self.at(1, 9)])
        #expect(Self.positions("- item [l](bad.md)\n") == [Self.at(1, 8)])
        #expect(Self.positions("| a | b |\n|---|---|\n| [x](bad.md) | z |\n") == [Self.at(3, 3)])
        #expect(Self.positions("1. item\n   more [x](bad.md) and ![y](bad.png)\n") == [Self.at(2, 9), Self.at(2, 25)])
    }

    /// A line of thousands of broken links (links, images, autolinks, a reference used each
    /// time), after two-byte letters: each at its own column, as counting one by one says.
    /// Counting each from the line's start made such a line quadratic.
    @Test func everyLinkOfALongLineAtItsOwnColumn() {
        let unit = "Ж [x](bad.md) ![i](bad.png) <bad:1> [r] ", count = 3_000
        let width = unit.unicodeScalars.count
        let text = String(repeating: unit, count: count) + "\n\n[r]: bad8\n"
        var expected: [SourcePosition] = []
        for index in 0..<count {
            expected += [Self.at(1, index * width + 3), Self.at(1, index * width + 15), Self.at(1, index * width + 29)]
            if index == 0 { expected.append(Self.at(3, 1)) }
        }
        #expect(Self.positions(text) == expected)
    }

    /// Raw HTML a check refuses, thousands of times on one line, each at its `<`.
    @Test func everyPieceOfRawHTMLOfALongLineAtItsOwnColumn() {
        let unit = "Ж <b>x</b> ", count = 3_000
        let body = MarkdownBody(text: String(repeating: unit, count: count) + "\n", firstLine: 4)
        let problems = MarkdownRenderer.render(body, unsafeHTML: true, rawHTML: { $0 == "<b>" ? "bold" : nil }) { _, _ in .keep }.problems
        #expect(problems.map(\.0) == (0..<count).map { Self.at(4, $0 * unit.unicodeScalars.count + 3) })
    }

    @Test func laterLinesOfAParagraphAndLazyQuoteLines() {
        #expect(Self.positions("A [a](ok.md) then\n  continued [b](bad.md)\n") == [Self.at(2, 13)])
        #expect(Self.positions("> quoted\nlazy [a](bad1.md) [b](bad2.md)\n") == [Self.at(2, 6), Self.at(2, 19)])
    }
}
