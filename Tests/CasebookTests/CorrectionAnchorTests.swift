import Testing
@testable import CasebookKit

/// Corrections' anchors (`#correction-2021-03-05`, `-2` …), which `/corrections/` and the
/// feed's ids use: one day's are numbered in the order the file writes them, so a correction
/// added below the others (as content.md asks, and `casebook new`'s comment says) never
/// moves the anchor of one published before; one of another day never does either.
@Suite struct CorrectionAnchorTests {
    static func correction(_ date: String, _ note: String) -> Correction {
        Correction(date: try! PartialDate.parse(date).get(), note: note)
    }

    static func anchors(_ corrections: [Correction]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: CorrectionLog.entries(corrections).map { ($0.correction.note, $0.anchor) })
    }

    @Test func oneDaysCorrectionsAreNumberedInTheOrderWritten() {
        let published = [Self.correction("2021-03-05", "first"), Self.correction("2021-03-05", "second")]
        #expect(Self.anchors(published) == ["first": "correction-2021-03-05", "second": "correction-2021-03-05-2"])
        // Added below, on the same day and on earlier and later days: the published anchors stay.
        let added = published + [Self.correction("2021-03-05", "third"), Self.correction("2021-03-01", "earlier"),
                                 Self.correction("2021-04", "later")]
        let after = Self.anchors(added)
        #expect(after["first"] == "correction-2021-03-05" && after["second"] == "correction-2021-03-05-2")
        #expect(after["third"] == "correction-2021-03-05-3" && after["earlier"] == "correction-2021-03-01"
                && after["later"] == "correction-2021-04")
        // Written above, it would take the first one's anchor: what content.md warns of.
        #expect(Self.anchors([Self.correction("2021-03-05", "above")] + published)["above"] == "correction-2021-03-05")
    }

    @Test func newFilesAskForNewCorrectionsBelow() {
        var text = ScaffoldText()
        Template.corrections(&text, Template.Values(id: "x", name: "X", people: [], today: try! PartialDate.parse("2024-01-01").get(),
                                                    hints: ArchiveHints()))
        // The comment wraps: its words, read across the lines.
        let words = text.document.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "#" }).joined(separator: " ")
        #expect(words.contains("oldest first: add a new one below the others"))
    }
}
