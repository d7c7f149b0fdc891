import Foundation
import Testing
@testable import CasebookKit

/// A case's year is the year its prosecution began (its earliest detention, charge or
/// measure of restraint, else its earliest event), computed once per case in the link stage;
/// `offence_date` is shown and never moves it.
@Suite struct ProsecutionYearTests {
    static func event(_ date: String, _ type: String) -> String {
        "  - {date: \(date), type: \(type), summary: Something happened., sources: [rferl-2021-03-03]}\n"
    }

    @Test func anEarlierSearchOrOffenceDoesNotMoveTheCase() throws {
        // Without the sample's cases of 2010-2016, so that a year 2011 would show.
        let site = try SiteFixture(withCustody: false)
        defer { site.remove() }
        // Qambarova's case: charged in September 2020; a search a year before, the offence in 2011.
        try site.replace("content/cases/qambarova-2021.md", "events:\n", with: "offence_date: 2011\nevents:\n" + Self.event("2019-11-02", "search"))
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let archive = site.linked().archive
        #expect(archive.caseRecord("qambarova-2021")?.prosecutionStart?.description == "2020-09")
        #expect(try site.read("public/cases/qambarova-2021/index.html")
            .contains(##"<div><dt>Offence</dt><dd><time datetime="2011">2011</time></dd></div>"##))
        let statistics = try site.read("public/statistics/index.html")
        #expect(statistics.contains("<bdi>2020</bdi></th><td>1</td>") && statistics.contains("<bdi>2019</bdi></th><td>0</td>"))
        #expect(!statistics.contains("<bdi>2011</bdi>"))
        let filter = try FilterDataTests.decode(try site.read("public/cases/filter-data.js"))
        let row = try #require((filter["cases"] as? [[Any]])?.first { $0[0] as? String == "qambarova-2021" })
        #expect(row[6] as? Int == 2020)
        // The search itself stays on the timeline of its own year.
        #expect(try site.read("public/timeline/2019/index.html").contains("Something happened."))
    }

    @Test func theEarliestProsecutionEventWinsElseTheEarliestEvent() throws {
        func start(_ events: [(String, String)]) throws -> String? {
            let list = try events.map { Event(date: try PartialDate.parse($0.0).get(), type: $0.1, summary: "", people: [], sources: [],
                                              position: SourcePosition(line: 1, column: 1)) }
            return Linker.prosecutionStart(of: list)?.description
        }
        #expect(try start([("2019-05", "search"), ("2021-01-02", "restraint"), ("2020-12-30", "detention")]) == "2020-12-30")
        #expect(try start([("2019-05", "search"), ("2018", "trial")]) == "2018")
        #expect(try start([]) == nil)
    }
}
