import Testing
@testable import CasebookKit

/// Days in custody and who is held now, counted by `CustodyLedger` at fixed days: several
/// periods, partial dates, a period still open, a day before a period starts, kinds that
/// do not deprive of liberty, and the default day.
@Suite struct CustodyLedgerTests {
    static func archive(_ custody: [String: String], status: String = "serving", updated: String = "2023-06-01",
                        asOf: String? = nil, site: SiteConfig = SiteConfig()) -> (Archive, [Diagnostic]) {
        var content = ParsedContent(site: site)
        var people = ""
        for (person, periods) in custody.sorted(by: { $0.key < $1.key }) {
            people += "  - person: \(person)\n    custody:\n" + periods.split(separator: "\n").map { "      - \($0)\n" }.joined()
            let info = DocumentInfo(kind: .people, id: person, path: "content/people/\(person).md")
            var reader = FieldReader(file: info.path)
            if case .person(let parsed)? = ContentParser.parse(text: "---\nname: Person \(person)\n---\n", info: info, site: site, reader: &reader) {
                content.people.append(parsed)
            }
        }
        if people.isEmpty { people = "  - someone\n" }
        let text = "---\ntitle: A case\nstatus: \(status)\nupdated: \(updated)\npeople:\n\(people)sources:\n  - {id: s, title: S, url: https://example.org/}\n---\n"
        let info = DocumentInfo(kind: .cases, id: "a-case", path: "content/cases/a-case.md")
        var reader = FieldReader(file: info.path)
        if case .caseRecord(let record)? = ContentParser.parse(text: text, info: info, site: site, reader: &reader) {
            content.cases.append(record)
        }
        #expect(reader.diagnostics.items.isEmpty, "\(reader.diagnostics.items)")
        let day = asOf.map { AsOf(date: try! PartialDate.parse($0).get(), source: .option) }
        return Linker.link(content, includeDrafts: false, asOf: day)
    }

    @Test func daysAcrossSeveralPeriodsCountEveryDayOnce() {
        let (archive, problems) = Self.archive(["a": """
            {from: 2021-03-04, to: 2021-03-10, kind: detention}
            {from: 2021-03-10, to: 2021-09-10, kind: pretrial-detention}
            {from: 2021-09-10, kind: prison}
            """], asOf: "2022-03-04")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let ledger = archive.custody
        #expect(ledger.entries(of: "a").map(\.days) == [7, 185, 176])
        // 4 March 2021 to 4 March 2022, both counted; the days periods share are counted once.
        #expect(ledger.daysHeld["a"] == 366)
        #expect(ledger.heldNow == ["a"])
        #expect(ledger.entries[ledger.currentHeld["a"]!].period.kind == "prison")
        #expect(ledger.approximate.isEmpty)
        #expect(ledger.asOf == AsOf(date: PartialDate(year: 2022, month: 3, day: 4)!, source: .option))
    }

    @Test func aPartialDateCountsFromItsFirstDayAndMarksTheTotalAbout() {
        let (archive, _) = Self.archive(["a": "{from: 2020-09, to: 2020-10-01, kind: pretrial-detention}"], status: "released")
        #expect(archive.custody.daysHeld["a"] == 31)
        #expect(archive.custody.approximate == ["a"])
        #expect(archive.custody.heldNow.isEmpty)
        #expect(archive.custody.everHeld == ["a"])
    }

    /// `to: 2021-03` after `from: 2021-03-15`: it ended in those days, so it counts one day,
    /// about; it counted none and the page said "not begun".
    @Test func aPartialEndInTheMonthItStartsCountsFromTheStart() {
        let (archive, problems) = Self.archive(["a": """
            {from: 2021-03-15, to: 2021-03, kind: pretrial-detention}
            {from: 2021-03-20, kind: prison}
            """], asOf: "2021-04-01")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        #expect(archive.custody.entries(of: "a").map(\.days) == [1, 13])
        #expect(archive.custody.entries(of: "a").map(\.isCurrent) == [false, true])
        #expect(archive.custody.daysHeld["a"] == 14)
        #expect(archive.custody.approximate == ["a"])
        #expect(archive.custody.heldNow == ["a"])
    }

    @Test func aDayBeforeThePeriodStartsCountsNothingAndNobodyIsHeld() {
        let (archive, problems) = Self.archive(["a": "{from: 2024-02-01, kind: prison}"], asOf: "2024-01-01")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        #expect(archive.custody.entries(of: "a").map(\.days) == [0])
        #expect(archive.custody.entries(of: "a").map(\.isCurrent) == [false])
        #expect(archive.custody.daysHeld["a"] == nil)
        #expect(archive.custody.heldNow.isEmpty)
        #expect(archive.custody.everHeld.isEmpty)
        #expect(archive.custody.recordsCustody)
    }

    @Test func thePeriodEndsOnItsLastDayAndTheDayAfterIsFree() {
        let on = Self.archive(["a": "{from: 2024-01-01, to: 2024-01-10, kind: prison}"], asOf: "2024-01-09").0.custody
        #expect(on.heldNow == ["a"])
        #expect(on.daysHeld["a"] == 9)
        let after = Self.archive(["a": "{from: 2024-01-01, to: 2024-01-10, kind: prison}"], asOf: "2024-01-10").0.custody
        #expect(after.heldNow.isEmpty)
        #expect(after.daysHeld["a"] == 10)
    }

    @Test func kindsThatDoNotDepriveOfLibertyAreListedButNeverCounted() {
        let (archive, _) = Self.archive(["a": """
            {from: 2021-03-04, kind: freedom-limitation}
            {from: 2021-03-04, kind: travel-ban}
            """], asOf: "2022-03-04")
        #expect(archive.custody.entries(of: "a").map(\.days) == [366, 366])
        #expect(archive.custody.entries(of: "a").map(\.isHeldKind) == [false, false])
        #expect(archive.custody.heldNow.isEmpty)
        #expect(archive.custody.daysHeld["a"] == nil)
        #expect(archive.custody.everHeld.isEmpty)
    }

    @Test func heldNowListsTheLongestHeldFirst() {
        let (archive, _) = Self.archive(["a": "{from: 2023-01-01, kind: prison}", "b": "{from: 2020-01-01, kind: house-arrest}",
                                         "c": "{from: 2023-01-01, kind: psychiatric}"], asOf: "2024-01-01")
        #expect(archive.custody.heldNow == ["b", "a", "c"])
    }

    @Test func withoutAnAsOfTheDayIsTheLatestUpdateOfAnyCase() {
        let (archive, _) = Self.archive(["a": "{from: 2023-01-01, kind: prison}"], updated: "2023-06-01")
        #expect(archive.custody.asOf == AsOf(date: PartialDate(year: 2023, month: 6, day: 1)!, source: .latestUpdate))
        #expect(archive.custody.daysHeld["a"] == 152)
        var site = SiteConfig()
        site.asOf = PartialDate(year: 2023, month: 2)
        let fromSite = Self.archive(["a": "{from: 2023-01-01, kind: prison}"], site: site).0.custody
        #expect(fromSite.asOf == AsOf(date: PartialDate(year: 2023, month: 2, day: 1)!, source: .siteFile))
        #expect(fromSite.daysHeld["a"] == 32)
    }

    @Test func anArchiveWithoutCustodyRecordsNone() {
        let (archive, _) = Self.archive([:])
        #expect(archive.cases.count == 1)
        #expect(!archive.custody.recordsCustody)
        #expect(archive.custody.heldNow.isEmpty)
    }

    @Test(arguments: [(1970, 1, 1, 0), (2000, 3, 1, 11017), (2024, 2, 29, 19782), (1969, 12, 31, -1), (9999, 12, 31, 2_932_896)])
    func dayNumbersRoundTrip(year: Int, month: Int, day: Int, number: Int) {
        let date = PartialDate(year: year, month: month, day: day)!
        #expect(date.firstDayNumber == number)
        #expect(PartialDate(dayNumber: number) == date)
    }
}

/// The parse rules of a custody period that no fixture shows.
@Suite struct CustodyParseTests {
    static func problems(_ custody: String) -> [String] {
        let text = "---\ntitle: A case\nstatus: trial\npeople:\n  - person: a\n    custody:\n      - \(custody)\n---\n"
        let info = DocumentInfo(kind: .cases, id: "a-case", path: "content/cases/a-case.md")
        var reader = FieldReader(file: info.path)
        _ = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader)
        return reader.diagnostics.items.map(\.message)
    }

    @Test func aPartialEndMayFallInTheMonthItStarts() {
        #expect(Self.problems("{from: 2020-09-15, to: 2020-09, kind: prison}").isEmpty)
        #expect(Self.problems("{from: 2020-09-15, to: 2020, kind: prison}").isEmpty)
        #expect(Self.problems("{from: 2020-09-15, to: 2020-08, kind: prison}")
                == ["a custody period ends ('to: 2020-08') before it starts ('from: 2020-09-15'); check both dates"])
    }

    @Test func theLastDayOfAPartialDate() {
        #expect(PartialDate(year: 2024, month: 2)!.lastDayNumber == PartialDate(year: 2024, month: 2, day: 29)!.firstDayNumber)
        #expect(PartialDate(year: 2023)!.lastDayNumber == PartialDate(year: 2023, month: 12, day: 31)!.firstDayNumber)
    }
}

/// The check that a person held now is not said to be free: the status speaks for its own
/// date, so a day before it is no contradiction.
@Suite struct CustodyStatusCheckTests {
    static func errors(asOf: String) -> [String] {
        CustodyLedgerTests.archive(["a": "{from: 2023-01-01, kind: prison, sources: [s]}"], status: "released",
                                   updated: "2023-06-01", asOf: asOf).1.filter { $0.severity == .error }.map(\.message)
    }

    @Test func afterTheStatusDateAnOpenPeriodIsAnError() {
        #expect(Self.errors(asOf: "2023-07-01") == ["this custody period makes the person held now, but the case's status is 'released': give the period the day it ended ('to: YYYY-MM-DD'), or correct the status"])
    }

    @Test func beforeTheStatusDateThePersonWasHeld() {
        #expect(Self.errors(asOf: "2023-03-01").isEmpty)
    }
}
