import Testing
@testable import CasebookKit

/// ISO 8601-2 (EDTF) level 1 dates read by `PartialDate.parse`: qualifiers and intervals.
@Suite("EDTF dates")
struct EDTFDateTests {
    private func date(_ text: String) throws -> PartialDate {
        try PartialDate.parse(text).get()
    }

    @Test("~ ? % on a year, a month or a day set the qualifier and keep the date", arguments: [
        ("2018~", "2018", 2), ("2018-11?", "2018-11", 1), ("2018-11-04%", "2018-11-04", 3), ("2018?", "2018", 1),
    ] as [(String, String, UInt8)])
    func qualifiers(_ example: (String, String, UInt8)) throws {
        let (text, plain, qualifier) = (example.0, example.1, PartialDate.Qualifier(rawValue: example.2))
        let parsed = try date(text)
        #expect(parsed.qualifier == qualifier)
        #expect(parsed.start == (try date(plain)))
        #expect(parsed.end == nil && !parsed.isSingle)
        #expect(parsed.description == text)
    }

    @Test("an interval of partial dates, each end with its own qualifier", arguments: [
        "2006/2008", "2018-03/2018-05", "2018-03-01/2018-03-09", "2006~/2008", "2006/2008?", "2018-03%/2019", "2018/2018",
    ])
    func intervals(_ text: String) throws {
        let parsed = try date(text)
        let ends = text.split(separator: "/").map(String.init)
        #expect(parsed.description == text)
        #expect(parsed.end == (try date(ends[1])))
        #expect(parsed.start == (try date(ends[0])).start)
        #expect(parsed.qualifier == (try date(ends[0])).qualifier)
    }

    @Test("an interval's days run from its start's first day to its end's last day")
    func intervalDays() throws {
        let interval = try date("2018-03/2018-05")
        #expect(interval.firstDayNumber == (try date("2018-03-01")).firstDayNumber)
        #expect(interval.lastDayNumber == (try date("2018-05-31")).firstDayNumber)
        #expect((try date("2018~")).lastDayNumber == (try date("2018-12-31")).firstDayNumber)
    }

    @Test("an interval ending before it starts is refused with both ends", arguments: [
        ("2006/2004", "2006", "2004"), ("2018-05/2018-03", "2018-05", "2018-03"), ("2018-03-09/2018-03-01", "2018-03-09", "2018-03-01"),
        ("2019~/2018", "2019~", "2018"),
    ] as [(String, String, String)])
    func reversed(_ example: (String, String, String)) {
        let (text, start, end) = example
        #expect(PartialDate.parse(text) == .failure(.endsBeforeStart(start: start, end: end)))
    }

    @Test("an end that overlaps the start is no reversal: 2018/2018-03 ends in 2018")
    func overlappingEnds() throws {
        #expect((try date("2018-03/2018")).end == PartialDate(year: 2018))
    }

    @Test("open and unknown ends are refused", arguments: ["../2008", "2006/..", "/2008", "2006/", "/", "../.."])
    func open(_ text: String) {
        #expect(PartialDate.parse(text) == .failure(.openInterval))
    }

    @Test("other mistakes stay malformed or impossible", arguments: [
        ("2018~~", PartialDate.ParseError.malformed), ("2018~-03", .malformed), ("~2018", .malformed), ("2018?~", .malformed),
        ("2006/2008/2010", .malformed), ("2006 / 2008", .malformed), ("2018-3~", .malformed), ("2018-13~", .impossible),
        ("2006/2008-02-30", .impossible), ("2018-21", .impossible), ("201X", .malformed),
    ])
    func mistakes(_ text: String, _ error: PartialDate.ParseError) {
        #expect(PartialDate.parse(text) == .failure(error))
    }

    @Test("a qualified date and an interval sort at their start, like the plain date")
    func sortsAtStart() throws {
        let plain = try date("2018"), approximate = try date("2018~"), interval = try date("2018/2020")
        #expect(!(plain < approximate) && !(approximate < plain))
        #expect(!(plain < interval) && !(interval < plain))
        #expect(try date("2017-12-31") < approximate)
        #expect(interval < (try date("2018-01")))
        #expect(plain != approximate && plain != interval)
        #expect(Set([plain, approximate, interval, try date("2018~")]).count == 3)
    }

    @Test("a plain date is single, with no qualifier and no end")
    func plainIsSingle() throws {
        let plain = try date("2021-03-04")
        #expect(plain.isSingle && plain.qualifier.isEmpty && plain.end == nil && plain.start == plain)
    }

    @Test("the --as-of option takes a single date only")
    func asOfIsSingle() {
        #expect(AsOfChoice.parse("2021-03-04") != nil)
        #expect(AsOfChoice.parse("2021-03~") == nil)
        #expect(AsOfChoice.parse("2021/2022") == nil)
    }
}
