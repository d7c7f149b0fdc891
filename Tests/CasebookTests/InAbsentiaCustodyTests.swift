import Testing
@testable import CasebookKit

/// A person sentenced in absentia and arrested since (abroad, on an extradition request) is
/// held: a period that began after the verdict counts like any other. A period open since
/// before the verdict still contradicts it.
@Suite struct InAbsentiaCustodyTests {
    /// One person sentenced in absentia on 10 November 2022, with one custody period, counted
    /// as of 1 June 2024.
    static func link(_ custody: String, decision: String = "2022-11-10") -> (Archive, [Diagnostic]) {
        let text = """
            ---
            title: A case
            status: sentenced
            updated: 2024-06-01
            people:
              - person: aigul
                decisions:
                  - {date: '\(decision)', kind: first-instance, outcome: convicted, in_absentia: true, sentence: [{type: imprisonment, years: 10}], sources: [s]}
                custody:
                  - \(custody)
            events:
              - {date: 2022-01-07, type: detention, summary: Charged while abroad., sources: [s]}
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        return OnePersonCase.link(person: "aigul", name: "Aigul", case: text, asOf: (2024, 6, 1))
    }

    @Test func anArrestAbroadAfterTheVerdictIsHeldNow() {
        let (archive, problems) = Self.link("{from: 2024-03-01, kind: detention, place: 'Extradition detention, Istanbul', sources: [s]}")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        #expect(archive.custody.currentHeld["aigul"] != nil)
    }

    @Test func aPeriodOpenSinceBeforeTheVerdictIsStillAnError() {
        let (_, problems) = Self.link("{from: 2022-01-07, kind: pretrial-detention, sources: [s]}")
        #expect(problems.map { "\($0.severity): \($0.message)" } == [
            "error: this custody period makes the person held now, but the sentence in force was passed in absentia (line 8), after the period began: give the period the day it ended ('to: YYYY-MM-DD'); if the person was arrested after the verdict (abroad, on an extradition request), give the arrest a period of its own from that day; if they were handed over and retried, record the decision that followed",
        ])
    }

    @Test func aPeriodThatMayHaveBegunBeforeARoughlyDatedVerdictIsAnError() {
        // The verdict of some day in November 2022 may have come after 5 November.
        let (_, problems) = Self.link("{from: 2022-11-05, kind: detention, sources: [s]}", decision: "2022-11")
        #expect(problems.filter { $0.severity == .error }.count == 1)
    }
}
