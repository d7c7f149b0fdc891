import Foundation
import Testing
@testable import CasebookKit

/// The sentences the built pages of the sample make in Russian and Kazakh, read as a reader
/// of the language reads them: where the catalogue's words meet a page's own punctuation.
@Suite struct PageWordingTests {
    /// The facts box puts the status, then its date: in Kazakh the words before the date
    /// need their own separator ("Сотталды мәлімет күні: …" read as one phrase).
    @Test func aStatusAndItsDateArePartedInKazakh() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let kk = try site.read("public/kk/cases/qambarova-2021/index.html")
        #expect(kk.contains(#"dir="auto">Сотталды</a> <span class="as-of">— мәлімет күні: <time datetime="2021-03-04">2021 жылғы 4 наурыз</time></span>"#))
        let ru = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(ru.contains(#"<span class="as-of">по состоянию на <time datetime="2021-03-04">4 марта 2021</time></span>"#))
    }

    /// A statistics table's numbers are grouped as its chart's labels and the page's sentences
    /// are: "1 180" beside "1 180 дел", not "1180" (read as a year in the year column's table).
    @Test func aStatisticsTableGroupsItsNumbers() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let context = StatisticsPageContext(archive: site.archive(), words: try ShippedCatalogue.read("ru"))
        let figure = try #require(context.figure("status", "По статусу", column: "Статус",
            [Statistics.Row(label: "Осуждён", href: nil, cases: 1180, persons: 10000)], note: nil))
        #expect(figure.rows.map(\.cells) == [["1\u{A0}180", "10\u{A0}000"]])
        #expect(figure.svg.contains("1\u{A0}180 дел") && figure.svg.contains("10\u{A0}000 человек"))
        let held = try #require(HeldSection.figure("kind", "По виду меры", column: "Мера",
            [CustodyStatistics.Row(label: "лишение свободы", href: nil, people: 2500)], note: "", date: "1 мая 2026",
            words: try ShippedCatalogue.read("ru")))
        #expect(held.rows.map(\.cells) == [["2\u{A0}500"]])
    }

    /// The headline figures of the home, cases and statistics pages: "10 000 / уголовных дел",
    /// not "10000", as the page's sentences write numbers; the ints stay digits for themes.
    @Test func theHeadlineCountsAreGrouped() throws {
        let counts = Counts.make(cases: 10000, persons: 1180, people: 12_500, organizations: 999,
                                 words: try ShippedCatalogue.read("ru"))
        #expect([counts.casesText, counts.personsText, counts.peopleText, counts.organizationsText]
            == ["10\u{A0}000", "1\u{A0}180", "12\u{A0}500", "999"])
        #expect(counts.casesWord == "уголовных дел" && counts.cases == 10000)
        #expect(Counts.make(cases: 10000, persons: 1, people: 1, organizations: 1, words: .english).casesText == "10,000")
        let partial = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/partials/counts.mustache"), encoding: .utf8)
        #expect(partial.contains("<dd>{{counts.cases_text}}</dd>") && partial.contains("<dd>{{.count_text}}</dd>"))
    }

    /// The counts beside a list's entries (facet values, the timeline's years, the held
    /// filters) are the grouped texts too, in every template of the default theme.
    @Test func theListsCountsAreGrouped() throws {
        let ru = try ShippedCatalogue.read("ru")
        #expect(HeldFilterLink(label: "Все, кто под стражей", href: "held/index.html", count: 1180, current: false,
                               countWords: ru.number).countText == "1\u{A0}180")
        let folder = SiteFixture.repository.appendingPathComponent("templates")
        var shown = 0
        for name in ["home", "facets", "timeline", "held"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
            #expect(!text.contains(#"<span class="count">{{.count}}</span>"#), "\(name)")
            shown += text.components(separatedBy: #"<span class="count">{{.count_text}}</span>"#).count - 1
        }
        #expect(shown == 5)
    }
}
