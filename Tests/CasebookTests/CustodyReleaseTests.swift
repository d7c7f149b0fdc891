import Testing
@testable import CasebookKit

/// A decision that freed the person ends their open custody period, even when the sources
/// date it only roughly; an exchange frees by what it is; a parole, an amnesty or a pardon
/// without an outcome keeps the person held, and the editor is told at the decision; a person
/// held longer than the prison term in force is a warning at the period.
@Suite struct CustodyReleaseTests {
    /// The problems of one person's decisions beside a transfer to a colony on 10 February
    /// 2022 left open, counted as of 1 March 2024.
    static func problems(_ decisions: String, custody: String = "{from: 2022-02-10, kind: prison, sources: [s]}") -> [Diagnostic] {
        let text = """
            ---
            title: A case
            status: serving
            updated: 2024-02-20
            people:
              - person: serik
                decisions:
                  - {date: 2021-03-01, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 5}], sources: [s]}
            \(decisions.split(separator: "\n").map { "      - \($0)\n" }.joined())    custody:
                  - \(custody)
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        return OnePersonCase.link(person: "serik", name: "Serik", case: text, asOf: (2024, 3, 1)).1
    }

    static func messages(_ decisions: String) -> [String] { problems(decisions).map { "\($0.severity): \($0.message)" } }

    @Test(arguments: [("2022-02", "2022-02"), ("2022", "2022"), ("2022~", "2022"), ("2022-02/2022-03", "2022-03")])
    func aRoughlyDatedParoleThatMayFollowTheTransferEndsIt(date: String, end: String) {
        #expect(Self.messages("{date: '\(date)', kind: parole, outcome: released, sources: [s]}") == [
            "error: this custody period makes the person held now, but a later decision freed them (\(date), parole, released; line 9): give the period the day it ended ('to: \(end)'), or correct the decision; if the decision came before this period began (its date, \(date), may fall before 2022-02-10), write its exact date",
        ])
    }

    @Test func aParoleOnTheDayOrAfterNeedsNoWordOnItsDate() {
        #expect(Self.messages("{date: 2022-03, kind: parole, outcome: released, sources: [s]}") == [
            "error: this custody period makes the person held now, but a later decision freed them (2022-03, parole, released; line 9): give the period the day it ended ('to: 2022-03'), or correct the decision",
        ])
    }

    @Test func aParoleWhollyBeforeThePeriodLeavesItOpen() {
        #expect(Self.messages("{date: 2022-01, kind: parole, outcome: released, sources: [s]}").isEmpty)
        #expect(Self.messages("{date: 2021-12-01/2022-01-31, kind: parole, outcome: released, sources: [s]}").isEmpty)
    }

    @Test func anExchangeFreesWithoutAnOutcome() {
        #expect(Self.messages("{date: 2024-01-10, kind: exchange, sources: [s]}") == [
            "error: this custody period makes the person held now, but a later decision freed them (2024-01-10, exchange; line 9): give the period the day it ended ('to: 2024-01-10'), or correct the decision",
        ])
    }

    @Test(arguments: ["parole", "amnesty", "pardon"])
    func aDecisionThatUsuallyFreesWithoutAnOutcomeIsAWarningAtIt(kind: String) {
        let problems = Self.problems("{date: 2024-01-10, kind: \(kind), sources: [s]}")
        #expect(problems.map { "\($0.severity): \($0.message)" } == [
            "warning: this \(kind) decision gives no 'outcome', so the site does not take it to have freed the person and lists them as held now (the custody period from 2022-02-10, line 11, has no end): if it freed them, write 'outcome: released' and give the period the day it ended; if it did not (the request was refused), write the outcome it had, like 'upheld'",
        ])
        #expect(problems.first?.position.line == 9)
    }

    @Test func aDecisionWithoutAnOutcomeOnceThePeriodEndedSaysNothing() {
        // (The case's 'serving', with the prison term's custody ended, is HeldStatusTests' warning.)
        #expect(Self.problems("{date: 2024-01-10, kind: parole, sources: [s]}", custody: "{from: 2022-02-10, to: 2024-01-10, kind: prison, sources: [s]}")
                .filter { !$0.message.contains("which says 'serik' is held") }.isEmpty)
        // Before the period began it could not have ended it.
        #expect(Self.messages("{date: 2021-06-01, kind: pardon, sources: [s]}").isEmpty)
    }

    @Test func heldLongerThanTheTermInForceIsAWarningAtThePeriod() {
        #expect(Self.messages("{date: 2022-06-01, kind: appeal, outcome: changed, sentence: [{type: imprisonment, months: 6}, {type: fine, amount: 100}], sources: [s]}") == [
            "warning: this custody period makes the person held now, but they have been held 751 days in this case as of 2024-03-01, longer than the sentence in force (6 months of imprisonment; fine of 100; set by the decision of 2022-06-01, line 9): if they were freed when the term ended, give the period the day it ended ('to: YYYY-MM-DD'); if they are held under a longer or later sentence, record the decision that set it",
        ])
        // Terms per article add up without a total; a year counts as 366 days.
        #expect(Self.messages("{date: 2022-06-01, kind: appeal, outcome: changed, sentence: [{type: imprisonment, years: 1, charge: kz-cc-405}, {type: imprisonment, years: 1, charge: kz-cc-405}], sources: [s]}")
                .filter { $0.hasPrefix("warning: this custody period") }.count == 1)
        #expect(Self.messages("{date: 2022-06-01, kind: appeal, outcome: changed, sentence: [{type: imprisonment, years: 2, months: 1}], sources: [s]}").isEmpty)
    }

    /// A term past Int's range in days, kept exact as written (years that long are warned of
    /// when parsed), is never served: the check of the term trapped on it and crashed the build.
    @Test func aTermPastTheLargestNumberIsNeverServed() {
        #expect(Self.messages("{date: 2022-06-01, kind: appeal, outcome: changed, sentence: [{type: imprisonment, days: 99999999999999999999999999}], sources: [s]}").isEmpty)
    }

    @Test(arguments: ["{type: life}", "{type: psychiatric}", "{type: imprisonment}"])
    func aTermWhoseLengthIsNotKnownIsNotJudged(part: String) {
        #expect(Self.messages("{date: 2022-06-01, kind: appeal, outcome: changed, sentence: [\(part)], sources: [s]}").isEmpty)
    }
}
