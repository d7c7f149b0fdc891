import Foundation
import Testing
@testable import CasebookKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The statistics page: figures counted like the home page and the data exports, charts
/// drawn as well-formed SVG with every label escaped.
@Suite struct StatisticsTests {
    /// A chart's label column fits Cyrillic and Kazakh labels, drawn wider than Latin ones.
    @Test func labelsOfEveryScriptFitTheirColumn() {
        #expect(BarChart.textWidth("2021") == 32)
        #expect(BarChart.textWidth("Sentenced") == 72)
        #expect(BarChart.textWidth("Осуждён") == 70)
        #expect(BarChart.textWidth("Сотталды") == 80)
    }

    /// The linked sample archive (or a fixture's), as the renderer receives it.
    static func archive(_ site: SiteFixture) throws -> Archive {
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, problems) = Builder.parse(loaded, displayName: "content")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let (archive, linkProblems) = Linker.link(content, includeDrafts: false)
        #expect(linkProblems.filter { $0.severity == .error }.isEmpty, "\(linkProblems)")
        return archive
    }

    @Test func sampleArchiveFigures() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = try Self.archive(site)
        let stats = Statistics(archive: archive, words: .english)
        #expect(stats.totalCases == 6 && stats.totalPersons == 8)
        #expect(stats.totalCases == archive.cases.count && stats.totalPersons == archive.prosecutedPersonCount)
        #expect(stats.asOf?.description == "2021-03-05")
        // Askarov's case begins in June 2010, Kozlov's in January 2012, the Atyrau case in May
        // 2016, Ablyazov's (its one event the verdict) in 2018, Qambarova's with her charge in
        // September 2020, the other in 2021; the years between are listed, empty.
        #expect(stats.years.map(\.year) == Array(2010...2021))
        #expect(stats.years.map { [$0.cases, $0.persons, $0.cumulativeCases, $0.cumulativePersons] }
                == [[1, 1, 1, 1], [0, 0, 1, 1], [1, 1, 2, 2], [0, 0, 2, 2], [0, 0, 2, 2], [0, 0, 2, 2],
                    [1, 2, 3, 4], [0, 0, 3, 4], [1, 1, 4, 5], [0, 0, 4, 5], [1, 1, 5, 6], [1, 2, 6, 8]])
        #expect(stats.undated == nil)
        func rows(_ rows: [Statistics.Row]) -> [String] { rows.map { "\($0.label): \($0.cases)/\($0.persons)" } }
        #expect(rows(stats.statuses) == ["Sentenced: 3/4", "Released: 2/3", "Died in custody: 1/1"])
        #expect(rows(stats.regions) == ["Zhambyl Region: 3/4", "Atyrau Region: 1/2", "Jalal-Abad Region: 1/1", "Mangystau Region: 1/1"])
        #expect(stats.regions.first?.href == "regions/zhambyl-region/index.html")
        #expect(stats.charges.first?.href == "charges/kz-cc-405/index.html" && rows(stats.charges).first?.hasSuffix(": 2/3") == true)
        // Ablyazov's sentence in force was passed in absentia: counted in a row of its own,
        // never under its penalties (life, confiscation).
        #expect(rows(stats.sentences) == ["Ban on activity: 3/5", "Imprisonment: 2/3", "Freedom limitation: 2/3", "Fine: 1/2",
                                          "Community work: 1/1", "Life imprisonment: 1/1", "Confiscation of property: 1/1",
                                          "Sentenced in absentia: 1/1"])
    }

    @Test func yearsRunningTotalsAndMissingValues() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // A 2018 case of people prosecuted again later, and a case with no event, region or sentence.
        try site.write("content/cases/early-2019.md", """
            ---
            title: An earlier case
            status: released
            people: [zhazira-qambarova, nazira-lesova]
            region: zhambyl region
            events:
              - {date: 2018-05, type: detention, summary: Detained., sources: [s]}
              - {date: 2018-06, type: release, summary: Released., sources: [s]}
            sources: [{id: s, title: Report, url: 'https://example.org/'}]
            ---
            """)
        try site.write("content/cases/undated.md", """
            ---
            title: A case without events
            status: trial
            people: [mukhtar-ablyazov]
            sources: [{title: Report, url: 'https://example.org/'}]
            ---
            """)
        let stats = Statistics(archive: try Self.archive(site), words: .english)
        #expect(stats.totalCases == 8 && stats.totalPersons == 8)
        // The sample's years from 2010, with the new case in 2018; the running persons are
        // distinct people, not a sum.
        #expect(stats.years.map { "\($0.year): \($0.cases)/\($0.persons) \($0.cumulativeCases)/\($0.cumulativePersons)" }
                == ["2010: 1/1 1/1", "2011: 0/0 1/1", "2012: 1/1 2/2", "2013: 0/0 2/2", "2014: 0/0 2/2", "2015: 0/0 2/2",
                    "2016: 1/2 3/4", "2017: 0/0 3/4", "2018: 2/3 5/7", "2019: 0/0 5/7", "2020: 1/1 6/7", "2021: 1/2 7/8"])
        #expect(stats.undated.map { "\($0.cases)/\($0.persons)" } == "1/1")
        // "zhambyl region" is the same region as "Zhambyl Region"; a case without one is listed apart.
        #expect(stats.regions.map { "\($0.label): \($0.cases)/\($0.persons)" } == ["Zhambyl Region: 4/4", "Atyrau Region: 1/2", "Jalal-Abad Region: 1/1", "Mangystau Region: 1/1", "Region not recorded: 1/1"])
        #expect(stats.regions.last?.href == nil)
        // Statuses in site.yml order: persons by their status in each case.
        #expect(stats.statuses.map { "\($0.label): \($0.cases)/\($0.persons)" } == ["On trial: 1/1", "Sentenced: 3/4", "Released: 3/5", "Died in custody: 1/1"])
        // The new case's two people; Ablyazov, sentenced in absentia, has a row of his own.
        #expect(stats.sentences.last.map { "\($0.label): \($0.cases)/\($0.persons)" } == "No sentence recorded: 2/3")
        #expect(stats.sentences.contains { "\($0.label): \($0.cases)/\($0.persons)" == "Sentenced in absentia: 1/1" })
    }

    @Test func statisticsPageShowsChartsAndTables() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try site.read("public/statistics/index.html")
        #expect(html.contains("Figures as of <time datetime=\"2021-03-05\">5 March 2021</time>"))
        #expect(html.components(separatedBy: "<svg class=\"chart\" role=\"img\"").count - 1 == 6)
        #expect(html.components(separatedBy: "<caption>").count - 1 == 6)
        #expect(html.contains("<th scope=\"col\">Prosecutions</th>"))
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"../regions/zhambyl-region/index.html\"><bdi>Zhambyl Region</bdi></a></th><td>3</td><td>4</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\"><bdi>Freedom limitation</bdi></th><td>2</td><td>3</td></tr>"))
        #expect(html.contains("3 persons</text>"))
        // Linked from the main navigation and the home page.
        #expect(try site.read("public/index.html").contains("href=\"statistics/index.html\""))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("href=\"../../statistics/index.html\">Statistics</a>"))
    }

    /// A status is what the sources last reported, as of the case's date: the page never
    /// calls it today's, in any language (the sample's statuses date from 2021).
    @Test func statusFigureIsTheLatestRecordedNotToday() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let en = try site.read("public/statistics/index.html")
        #expect(en.contains("<h2 id=\"current-heading\">Latest recorded status: where the cases stand</h2>"))
        #expect(!en.contains("status today") && !en.contains("Now:"))
        let ru = try site.read("public/ru/statistics/index.html")
        #expect(ru.contains(">Последний записанный статус: на какой стадии дела</h2>") && !ru.contains("нынешнему статусу"))
        let kk = try site.read("public/kk/statistics/index.html")
        #expect(kk.contains(">Соңғы тіркелген мәртебе: істер қай сатыда</h2>") && !kk.contains("бүгінгі мәртебесі"))
    }

    /// A disputed status was counted under its label with nothing to say so: "Sentenced: 4"
    /// read as a fact for each of them. The note now says how many are reported or disputed, and
    /// the sentence figure's of its sentences.
    @Test func reportedAndDisputedStatusesAreCountedAsSuch() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try !site.read("public/statistics/index.html").contains("only report, or dispute"), "no such note without a certainty")
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced\n", with: "status: sentenced\nstatus_certainty: disputed\n")
        // A defendant's own certainty counts the person, not the case.
        try site.replace("content/cases/lesova-lepesova-2021.md", "  - person: nazira-lepesova\n    role: defendant\n",
                         with: "  - person: nazira-lepesova\n    role: defendant\n    status_certainty: reported\n")
        #expect(site.build().succeeded)
        #expect(try site.read("public/statistics/index.html").contains(
            "The sources only report, or dispute, the status of some of them (prosecutions: 1; persons: 2): each case&#39;s page says so beside the status, and every list of cases marks it."))
        #expect(try site.read("public/ru/statistics/index.html").contains("(дел: 1; человек: 2)"))
        #expect(try site.read("public/kk/statistics/index.html").contains("(істер: 1; адамдар: 2)"))
        #expect(try !site.read("public/statistics/index.html").contains("a part of some of these sentences"))
        // A disputed part of a sentence counted under its type says as much.
        try site.replace("content/cases/qambarova-2021.md", "{type: freedom-limitation, years: 2}", with: "{type: freedom-limitation, years: 2, certainty: disputed}")
        #expect(site.build().succeeded)
        #expect(try site.read("public/statistics/index.html").contains(
            "The sources only report, or dispute, a part of some of these sentences (prosecutions: 1; persons: 1): each case&#39;s page says so beside it."))
        #expect(try site.read("public/ru/statistics/index.html").contains("приговоров источники лишь сообщают или оспаривают (дел: 1; человек: 1)"))
    }

    @Test func chartIsWellFormedAndEscapesLabels() throws {
        let hostile = #"<script>alert("x")</script> & 'Region' ]]>"#
        let chart = BarChart(id: "chart-test", title: "Title <b>", description: "Desc & more",
                             series: StatisticsPageContext.both(.english),
                             rows: [.init(label: hostile, values: [3, 7]), .init(label: "Zero", values: [0, 0]),
                                    .init(label: String(repeating: "long ", count: 40), values: [1, 1])])
        let svg = chart.svg
        #expect(!svg.contains("<script") && !svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Region&#39; ]]&gt;"))
        #expect(svg.contains("<title id=\"chart-test-title\">Title &lt;b&gt;</title>"))
        #expect(svg.contains("7 persons</text>") && svg.contains("1 prosecution</text>") && svg.contains("0 persons</text>"))
        #expect(svg.contains("…</text>"))
        // Parsed as XML: well formed, and the label comes back as the text it was.
        let collector = TextCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.root == "svg")
        #expect(collector.texts.contains(hostile))
        #expect(BarChart(id: "x", title: "t", description: "d", series: StatisticsPageContext.both(.english), rows: []).svg == "")
    }

    /// A chart 440 units wide, so a phone draws its text at a readable size; a label wider
    /// than that (a charge's name in Russian) is cut with "…", not clipped at the edge.
    @Test func aLongLabelIsCutToTheChartsWidth() throws {
        let charge = "Организация или участие в деятельности запрещённой экстремистской организации"
        let chart = BarChart(id: "chart-charge", title: "t", description: "d", series: StatisticsPageContext.both(.english),
                             rows: [.init(label: charge, values: [117, 126]), .init(label: "Fraud", values: [14, 16])])
        let svg = chart.svg
        #expect(svg.contains(#"viewBox="0 0 440 "#) && svg.contains(#"width="440""#))
        let labels = svg.matches(of: #/font-weight="600">([^<]*)</text>/#).map { String($0.output.1) }
        #expect(labels.count == 2 && labels[1] == "Fraud")
        #expect(labels[0].hasSuffix("…") && charge.hasPrefix(String(labels[0].dropLast())))
        #expect(BarChart.textWidth(labels[0]) <= BarChart.width)
        #expect(BarChart.shortened("Fraud") == "Fraud")
    }

    @Test func hostileRegionStaysTextOnTheStatisticsPage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "region: Zhambyl Region", with: "region: '<svg onload=alert(1)>Region'")
        #expect(site.build().succeeded)
        let html = try site.read("public/statistics/index.html")
        #expect(!html.contains("<svg onload"))
        #expect(html.contains("&lt;svg onload=alert(1)&gt;Region"))
    }

    final class TextCollector: NSObject, XMLParserDelegate {
        var root: String?
        var texts: [String] = []
        var current = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if root == nil { root = name }
            current = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { texts.append(current) }
            current = ""
        }
    }
}
