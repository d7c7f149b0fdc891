import Foundation
import Testing
@testable import CasebookKit

/// The statistics by year keep the years without a case, so gaps show, but a run of more
/// than ten of them is one row: a year mistyped by one digit (1020 for 2020) once made a
/// table and a chart of a thousand empty years.
@Suite struct StatisticsYearsTests {
    @Test func aLongRunOfEmptyYearsIsOneRow() {
        let spans = Statistics.yearSpans
        #expect(spans([2010, 2012, 2021]) == [2010...2010, 2011...2011, 2012...2012] + (2013...2021).map { $0...$0 })
        // Ten empty years are ten rows; eleven are one.
        #expect(spans([2000, 2011]).count == 12)
        #expect(spans([2000, 2012]) == [2000...2000, 2001...2011, 2012...2012])
        #expect(spans([1021, 2019, 2021]) == [1021...1021, 1022...2018, 2019...2019, 2020...2020, 2021...2021])
        #expect(spans([]).isEmpty && spans([2021]) == [2021...2021])
    }

    @Test func aMistypedYearGivesOneRowForTheGapOnThePage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        // Qambarova's case begins with her charge in September 2020: written 1020.
        try site.replace("content/cases/qambarova-2021.md", "  - date: 2020-09\n    type: charge\n", with: "  - date: 1020-09\n    type: charge\n")
        let result = site.build()
        #expect(result.exitStatus == 0)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/cases/qambarova-2021.md:") && $0.contains("warning: '1020-09' for 'date' is before 1900: check the year")
        }, "\(result.diagnostics.map(\.description))")
        let archive = site.archive()
        let years = Statistics(archive: archive, words: .english).years
        // 1020, the run 1021–2009 as one row, then 2010 to 2021 (Qambarova's case no longer in 2020).
        #expect(years.map(\.label) == ["1020", "1021–2009"] + (2010...2021).map(String.init))
        #expect(years.map(\.cases) == [1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1])
        #expect(years.map(\.cumulativeCases) == [1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 5, 6])
        for page in ["statistics/index.html", "ru/statistics/index.html", "kk/statistics/index.html"] {
            let html = try site.read("public/" + page)
            #expect(html.contains(">1021–2009<"), "\(page)")
            #expect(!html.contains(">1500<") && !html.contains(">2008<"), "\(page)")
        }
    }
}
