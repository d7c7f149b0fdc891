import Testing
@testable import CasebookKit

/// A freedom limitation or travel ban left running after the person was taken into custody
/// again is a warning at the measure, with the day to end it; one that ended, or one that
/// began while they were held, says nothing.
@Suite struct OpenMeasureTests {
    /// One person with `custody` lines in one case, counted as of 1 June 2025.
    static func messages(_ custody: [String]) -> [String] {
        let text = """
            ---
            title: A case
            status: detained
            updated: 2025-06-01
            people:
              - person: arman
                custody:
            \(custody.map { "      - \($0)\n" }.joined())events:
              - {date: 2022-01-06, type: detention, summary: Detained., sources: [s]}
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        return OnePersonCase.link(person: "arman", name: "Arman", case: text, asOf: (2025, 6, 1)).1.map { "\($0.severity): \($0.message)" }
    }

    @Test func aFreedomLimitationLeftRunningAfterANewArrestIsAWarning() {
        #expect(Self.messages([
            "{from: 2022-01-06, to: 2023-05-20, kind: prison, sources: [s]}",
            "{from: 2023-05-20, kind: freedom-limitation, sources: [s]}",
            "{from: 2024-02-10, to: 2024-09-20, kind: pretrial-detention, sources: [s]}",
            "{from: 2024-09-20, kind: prison, sources: [s]}",
        ]) == [
            "warning: this freedom-limitation period has no end, so the person's page shows it as running on 2025-06-01, beside the pretrial-detention period that has held 'arman' since 2024-02-10 (line 10): give it the day it ended ('to: 2024-02-10', or the day a court replaced it or added it to a new sentence)",
        ])
    }

    @Test func aMeasureThatEndedOrBeganWhileHeldSaysNothing() {
        #expect(Self.messages([
            "{from: 2023-05-20, to: 2024-02-10, kind: freedom-limitation, sources: [s]}",
            "{from: 2024-02-10, kind: pretrial-detention, sources: [s]}",
        ]).isEmpty)
        #expect(Self.messages([
            "{from: 2024-02-10, kind: pretrial-detention, sources: [s]}",
            "{from: 2024-03-01, kind: travel-ban, sources: [s]}",
        ]).isEmpty)
    }
}
