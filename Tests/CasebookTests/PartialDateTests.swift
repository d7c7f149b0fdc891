import Testing
@testable import CasebookKit

@Suite("PartialDate")
struct PartialDateTests {
    private func date(_ text: String) throws -> PartialDate {
        try PartialDate.parse(text).get()
    }

    @Test("parses a year, a month and a day")
    func parsesEachPrecision() throws {
        let year = try date("2021")
        #expect(year.year == 2021 && year.month == nil && year.day == nil)
        #expect(year.precision == .year)

        let month = try date("2021-03")
        #expect(month.year == 2021 && month.month == 3 && month.day == nil)
        #expect(month.precision == .month)

        let day = try date("2021-03-04")
        #expect(day.year == 2021 && day.month == 3 && day.day == 4)
        #expect(day.precision == .day)
    }

    @Test("malformed texts are .malformed", arguments: [
        "21", "2021-3", "2021/03", "2021-03-04T", "", "2021-03-04-05", "2021-", "-2021", " 2021", "2021 ",
        "20x1", "2021-3-04", "2021-03-4", "+2021", "٢٠٢١",
    ])
    func malformed(_ text: String) {
        #expect(PartialDate.parse(text) == .failure(.malformed))
    }

    @Test("impossible dates are .impossible", arguments: [
        "2021-02-30", "2021-13", "2021-00", "2021-01-00", "2021-04-31", "2021-02-29", "1900-02-29", "0000",
    ])
    func impossible(_ text: String) {
        #expect(PartialDate.parse(text) == .failure(.impossible))
    }

    @Test("leap days and month ends that exist", arguments: ["2020-02-29", "2000-02-29", "2021-01-31", "2021-12-31", "2021-04-30"])
    func possible(_ text: String) throws {
        let parsed = try date(text)
        #expect(parsed.description == text)
    }

    @Test("a partial date sorts at the start of its period, coarser first")
    func sortsAtStartOfPeriod() throws {
        let ordered = try ["2021", "2021-01", "2021-01-01", "2021-01-02", "2021-02"].map(date)
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            #expect(earlier < later, "\(earlier) should sort before \(later)")
            #expect(!(later < earlier))
        }
        let shuffled = [ordered[3], ordered[0], ordered[4], ordered[2], ordered[1]]
        #expect(shuffled.sorted() == ordered)
    }

    @Test("dates in different years and months compare by time")
    func comparesAcrossPeriods() throws {
        #expect(try date("2020-12-31") < date("2021"))
        #expect(try date("2020") < date("2020-12"))
        #expect(try date("2021-02") < date("2021-10"))
        #expect(try date("2021-01-31") < date("2021-02"))
        #expect(try date("2021") != date("2021-01"))
        #expect(try date("2021-01") != date("2021-01-01"))
    }

    @Test("formatted prints at its own precision")
    func formatted() throws {
        #expect(try date("2021").worded == "2021")
        #expect(try date("2021-03").worded == "March 2021")
        #expect(try date("2021-03-04").worded == "4 March 2021")
        #expect(try date("2021-12-25").worded == "25 December 2021")
        #expect(try date("2021-01").worded == "January 2021")
    }

    @Test("description round-trips through parse", arguments: ["2021", "2021-03", "2021-03-04", "0999", "0999-01-01", "9999-12-31"])
    func descriptionRoundTrips(_ text: String) throws {
        let parsed = try date(text)
        #expect(parsed.description == text)
        #expect(try date(parsed.description) == parsed)
    }

    @Test("the memberwise initialiser rejects a day without a month and out-of-range values")
    func initialiserValidates() {
        #expect(PartialDate(year: 2021, month: nil, day: 4) == nil)
        #expect(PartialDate(year: 0) == nil)
        #expect(PartialDate(year: 2021, month: 2, day: 29) == nil)
        #expect(PartialDate(year: 2024, month: 2, day: 29) != nil)
    }
}

extension PartialDate {
    /// The date in the built-in English, as pages of an English site word it.
    var worded: String { Catalogue.english.date(self) }
}
