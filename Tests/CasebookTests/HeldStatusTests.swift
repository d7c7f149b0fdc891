import Testing
@testable import CasebookKit

/// A status that says a defendant is held ("Serving sentence", "In pre-trial detention") while
/// the files show them free is a warning at the status; a person serving a sentence that
/// deprives of no liberty, or held again, is left alone.
@Suite struct HeldStatusTests {
    /// One person of a case of `status`, with `decisions` and `custody` lines, counted as of
    /// 1 June 2025.
    static func messages(status: String, decisions: [String], custody: [String]) -> [String] {
        func list(_ key: String, _ items: [String]) -> String {
            items.isEmpty ? "" : "    \(key):\n" + items.map { "      - \($0)\n" }.joined()
        }
        let text = """
            ---
            title: A case
            status: \(status)
            updated: 2025-06-01
            people:
              - person: serik
            \(list("decisions", decisions))\(list("custody", custody))events:
              - {date: 2022-10-01, type: detention, summary: Detained., sources: [s]}
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        return OnePersonCase.link(person: "serik", name: "Serik", case: text, asOf: (2025, 6, 1)).1.map { "\($0.severity): \($0.message)" }
    }

    static let verdict = "{date: 2023-06-01, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 4}], sources: [s]}"

    @Test func servingAfterAPardonIsAWarning() {
        #expect(Self.messages(status: "serving", decisions: [Self.verdict, "{date: 2024-12-16, kind: pardon, outcome: released, sources: [s]}"],
                              custody: ["{from: 2022-10-01, to: 2024-12-16, kind: prison, sources: [s]}"]) == [
            "warning: the case's status is 'serving', which says 'serik' is held, but a decision freed them (2024-12-16, pardon, released; line 9) and no custody period holds them on 2025-06-01: update the status, like 'released'; if they are held again, give the custody period that holds them",
        ])
    }

    @Test func servingASentenceThatDeprivesOfNoLibertyIsNotWarned() {
        #expect(Self.messages(status: "serving", decisions: [Self.verdict, "{date: 2024-05-01, kind: sentence-replacement, outcome: changed, sentence: [{type: freedom-limitation, years: 2}], sources: [s]}"],
                              custody: ["{from: 2022-10-01, to: 2024-05-01, kind: prison, sources: [s]}"]).isEmpty)
    }

    @Test func heldAgainAfterParoleIsNotWarned() {
        #expect(Self.messages(status: "serving", decisions: [Self.verdict, "{date: 2024-01-10, kind: parole, outcome: released, sources: [s]}"],
                              custody: ["{from: 2022-10-01, to: 2024-01-10, kind: prison, sources: [s]}", "{from: 2025-02-01, kind: prison, sources: [s]}"])
                .filter { $0.contains("which says") }.isEmpty)
    }

    @Test func detainedOnceEveryHeldPeriodEndedIsAWarning() {
        #expect(Self.messages(status: "detained", decisions: [],
                              custody: ["{from: 2022-10-01, to: 2022-12-01, kind: pretrial-detention, sources: [s]}", "{from: 2022-12-01, kind: travel-ban, sources: [s]}"]) == [
            "warning: the case's status is 'detained', which says 'serik' is held, but no custody period holds them on 2025-06-01: the last in this case ended on 2022-12-01 (line 8): update the status that says where things stand (like 'released', or 'trial' while the case goes on), or give the period that holds them now",
        ])
    }

    @Test func detainedWhileStillHeldIsNotWarned() {
        #expect(Self.messages(status: "detained", decisions: [], custody: ["{from: 2022-10-01, kind: pretrial-detention, sources: [s]}"])
                .filter { $0.contains("which says") }.isEmpty)
    }

    /// Released on completing a prison term, the period given its end and the status left:
    /// the page read "Serving sentence: 4 years of imprisonment" for a person `/held/` does
    /// not list, with no warning.
    @Test func servingAPrisonTermAfterTheCustodyEndedIsAWarning() {
        #expect(Self.messages(status: "serving", decisions: [Self.verdict],
                              custody: ["{from: 2022-10-01, to: 2025-01-20, kind: prison, sources: [s]}"]) == [
            "warning: the case's status is 'serving', which says 'serik' is held, but no custody period holds them on 2025-06-01: the last in this case ended on 2025-01-20 (line 10), and the sentence in force (imprisonment) is served only in custody: update the status, like 'released' if they were freed (on completing the term, or by a decision: record it), or give the period that holds them now",
        ])
    }

    /// A ban or a freedom limitation beside the prison term is served after release, and a
    /// person whose custody the case does not record is not judged.
    @Test func servingWhatIsServedAfterReleaseIsNotWarned() {
        let prison = "{from: 2022-10-01, to: 2025-01-20, kind: prison, sources: [s]}"
        #expect(Self.messages(status: "serving", decisions: ["{date: 2023-06-01, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 2}, {type: activity-ban, years: 3, from_release: true}], sources: [s]}"],
                              custody: [prison]).isEmpty)
        #expect(Self.messages(status: "serving", decisions: [Self.verdict], custody: []).isEmpty)
        #expect(Self.messages(status: "serving", decisions: [Self.verdict], custody: ["{from: 2022-10-01, kind: prison, sources: [s]}"])
                .filter { $0.contains("which says") }.isEmpty)
    }
}
