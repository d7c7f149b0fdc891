import Foundation
import Testing
@testable import CasebookKit

/// Dates as spreadsheets save them: the day first with dots (Russian and Kazakh settings) and
/// a date-time at midnight are read; slashes that may put the day or the month first, a year
/// of two digits, a time of day and a spreadsheet's day number are errors that say which
/// date each could be, never one picked. A length with a decimal mark says its whole numbers.
@Suite struct ImportDateTests {
    typealias Sheet = SpreadsheetImportTests

    static func sheet(_ dates: [String]) -> String {
        let rows = dates.enumerated().map { index, date in
            Sheet.row(Sheet.base.merging(["case_title": "Case \(index)", "person_name": "Person \(Character(UnicodeScalar(65 + index)!))",
                                          "source_urls": "https://example.org/\(index)", "detention_date": date]) { $1 })
        }
        return ([Sheet.header] + rows).joined(separator: "\r\n") + "\r\n"
    }

    @Test func dotsDayFirstAndMidnightAreRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let dates = ["05.03.2021", "5.3.2021", "03.2021", "2021-03-05 00:00:00", "2021-03-05 0:00", "2021-03-05T00:00:00", "05.03.2021 0:00:00",
                     // A month in words was "not a date" with the date it is as a suggestion.
                     "5 марта 2021", "5 марта 2021 г.", "2021 жылғы 5 наурыз", "5 March 2021", "March 5, 2021"]
        try site.write("sheet.csv", Self.sheet(dates))
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
        let cases = outcome.files.filter { $0.path.hasPrefix("content/cases/") }.map(\.text)
        #expect(cases.map { $0.contains("  - date: 2021-03-05\n") } == [true, true, false, true, true, true, true, true, true, true, true, true])
        #expect(cases[2].contains("  - date: 2021-03\n"))
    }

    @Test func datesThatCouldBeTwoAreErrorsThatSayBoth() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", Self.sheet(["5/3/2021", "13/3/2021", "44260", "05.03.21", "05.03.2021 14:30", "31.02.2021"]))
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let column = ImportColumns.names.firstIndex(of: "detention_date")! + 1
        let write = "write YYYY-MM-DD, YYYY-MM or YYYY"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(column): error: '5/3/2021' is not a date: with slashes the day may come first or the month (British or American settings); \(write), like '2021-03-05' if the day comes first or '2021-05-03' if the month does",
            "sheet.csv:3:\(column): error: '13/3/2021' is not a date; \(write), like '2021-03-13'",
            "sheet.csv:4:\(column): error: '44260' is a date as a spreadsheet counts days, from 1900 (Excel's and LibreOffice's usual count; a workbook counting from 1904 is 4 years off): format the column as dates before saving, or \(write), like '2021-03-05' if the workbook counts from 1900",
            "sheet.csv:5:\(column): error: '05.03.21' has a year of two digits, which may be 1921 or 2021; \(write), like '2021-03-05' if it is 2021",
            "sheet.csv:6:\(column): error: '05.03.2021 14:30' is a date with a time, and only a date is written; \(write), like '2021-03-05' (the time, if it matters, goes in the event's text)",
            "sheet.csv:7:\(column): error: '31.02.2021' is not a date; \(write)",
        ])
        #expect(outcome.files.isEmpty)
    }

    /// A length written with a decimal mark said only "is not a whole number".
    @Test func aLengthWithADecimalMarkSaysItsWholeNumbers() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let rows = [("1,5", ""), ("5,0", "6.0"), ("2,4", ""), ("0.25", ""), ("1\u{A0}0", ""), ("3 года 6 месяцев", "8 мес.")].enumerated().map { index, length in
            Sheet.row(Sheet.base.merging(["case_title": "Case \(index)", "person_name": "Person \(Character(UnicodeScalar(65 + index)!))", "source_urls": "https://example.org/\(index)",
                                          "sentence_type": "imprisonment", "sentence_years": length.0, "sentence_months": length.1]) { $1 })
        }
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let years = ImportColumns.names.firstIndex(of: "sentence_years")! + 1
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "sheet.csv:2:\(years): error: '1,5' is not a whole number; write 1 here and 6 in sentence_months (1,5 years)",
            "sheet.csv:3:\(years): error: '5,0' is not a whole number; write '5'",
            "sheet.csv:3:\(years + 1): error: '6.0' is not a whole number; write '6'",
            "sheet.csv:4:\(years): error: '2,4' is not a whole number; write whole years and months",
            "sheet.csv:5:\(years): error: '0.25' is not a whole number; write 0 here and 3 in sentence_months (0.25 years)",
            "sheet.csv:6:\(years): error: '1 0' is not a whole number; write it without spaces, '10'",  // the no-break space made a plain one
            // A length with its units said only "is not a whole number".
            "sheet.csv:7:\(years): error: '3 года 6 месяцев' is not a whole number; write the numbers alone: 3 here and 6 in sentence_months",
            "sheet.csv:7:\(years + 1): error: '8 мес.' is not a whole number; write the numbers alone: 8 here",
        ])
    }
}
