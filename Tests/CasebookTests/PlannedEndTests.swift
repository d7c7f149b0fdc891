import Testing
@testable import CasebookKit

/// A held period's `to` after the day the site is counted at, when the editor did not choose
/// that day (the latest update, or today): a day set in advance (a detention extended until
/// then) would take the person off the list of who is held now when it comes, unsaid. A day
/// given (`--as-of DATE`, site.yml `as_of`) may be in the past on purpose and is not judged.
@Suite struct PlannedEndTests {
    static func warnings(to: String, from: String = "2025-01-10", updated: String = "2025-05-01",
                         asOf: (year: Int, month: Int, day: Int)? = nil, source: AsOf.Source = .option) -> [String] {
        let text = """
            ---
            title: A case
            status: detained
            updated: \(updated)
            people:
              - person: serik
                role: defendant
                custody:
                  - {from: \(from), to: \(to), kind: pretrial-detention, sources: [s]}
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        return OnePersonCase.link(person: "serik", name: "Serik", case: text, asOf: asOf, source: source).problems
            .filter { $0.message.contains("after the day the site is counted at") }.map(\.message)
    }

    @Test func anEndAfterTheLatestUpdateIsAWarningThatSaysWhatItDoes() {
        #expect(Self.warnings(to: "2025-08-10") == [
            "this custody period ends ('to: 2025-08-10') after the day the site is counted at, 2025-05-01 (the last update of content/cases/a-case.md:4, the latest of any case, as site.yml gives no 'as_of'): 'to' is the day a period ended, and a day set in advance (a detention extended until then, the end of a term) takes the person off the list of who is held now when it comes, with nothing saying they were freed: leave 'to' out while the period lasts; if it has ended, set the case's 'updated' to the day it was checked",
        ])
    }

    @Test func anEndAfterTodayHasNotCome() {
        #expect(Self.warnings(to: "2025-08-10", asOf: (2025, 6, 1), source: .today) == [
            "this custody period ends ('to: 2025-08-10') after the day the site is counted at, 2025-06-01 (today): 'to' is the day a period ended, and a day set in advance (a detention extended until then, the end of a term) takes the person off the list of who is held now when it comes, with nothing saying they were freed: leave 'to' out while the period lasts",
        ])
    }

    @Test func anEndOnOrBeforeTheDayOrWithinAnUpdatesMonthIsNone() {
        #expect(Self.warnings(to: "2025-05-01").isEmpty)
        #expect(Self.warnings(to: "2025-05-20", updated: "2025-05").isEmpty)
    }

    /// An arrest recorded without the case's last update counts no day: the person is not
    /// listed as held. Said once, of the start, when the whole period is after the day.
    @Test func aStartAfterTheDayIsAWarningToo() {
        #expect(Self.warnings(to: "2025-08-10", from: "2025-06-10") == [
            "this custody period starts ('from: 2025-06-10') after the day the site is counted at, 2025-05-01 (the last update of content/cases/a-case.md:4, the latest of any case, as site.yml gives no 'as_of'): it counts no day, and 'serik' is not held under it on the site ('not begun' on their page): if it has begun, set the case's 'updated' to the day it was checked; a period is recorded once it has begun",
        ])
        #expect(Self.warnings(to: "2025-08-10", from: "2025-06-10", asOf: (2025, 6, 1), source: .siteFile).isEmpty)
    }

    @Test(arguments: [AsOf.Source.option, .siteFile])
    func aDayTheEditorGaveIsNotJudged(_ source: AsOf.Source) {
        #expect(Self.warnings(to: "2025-08-10", asOf: (2025, 6, 1), source: source).isEmpty)
    }
}
