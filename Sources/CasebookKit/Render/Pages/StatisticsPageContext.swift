/// Makes the values of the statistics page: each figure as a chart (inline SVG) and as a table
/// with the same numbers, for readers who cannot see the chart.
///
/// A figure is `{id, heading, note, svg, caption, columns, rows: [{label, href, cells}], total}`.
/// "Current" figures describe the cases as they stand now; "recorded" figures count every
/// case the archive has recorded.
struct StatisticsPageContext {
    let statistics: Statistics
    /// Custody and recognition; nil when the archive records neither.
    let custody: CustodyStatistics?
    /// The day the custody figures are counted at, and where it came from.
    let ledgerAsOf: AsOf?
    let words: Catalogue
    /// People whose `died` says `in_custody: true`, on or before the as-of day.
    let diedInCustody: Int
    /// Some case lists decisions: the sentence figure then says which sentence it counts.
    var recordsDecisions = false

    init(archive: Archive, words: Catalogue) {
        statistics = Statistics(archive: archive, words: words)
        let asOf = archive.custody.asOf
        diedInCustody = archive.people.reduce(0) { $0 + ($1.record.died(asOf: asOf)?.inCustody == true ? 1 : 0) }
        custody = CustodyStatistics(archive: archive, words: words)
        ledgerAsOf = archive.custody.asOf
        self.words = words
        recordsDecisions = archive.recordsDecisions
    }

    static func both(_ words: Catalogue) -> [BarChart.Series] {
        [BarChart.Series(name: words.text("statistics.prosecutions"), unit: "units.prosecution", words: words),
         BarChart.Series(name: words.text("statistics.persons"), unit: "units.person", words: words)]
    }
    var columns: [String] { [words.text("statistics.prosecutions"), words.text("statistics.persons")] }

    /// - Parameter counts: the page's `counts`, as on the home page.
    func page(counts: Counts) -> StatisticsPage {
        let s = statistics
        let w = words
        let (asOf, asOfHTML) = asOfSentence()
        var page = StatisticsPage(
            counts: counts, asOf: asOf.map(words.templateDate),
            current: [figure("status", w.text("statistics.by_status"), column: w.text("common.status"), s.statuses,
                             note: statusNote())]
                .compactMap { $0 },
            recorded: [yearFigure(), cumulativeFigure(),
                       figure("region", w.text("statistics.by_region"), column: w.text("common.region"), s.regions, note: nil),
                       figure("country", w.text("casefacts.by_country"), column: w.text("casefacts.country"), s.countries, note: nil),
                       figure("charge", w.text("statistics.by_charge"), column: w.text("statistics.charge"), s.charges,
                              note: w.text("statistics.charge_note")),
                       figure("sentence", w.text("statistics.by_sentence"), column: w.text("statistics.sentence_type"), s.sentences,
                              note: sentenceNote()).map(sentenceFootnote)]
                .compactMap { $0 },
            asOfHTML: asOfHTML)
        page.held = custody.map { HeldSection($0, words: w) }
        if s.hasUnnamed { page.unnamedNote = w.text("casefacts.unnamed_note") }
        if diedInCustody > 0 { page.diedInCustody = w.count("casefacts.died_in_custody_count", diedInCustody) }
        return page
    }

    /// The note of the status figure; where some statuses are only reported or disputed,
    /// it says how many, so that a count of "Sentenced" never reads as a fact for them all.
    func statusNote() -> String {
        let note = words.text("statistics.status_note")
        guard statistics.uncertainCases + statistics.uncertainPersons > 0 else { return note }
        return note + " " + words.text("statistics.status_uncertain_note",
                                       ["cases": words.number.whole(statistics.uncertainCases), "persons": words.number.whole(statistics.uncertainPersons)])
    }

    /// The note of the sentence figure, saying as much of sentences the sources only report or dispute.
    func sentenceNote() -> String {
        let note = words.text("statistics.sentence_note")
        guard statistics.uncertainSentenceCases + statistics.uncertainSentencePersons > 0 else { return note }
        return note + " " + words.text("statistics.sentence_uncertain_note",
                                       ["cases": words.number.whole(statistics.uncertainSentenceCases), "persons": words.number.whole(statistics.uncertainSentencePersons)])
    }

    /// The date the page's figures are as of, and the sentence saying so: the latest update
    /// to any published case (as the page always said), unless the build was told a day
    /// (`--as-of`, site.yml `as_of`, `today`), which then is not called the latest update.
    func asOfSentence() -> (PartialDate?, String?) {
        if let told = ledgerAsOf, told.source != .latestUpdate || statistics.asOf == nil {
            return (told.date, words.text("statistics.as_of_set_html", ["date": HeldSection.time(told.date, words: words)]))
        }
        return (statistics.asOf, statistics.asOf.map { words.text("statistics.as_of_html", ["date": HeldSection.time($0, words: words)]) })
    }

    /// The table's numbers grouped as the page's sentences group them ("1 180").
    var total: [String] { [words.number.whole(statistics.totalCases), words.number.whole(statistics.totalPersons)] }

    func figure(_ id: String, _ heading: String, column: String, _ rows: [Statistics.Row], note: String?) -> Figure? {
        guard !rows.isEmpty else { return nil }
        let lowered = heading.lowercased()
        let chart = BarChart(id: "chart-\(id)", title: words.text("statistics.chart_title", ["heading": lowered]),
                             description: chartDescription(rows.count), series: Self.both(words),
                             rows: rows.map { BarChart.Row(label: $0.label, values: [$0.cases, $0.persons]) })
        return Figure(
            id: id, heading: heading, note: note, svg: chart.svg,
            caption: words.text("statistics.caption", ["heading": lowered]),
            columns: [column] + columns,
            rows: rows.map { FigureRow(label: $0.label, href: $0.href, cells: [words.number.whole($0.cases), words.number.whole($0.persons)], lang: $0.lang) },
            total: total)
    }

    func yearFigure() -> Figure? {
        let s = statistics
        let rows = s.years.map { Statistics.Row(label: $0.label, href: nil, cases: $0.cases, persons: $0.persons) }
            + (s.undated.map { [$0] } ?? [])
        guard var figure = figure("year", words.text("statistics.by_year"), column: words.text("statistics.year"), rows,
                                  note: words.text("statistics.year_note"))
        else { return nil }
        figure.caption = words.text("statistics.year_caption")
        return figure
    }

    func cumulativeFigure() -> Figure? {
        let years = statistics.years
        guard !years.isEmpty else { return nil }
        let w = words
        let series = [BarChart.Series(name: w.text("statistics.prosecutions_to_date"), unit: "units.prosecution", words: w),
                      BarChart.Series(name: w.text("statistics.persons_to_date"), unit: "units.person", words: w)]
        let chart = BarChart(id: "chart-cumulative", title: w.text("statistics.cumulative_title"),
                             description: chartDescription(years.count), series: series,
                             rows: years.map { BarChart.Row(label: $0.label, values: [$0.cumulativeCases, $0.cumulativePersons]) })
        var figure = Figure(
            id: "cumulative", heading: w.text("statistics.cumulative"), note: w.text("statistics.cumulative_note"),
            svg: chart.svg,
            caption: w.text("statistics.cumulative_caption"),
            columns: [w.text("statistics.year"), w.text("statistics.prosecutions_to_date"), w.text("statistics.persons_to_date")],
            rows: years.map { FigureRow(label: $0.label, href: nil, cells: [w.number.whole($0.cumulativeCases), w.number.whole($0.cumulativePersons)]) },
            total: [])
        if let undated = statistics.undated {
            figure.note = w.text("statistics.cumulative_note") + " " + w.count("statistics.undated_note", undated.cases)
        }
        return figure
    }

    func chartDescription(_ count: Int) -> String {
        words.count("statistics.chart_description", count)
    }
}
