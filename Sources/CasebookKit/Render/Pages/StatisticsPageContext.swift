/// Makes the values of the statistics page: each figure as a chart (inline SVG) and as a table
/// with the same numbers, for readers who cannot see the chart.
///
/// A figure is `{id, heading, note, svg, caption, columns, rows: [{label, href, cells}], total}`.
/// "Current" figures describe the cases as they stand now; "recorded" figures count every
/// case the archive has recorded.
struct StatisticsPageContext {
    let statistics: Statistics

    init(archive: Archive) {
        statistics = Statistics(archive: archive)
    }

    static let both = [BarChart.Series(name: "Prosecutions", singular: "prosecution", plural: "prosecutions"),
                       BarChart.Series(name: "Persons", singular: "person", plural: "persons")]
    static let columns = ["Prosecutions", "Persons"]

    /// - Parameter counts: the page's `counts`, as on the home page.
    func page(counts: Counts) -> StatisticsPage {
        let s = statistics
        return StatisticsPage(
            counts: counts, asOf: s.asOf?.templateDate,
            current: [figure("status", "By status", column: "Status", s.statuses,
                               note: "Prosecutions by the status of the case; persons by their own status in it, which is the case's unless the case file gives the person another. A person whose cases stand at different statuses is counted under each.")]
                .compactMap { $0 },
            recorded: [yearFigure(), cumulativeFigure(),
                         figure("region", "By region", column: "Region", s.regions, note: nil),
                         figure("charge", "By charge", column: "Charge", s.charges,
                                note: "A case with several charges, or a person charged under several articles, is counted under each."),
                         figure("sentence", "By sentence type", column: "Sentence type", s.sentences,
                                note: "Sentences of defendants, by each kind of penalty they include (a sentence of freedom limitation with a ban on activity counts under both). A prosecution counts under a type when any of its defendants received it.")]
                .compactMap { $0 })
    }

    var total: [String] { [String(statistics.totalCases), String(statistics.totalPersons)] }

    func figure(_ id: String, _ heading: String, column: String, _ rows: [Statistics.Row], note: String?) -> Figure? {
        guard !rows.isEmpty else { return nil }
        let chart = BarChart(id: "chart-\(id)", title: "Bar chart: prosecutions and persons \(heading.lowercased())",
                             description: Self.chartDescription(rows.count), series: Self.both,
                             rows: rows.map { BarChart.Row(label: $0.label, values: [$0.cases, $0.persons]) })
        return Figure(
            id: id, heading: heading, note: note, svg: chart.svg,
            caption: "Prosecutions and persons \(heading.lowercased())",
            columns: [column] + Self.columns,
            rows: rows.map { FigureRow(label: $0.label, href: $0.href, cells: [String($0.cases), String($0.persons)]) },
            total: total)
    }

    func yearFigure() -> Figure? {
        let s = statistics
        let rows = s.years.map { Statistics.Row(label: String($0.year), href: nil, cases: $0.cases, persons: $0.persons) }
            + (s.undated.map { [$0] } ?? [])
        guard var figure = figure("year", "By year", column: "Year", rows, note:
            "Each case counts in the year of its earliest dated event (usually the detention, search or charge); a case with no dated event is counted under \"Not known\". Persons are those prosecuted in the cases of that year; a person with cases in several years counts in each.")
        else { return nil }
        figure.caption = "Prosecutions and persons by year of the case's first event"
        return figure
    }

    func cumulativeFigure() -> Figure? {
        let years = statistics.years
        guard !years.isEmpty else { return nil }
        let series = [BarChart.Series(name: "Prosecutions to date", singular: "prosecution", plural: "prosecutions"),
                      BarChart.Series(name: "Persons to date", singular: "person", plural: "persons")]
        let chart = BarChart(id: "chart-cumulative", title: "Bar chart: prosecutions and persons recorded up to each year",
                             description: Self.chartDescription(years.count), series: series,
                             rows: years.map { BarChart.Row(label: String($0.year), values: [$0.cumulativeCases, $0.cumulativePersons]) })
        var figure = Figure(
            id: "cumulative", heading: "Cumulative, by year", note:
                "All cases whose first event falls in that year or earlier, and the distinct persons prosecuted in them.",
            svg: chart.svg,
            caption: "Prosecutions and persons recorded up to the end of each year",
            columns: ["Year", "Prosecutions to date", "Persons to date"],
            rows: years.map { FigureRow(label: String($0.year), href: nil, cells: [String($0.cumulativeCases), String($0.cumulativePersons)]) },
            total: [])
        if let undated = statistics.undated {
            figure.note = "All cases whose first event falls in that year or earlier, and the distinct persons prosecuted in them. \(Words.count(undated.cases, "case")) with no dated event \(undated.cases == 1 ? "is" : "are") not included."
        }
        return figure
    }

    static func chartDescription(_ count: Int) -> String {
        "\(count) \(count == 1 ? "row" : "rows"), each with the number of prosecutions and of persons; the table below gives the same figures."
    }
}
