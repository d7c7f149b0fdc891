import Testing
@testable import CasebookKit

/// Dates as people write them, in a spreadsheet or a file: refused as before, now with the
/// form to write (`5 March 2021`, `5 марта 2021 г.`, Excel's 44260 had no suggestion).
@Suite struct WrittenDateTests {
    @Test(arguments: [
        ("5 March 2021", "2021-03-05"), ("March 5, 2021", "2021-03-05"), ("January 2024", "2024-01"),
        ("5 марта 2021 г.", "2021-03-05"), ("январь 2024", "2024-01"), ("9 мая 2019 года", "2019-05-09"),
        ("2021 жылғы 5 наурыз", "2021-03-05"), ("маусым 2020", "2020-06"),
        ("2021/03/05", "2021-03-05"), ("2021.3.5", "2021-03-05"), ("2021/3", "2021-03"),
        ("44260", "2021-03-05"), ("36526", "2000-01-01"),
    ])
    func aDateInWordsOrFromASpreadsheetGetsItsForm(written: String, suggested: String) {
        #expect(DateSuggestion.suggestion(for: written) == suggested)
    }

    @Test(arguments: ["yesterday", "March", "31 February 2021", "5 March", "2021", "12345", "5 March 2021 and 6 April 2021", "Marchenko 2021"])
    func whatIsNoDateGetsNoSuggestion(written: String) {
        #expect(DateSuggestion.suggestion(for: written) == nil)
    }
}
