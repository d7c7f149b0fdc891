import Foundation
import Testing
@testable import CasebookKit

/// The statistics page's custody and recognition figures, with fixed dates
/// (`CustodyFixture`, as of 1 January 2024).
@Suite struct CustodyStatisticsTests {
    @Test func heldNowEverHeldDaysAndRecognition() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        let archive = try fixture.archive()
        let ledger = archive.custody
        #expect(ledger.heldNow == ["aset-held", "bota-held"])
        #expect(ledger.everHeld == ["aset-held", "bota-held", "dana-freed"])
        #expect(ledger.heldBeforeNotNow == 1)
        #expect(ledger.daysFigures == CustodyLedger.DaysFigures(people: 3, median: 306, medianIsApproximate: false,
                                                                longest: 357, longestIsApproximate: false))
        #expect(ledger.heldNowByKind(archive.site.custodyKinds).map { "\($0.kind) \($0.people)" } == ["pretrial-detention 1", "house-arrest 1"])

        let s = try #require(CustodyStatistics(archive: archive, words: .english))
        let custody = try #require(s.custody)
        #expect(custody.heldNow == 2 && custody.everHeld == 3 && custody.heldBefore == 1)
        #expect(custody.byKind.map { "\($0.label): \($0.people)" } == ["Pre-trial detention: 1", "House arrest: 1"])
        // Aset's own region; Bota has none, so her case's, which has a region page.
        #expect(custody.byRegion.map { "\($0.label) \($0.href ?? "-"): \($0.people)" }
                == ["Almaty -: 1", "Zhambyl Region regions/zhambyl-region/index.html: 1"])
        // Dana's recognition is dated after the day; Zhazira is recognised but never held.
        #expect(s.recognition.map { "\($0.ever) \($0.heldNow ?? -1)" } == "2 1")
    }

    /// The median and the longest are "about" when the totals they rest on rest on a partial date.
    @Test func medianAndLongestOnPartialDates() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        // Dana's detention now ends 2022-04-01: 32 days, so Bota's 215 (from 2023-06) is the middle.
        try fixture.site.replace("content/cases/custody-2023.md", "to: 2022-12-31", with: "to: 2022-04-01")
        let odd = try #require(try fixture.archive().custody.daysFigures)
        #expect(odd == CustodyLedger.DaysFigures(people: 3, median: 215, medianIsApproximate: true, longest: 357, longestIsApproximate: false))
        // Without Dana, two people: the mean of 215 and 357, one of them partial.
        try fixture.site.replace("content/cases/custody-2023.md", "  - person: dana-freed\n    custody:\n      - {from: 2022-03-01, to: 2022-03-10, kind: detention}\n      - {from: 2022-03-11, to: 2022-04-01, kind: pretrial-detention}\n", with: "")
        let even = try #require(try fixture.archive().custody.daysFigures)
        #expect(even == CustodyLedger.DaysFigures(people: 2, median: 286, medianIsApproximate: true, longest: 357, longestIsApproximate: false))
        // Bota held since 2021-06: the longest, and partial.
        try fixture.site.replace("content/cases/custody-2023.md", "from: 2023-06", with: "from: 2021-06")
        let longest = try #require(try fixture.archive().custody.daysFigures)
        #expect(longest == CustodyLedger.DaysFigures(people: 2, median: 651, medianIsApproximate: true, longest: 945, longestIsApproximate: true))
    }

    @Test func sentencesSayTheirDate() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        let s = try #require(CustodyStatistics(archive: try fixture.archive(), words: .english))
        let section = HeldSection(s, words: .english)
        let date = #"<time datetime="2024-01-01">1 January 2024</time>"#
        #expect(section.heading == "Custody and recognition")
        #expect(section.linesHTML == [
            "Held now, as of \(date): <strong>2</strong> people.",
            "Held at any time up to \(date): <strong>3</strong> people.",
            "Held before \(date) but not on it: <strong>1</strong> person.",
            "Days in custody as of \(date), over everyone held up to then: median <strong>306</strong> days, longest <strong>357</strong> days.",
            "Recognised as political prisoners up to \(date): <strong>2</strong> people.",
            "Recognised and held now, as of \(date): <strong>1</strong> person.",
        ])
        #expect(section.figures.map(\.id) == ["held-kind", "held-region"])
        // Not "By region", the heading of the figure of all cases on the same page: two
        // sections of one name could not be told apart by a screen reader.
        #expect(section.figures.map(\.heading) == ["By kind of custody", "Held now, by region"])
        #expect(section.figures.map(\.caption) == ["People held now by kind of custody, as of 1 January 2024",
                                                   "People held now by region, as of 1 January 2024"])
        #expect(section.figures[0].rows.map { $0.cells } == [["1"], ["1"]] && section.figures[0].total.isEmpty)
    }

    /// Counts of four digits and more are grouped as each language writes numbers.
    @Test func largeFiguresAreGrouped() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        let archive = try fixture.archive(asOf: AsOf(date: PartialDate(year: 2030, month: 1, day: 1)!, source: .option))
        let english = HeldSection(try #require(CustodyStatistics(archive: archive, words: .english)), words: .english)
        #expect(english.linesHTML[3].contains("longest <strong>2,549</strong> days"), "\(english.linesHTML)")
        let russian = try #require(Catalogue.builtIn["ru"])
        let ru = HeldSection(try #require(CustodyStatistics(archive: archive, words: russian)), words: russian)
        #expect(ru.linesHTML[3].contains("<strong>2\u{00A0}549</strong> дней"), "\(ru.linesHTML)")
    }

    @Test func russianAndKazakhWording() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        // Bota's total (about 215 days) is the median once Dana's is shorter.
        try fixture.site.replace("content/cases/custody-2023.md", "to: 2022-12-31", with: "to: 2022-04-01")
        let archive = try fixture.archive()
        let russian = try #require(Catalogue.builtIn["ru"]), kazakh = try #require(Catalogue.builtIn["kk"])
        let ru = HeldSection(try #require(CustodyStatistics(archive: archive, words: russian)), words: russian)
        let ruDate = #"<time datetime="2024-01-01">1 января 2024</time>"#
        #expect(ru.linesHTML[0] == "Сейчас под стражей, по состоянию на \(ruDate): <strong>2</strong> человека.")
        #expect(ru.linesHTML[2] == "Были под стражей раньше, но не на \(ruDate): <strong>1</strong> человек.")
        #expect(ru.linesHTML[3] == "Дни под стражей по состоянию на \(ruDate), по всем, кто был под стражей до этой даты: медиана — около <strong>215</strong> дней, наибольший срок — <strong>357</strong> дней.")
        #expect(ru.figures[0].caption == "Люди под стражей по виду меры, по состоянию на 1 января 2024")
        #expect(ru.figures[1].heading == "Сейчас под стражей, по регионам")
        #expect(ru.figures[1].caption == "Люди под стражей по регионам, по состоянию на 1 января 2024")
        let kk = HeldSection(try #require(CustodyStatistics(archive: archive, words: kazakh)), words: kazakh)
        let kkDate = #"<time datetime="2024-01-01">2024 жылғы 1 қаңтар</time>"#
        #expect(kk.linesHTML[0] == "Қазір қамауда, \(kkDate) бойынша: <strong>2</strong> адам.")
        #expect(kk.figures[1].heading == "Қазір қамауда, өңірлер бойынша")
        #expect(kk.linesHTML[3] == "\(kkDate) бойынша қамаудағы күндер, осы күнге дейін қамауда болғандардың бәрі бойынша: медиана — шамамен <strong>215</strong> күн, ең ұзағы — <strong>357</strong> күн.")
    }

    /// The page's date: the day the build was given is not called the latest update.
    @Test func asOfSentenceSaysWhereTheDayCameFrom() throws {
        let fixture = try CustodyFixture()
        defer { fixture.remove() }
        let told = StatisticsPageContext(archive: try fixture.archive(), words: .english).asOfSentence()
        #expect(told.0?.description == "2024-01-01")
        #expect(told.1 == #"Figures as of <time datetime="2024-01-01">1 January 2024</time>, the date this site counts at; each case's status is as last recorded."#)
        let latest = StatisticsPageContext(archive: try fixture.archive(asOf: nil), words: .english).asOfSentence()
        #expect(latest.1 == #"Figures as of <time datetime="2023-12-20">20 December 2023</time>, the latest update to any published case."#)
    }

    /// Recognition without custody: counted, but nothing says "held now".
    @Test func recognitionWithoutCustody() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        try site.write("content/organizations/rights-centre.md", "---\nname: Rights Centre\nkind: ngo\n---\n")
        try site.replace("content/people/zhazira-qambarova.md", "\n---\n", with: "\nrecognised: [{by: rights-centre, date: 2020-12}]\n---\n")
        let archive = try StatisticsTests.archive(site)
        #expect(!archive.custody.recordsCustody)
        let s = try #require(CustodyStatistics(archive: archive, words: .english))
        #expect(s.custody == nil && s.recognition?.ever == 1 && s.recognition?.heldNow == nil)
        let section = HeldSection(s, words: .english)
        #expect(section.heading == "Recognised as political prisoners" && section.intro == nil && section.figures.isEmpty)
        #expect(section.linesHTML == [#"Recognised as political prisoners up to <time datetime="2021-03-05">5 March 2021</time>: <strong>1</strong> person."#])
    }

    /// The sample records neither custody nor recognition: no section at all.
    @Test func noSectionWithoutEither() throws {
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        #expect(CustodyStatistics(archive: try StatisticsTests.archive(site), words: .english) == nil)
    }
}
