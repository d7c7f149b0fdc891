import Testing
@testable import CasebookKit

/// `sentence_terms` of cases.csv: every part of a sentence written as numbers a script can
/// read, and read back to the same parts.
@Suite struct SentenceTermsTests {
    @Test func everyFieldIsWrittenAndReadBack() throws {
        var suspended = SentenceComponent(type: "suspended", years: 3, months: 6)
        suspended.probation = SentenceTerm(years: 4, days: 10)
        var fine = SentenceComponent(type: "fine", amount: DecimalNumber("100000000000000000000.5"), note: "paid \"in full\"; \\ twice")
        fine.currency = "KZT"
        var ban = SentenceComponent(type: "activity-ban", years: 3, note: "civic activities")
        ban.fromRelease = true
        ban.charge = Ref("kz-cc-405", at: .start)
        let sentence = [SentenceComponent(type: "life"), suspended, fine, ban, SentenceComponent(type: "community-work", hours: 100),
                        SentenceComponent(type: "imprisonment", days: 15)]
        let text = SentenceTerms.text(sentence)
        #expect(text == "life; suspended years=3 months=6 probation_years=4 probation_days=10; "
                + "fine amount=100000000000000000000.5 currency=KZT note=\"paid \\\"in full\\\"; \\\\ twice\"; "
                + "activity-ban years=3 from_release=true charge=kz-cc-405 note=\"civic activities\"; community-work hours=100; imprisonment days=15")
        let read = try SentenceTerms.parse(text).get()
        #expect(read.map(SentenceTerms.term) == sentence.map(SentenceTerms.term))
        #expect(read[2].note == "paid \"in full\"; \\ twice")
        #expect(try SentenceTerms.parse("").get().isEmpty)
    }

    @Test func mistakesAreNamed() {
        func problem(_ cell: String) -> String? {
            if case .failure(let problem) = SentenceTerms.parse(cell) { return problem.text }
            return nil
        }
        #expect(problem("imprisonment yeers=2") == "term 1 ('imprisonment'): unknown field 'yeers'; did you mean 'years'? (fields: years, months, days, hours, amount, currency, probation_years, probation_months, probation_days, from_release, charge, note)")
        #expect(problem("life; ") == "term 2 is empty")
        #expect(problem("fine note=\"open") == "a note's quotes are not closed")
        #expect(problem("fine amount=1 amount=2") == "term 1 ('fine'): 'amount' is given twice")
        #expect(problem("years=2") == "term 1 ('years=2'): a term starts with its type, like 'imprisonment years=2'")
        #expect(problem("activity-ban from_release=yes") == "term 1 ('activity-ban'): from_release is written from_release=true")
    }
}
