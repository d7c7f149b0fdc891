import Testing
@testable import CasebookKit

/// What a person's decisions say against each other, their status and their custody: an
/// outcome 'changed' that gives no sentence, a parole, pardon or sentence replacement with
/// no conviction before it, a status that contradicts the verdict in force, and a release
/// while the files show the person free. Each a warning at its place that says what to do;
/// the cases a monitor writes every day give none.
@Suite struct DecisionSequenceTests {
    /// The warnings of parsing one case of `status` whose one person has `decisions`,
    /// `custody` and `sentence` lines.
    static func warnings(status: String = "serving", decisions: [String], custody: [String] = [], sentence: String? = nil) -> [String] {
        func list(_ key: String, _ items: [String]) -> String {
            items.isEmpty ? "" : "    \(key):\n" + items.map { "      - \($0)\n" }.joined()
        }
        let text = """
            ---
            title: A case
            status: \(status)
            people:
              - person: serik
            \(sentence.map { "    sentence: \($0)\n" } ?? "")\(list("decisions", decisions))\(list("custody", custody))events:
              - {date: 2019-01-15, type: detention, summary: Detained., sources: [s]}
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        let info = DocumentInfo(kind: .cases, id: "a-case", path: "content/cases/a-case.md")
        var reader = FieldReader(file: info.path)
        _ = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader)
        return reader.diagnostics.items.map { "\($0.position.line): \($0.severity): \($0.message)" }
    }

    static let verdict = "{date: 2019-05-10, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 6}], sources: [s]}"

    @Test func casesAsTheyHappenGiveNoWarning() {
        // Reduced on appeal, increased on cassation.
        #expect(Self.warnings(decisions: [Self.verdict,
            "{date: 2019-08-01, kind: appeal, outcome: changed, sentence: [{type: imprisonment, years: 4}], sources: [s]}",
            "{date: 2020-02-01, kind: cassation, outcome: changed, sentence: [{type: imprisonment, years: 7}], sources: [s]}"],
            custody: ["{from: 2019-01-15, to: 2019-05-10, kind: pretrial-detention, sources: [s]}", "{from: 2019-05-10, kind: prison, sources: [s]}"]).isEmpty)
        // Pardoned the day of the verdict; paroled when the release took effect days later.
        #expect(Self.warnings(status: "released", decisions: [Self.verdict, "{date: 2019-05-10, kind: pardon, outcome: released, sources: [s]}"],
            custody: ["{from: 2019-01-15, to: 2019-05-10, kind: pretrial-detention, sources: [s]}"]).isEmpty)
        #expect(Self.warnings(status: "released", decisions: [Self.verdict, "{date: 2022-02-01, kind: parole, outcome: released, sources: [s]}"],
            custody: ["{from: 2019-01-15, to: 2022-02-16, kind: prison, sources: [s]}"]).isEmpty)
        // A changed charge alone, and the shorthand sentence before a replacement.
        #expect(Self.warnings(decisions: [Self.verdict, "{date: 2019-08-01, kind: appeal, outcome: changed, charges: [kz-cc-405], sources: [s]}"]).isEmpty)
        #expect(Self.warnings(decisions: ["{date: 2021-06-01, kind: sentence-replacement, outcome: changed, sentence: [{type: imprisonment, years: 3}], sources: [s]}"],
                              sentence: "[{type: suspended, years: 3}]").isEmpty)
        // A conviction whose sentence is not known is a conviction all the same; an amnesty may come before any verdict.
        #expect(Self.warnings(decisions: ["{date: 2019, kind: first-instance, outcome: convicted, sources: [s]}",
                                          "{date: 2022-02-01, kind: parole, outcome: released, sources: [s]}"]).isEmpty)
        #expect(Self.warnings(status: "closed", decisions: ["{date: 2019-03-01, kind: amnesty, outcome: dismissed, sources: [s]}"]).isEmpty)
    }

    @Test func changedWithoutTheSentenceItSetIsAWarning() {
        #expect(Self.warnings(decisions: [Self.verdict, "{date: 2019-08-01, kind: appeal, outcome: changed, sources: [s]}"]) == [
            "8: warning: this appeal's outcome is 'changed', but it gives no 'sentence', so the pages, the statistics and the open data keep the sentence of the decision before it (line 7) in force after it: give the sentence as the court changed it (sentence: [{type: …, years: …}]); if it changed only the charges, list them under 'charges'; if it left the sentence as it was, write 'outcome: upheld'",
        ])
        #expect(Self.warnings(decisions: ["{date: 2019-08-01, kind: appeal, outcome: changed, sources: [s]}"], sentence: "[{type: imprisonment, years: 5}]")
                .map { $0.contains("keep the sentence under 'sentence' in force") } == [true])
    }

    @Test func aDecisionOnASentenceWithNoConvictionBeforeItIsAWarning() {
        #expect(Self.warnings(status: "released", decisions: ["{date: 2019-06-01, kind: pardon, outcome: released, sources: [s]}"]) == [
            "7: warning: this pardon acts on a sentence, but no decision before it convicts 'serik' and the person has no 'sentence', so the page does not show what it acted on: record the verdict as a first-instance decision before it, with its date, court and sentence (when only the year is known and not the sentence, like {date: 2015, kind: first-instance, outcome: convicted})",
        ])
        #expect(Self.warnings(decisions: ["{date: 2019-08-01, kind: sentence-replacement, outcome: changed, sentence: [{type: freedom-limitation, years: 1}], sources: [s]}"])
                .map { $0.hasPrefix("7: warning: this sentence-replacement changed a sentence, but no decision before it convicts 'serik'") } == [true])
        #expect(Self.warnings(status: "released", decisions: ["{date: 2019-01-01, kind: parole, outcome: released, sources: [s]}", Self.verdict]) == [
            "7: warning: this parole acts on a sentence ('date: 2019-01-01'), but it comes before the decision that convicted 'serik' ('date: 2019-05-10', line 8): check both dates, and list the decisions in the order they were made",
        ])
    }

    @Test func aStatusThatContradictsTheVerdictInForceIsAWarning() {
        #expect(Self.warnings(status: "sentenced", decisions: ["{date: 2019-05-10, kind: first-instance, outcome: acquitted, sources: [s]}",
                                                               "{date: 2019-08-01, kind: appeal, outcome: upheld, sources: [s]}"]) == [
            "3: warning: the case's status is 'sentenced', but the decision of 2019-05-10 (first-instance, acquitted; line 7) left 'serik' no sentence, and no later decision convicts them, so the page shows 'Sentenced' beside 'none in force': update the status, like 'acquitted', or give this person a 'status' of their own; if a court has convicted them since, record that decision",
        ])
        #expect(Self.warnings(status: "acquitted", decisions: ["{date: 2019-05-10, kind: first-instance, outcome: convicted, sources: [s]}"]) == [
            "7: warning: the case's status is 'acquitted', but this decision convicted 'serik' and no later decision acquits them, so the page shows 'Acquitted' beside a sentence 'not known': add the decision that acquitted them, like {date: …, kind: appeal, outcome: acquitted}, or correct the status",
        ])
        // Acquitted, the acquittal overturned, convicted at a retrial: sentenced is right.
        #expect(Self.warnings(status: "sentenced", decisions: ["{date: 2019-05-10, kind: first-instance, outcome: acquitted, sources: [s]}",
            "{date: 2019-08-01, kind: appeal, outcome: sent-back, sources: [s]}",
            "{date: 2020-03-01, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 5}], sources: [s]}"]).isEmpty)
    }

    /// A verdict quashed on appeal or sent back for a new trial leaves no sentence in force:
    /// "Serving sentence" or "Sentenced" beside "none in force" would state a conviction the
    /// courts have set aside, and count the person under both in the statistics.
    @Test func aStatusThatSaysSentencedAfterTheVerdictWasQuashedIsAWarning() {
        let pretrial = "{from: 2019-01-10, kind: pretrial-detention, sources: [s]}"
        #expect(Self.warnings(status: "serving", decisions: [Self.verdict, "{date: 2019-09-01, kind: appeal, outcome: sent-back, sources: [s]}"], custody: [pretrial]) == [
            "3: warning: the case's status is 'serving', but the decision of 2019-09-01 (appeal, sent-back; line 8) left 'serik' no sentence, and no later decision convicts them, so the page shows 'Serving sentence' beside 'none in force': update the status, like 'trial' while the case is tried again, or give this person a 'status' of their own; if a court has convicted them since, record that decision",
        ])
        #expect(Self.warnings(status: "sentenced", decisions: [Self.verdict, "{date: 2019-09-01, kind: appeal, outcome: overturned, sources: [s]}"])
                .map { $0.hasPrefix("3: warning: the case's status is 'sentenced', but the decision of 2019-09-01 (appeal, overturned; line 8)") } == [true])
        #expect(Self.warnings(status: "serving", decisions: [Self.verdict, "{date: 2019-09-01, kind: cassation, outcome: acquitted, sources: [s]}"])
                .map { $0.contains("so the page shows 'Serving sentence' beside 'none in force': update the status, like 'acquitted'") } == [true])
        // Sent back, then convicted at the new trial: serving is right.
        #expect(Self.warnings(status: "serving", decisions: [Self.verdict, "{date: 2019-09-01, kind: appeal, outcome: sent-back, sources: [s]}",
            "{date: 2020-03-01, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 5}], sources: [s]}"], custody: [pretrial]).isEmpty)
        // Awaiting the new trial under its own status: nothing to say.
        #expect(Self.warnings(status: "trial", decisions: [Self.verdict, "{date: 2019-09-01, kind: appeal, outcome: sent-back, sources: [s]}"], custody: [pretrial]).isEmpty)
    }

    @Test func aReleaseWhileTheCustodyShowsThePersonFreeIsAWarning() {
        let prison = "{from: 2019-05-10, to: 2021-02-01, kind: prison, sources: [s]}"
        #expect(Self.warnings(status: "released", decisions: [Self.verdict, "{date: 2022-02-01, kind: parole, outcome: released, sources: [s]}"], custody: [prison]) == [
            "8: warning: this parole released 'serik' ('date: 2022-02-01'), but their custody in this case had ended before it ('to: 2021-02-01', line 10): check the dates of both; if they were held until this decision, give that period 'to: 2022-02-01'",
        ])
        // Released before the custody the case records: a person paroled and arrested again, left alone.
        #expect(Self.warnings(status: "released", decisions: ["{date: 2019-03-01, kind: exchange, sources: [s]}", Self.verdict], custody: [prison]).isEmpty)
        // Between two periods, free at the time.
        #expect(Self.warnings(status: "released", decisions: [Self.verdict, "{date: 2021-06-01, kind: pardon, outcome: released, sources: [s]}"],
                              custody: [prison, "{from: 2022-01-10, to: 2022-05-01, kind: prison, sources: [s]}"]) == [
            "8: warning: this pardon released 'serik' ('date: 2021-06-01'), but no custody period in this case holds them then (one ended on 2021-02-01, line 10; the next begins on 2022-01-10, line 11): check the dates of both",
        ])
        // A parole of February 2021, known to the month, may be the day the period ended.
        #expect(Self.warnings(status: "released", decisions: [Self.verdict, "{date: 2021-02, kind: parole, outcome: released, sources: [s]}"], custody: [prison]).isEmpty)
    }

    /// "6 years of imprisonment from release" was published as written: only a ban or a
    /// limitation runs from release.
    @Test func fromReleaseOnAPrisonTermIsAWarning() {
        #expect(Self.warnings(decisions: [], sentence: "[{type: imprisonment, years: 6, from_release: true}, {type: activity-ban, years: 3, from_release: true}]") == [
            "6: warning: 'from_release' says a ban or a limitation runs from the person's release, but this part is 'imprisonment', which would read '… from release': remove it (a ban that starts after prison is a part of its own, like {type: activity-ban, years: 3, from_release: true})",
        ])
    }

    /// A decision dated after the day the site is counted at (a year mistyped, 2052 for
    /// 2025) set the sentence in force on every page with nothing said; a day the editor chose
    /// may be in the past on purpose.
    @Test func aDecisionAfterTheDayTheSiteIsCountedAtIsAWarning() {
        let text = """
            ---
            title: A case
            status: serving
            updated: 2025-06-01
            people:
              - person: serik
                decisions:
                  - \(Self.verdict)
                  - {date: 2052-03-01, kind: supervisory, outcome: changed, sentence: [{type: imprisonment, years: 2}], sources: [s]}
            events:
              - {date: 2019-01-15, type: detention, summary: Detained., sources: [s]}
            sources:
              - {id: s, title: S, url: https://example.org/}
            ---

            """
        func warnings(_ source: AsOf.Source) -> [String] {
            OnePersonCase.link(person: "serik", name: "Serik", case: text, asOf: (2025, 6, 1), source: source).1
                .filter { $0.message.contains("after the day the site is counted at") }.map { "\($0.position.line): \($0.message)" }
        }
        #expect(warnings(.latestUpdate) == [
            "9: this decision ('date: 2052-03-01') is dated after the day the site is counted at, 2025-06-01, and the pages, the statistics and the open data give the sentence it sets as in force: a decision is recorded once it is made (a hearing set for a later day is an event): check its year; if it has been made, set the case's 'updated' to the day it was checked",
        ])
        #expect(warnings(.option).isEmpty)
    }
}
