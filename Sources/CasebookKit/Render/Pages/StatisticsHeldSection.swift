/// The statistics page's `held` section: who is held now, ever held, days in custody and
/// recognition, each sentence dated, and the held-now figures by kind and by region.
/// `{heading, intro, lines_html, figures}`; absent when `CustodyStatistics` has nothing.
struct HeldSection: TemplateFields {
    let heading: String
    let intro: String?
    /// Whole sentences with their numbers in `<strong>` and their date in `<time>` (HTML).
    let linesHTML: [String]
    let figures: [Figure]

    static let fieldNames = ["heading", "intro", "lines_html", "figures"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "heading": .string(heading)
        case "intro": intro.templateValue
        case "lines_html": .list(linesHTML)
        case "figures": .list(figures)
        default: nil
        }
    }

    init(_ s: CustodyStatistics, words w: Catalogue) {
        let date = Self.time(s.asOf.date, words: w)
        // Grouped as the language writes numbers ("1,032 days"), like the held-now list and the person's table.
        func shown(_ n: Int) -> String { "<strong>\(w.number.grouped(DecimalNumber(String(n))!))</strong>" }
        func people(_ n: Int) -> String { w.plural("units.people", digits: String(n), shown: shown(n)) }
        func days(_ n: Int, about: Bool) -> String {
            w.plural(about ? "statistics.about_days" : "units.day", digits: String(n), shown: shown(n))
        }
        var lines: [String] = []
        var figures: [Figure] = []
        if let custody = s.custody {
            lines.append(w.text("statistics.held_now_html", ["people": people(custody.heldNow), "date": date]))
            lines.append(w.text("statistics.ever_held_html", ["people": people(custody.everHeld), "date": date]))
            lines.append(w.text("statistics.held_before_html", ["people": people(custody.heldBefore), "date": date]))
            if let d = custody.days {
                lines.append(w.text("statistics.days_html", [
                    "date": date, "median": days(d.median, about: d.medianIsApproximate),
                    "longest": days(d.longest, about: d.longestIsApproximate)]))
            }
            let dateWords = w.date(s.asOf.date)
            figures += [Self.figure("held-kind", w.text("statistics.held_by_kind"), column: w.text("statistics.custody_kind"),
                                    custody.byKind, note: w.text("statistics.held_kind_note"), date: dateWords, words: w),
                        // Headed apart from the figure of all cases by region, which the page also has:
                        // two sections named "By region" could not be told apart by a screen reader.
                        Self.figure("held-region", w.text("statistics.held_by_region"), caption: w.text("statistics.by_region"),
                                    column: w.text("common.region"),
                                    custody.byRegion, note: w.text("statistics.held_region_note"), date: dateWords, words: w)]
                .compactMap { $0 }
        }
        if let recognition = s.recognition {
            lines.append(w.text("statistics.recognised_html", ["people": people(recognition.ever), "date": date]))
            if let held = recognition.heldNow {
                lines.append(w.text("statistics.recognised_held_html", ["people": people(held), "date": date]))
            }
        }
        heading = w.text(s.custody != nil ? "statistics.held_heading" : "statistics.recognition_heading")
        intro = s.custody != nil ? w.text("statistics.held_intro") : nil
        linesHTML = lines
        self.figures = figures
    }

    /// A date as `<time>` (HTML).
    static func time(_ date: PartialDate, words: Catalogue) -> String {
        "<time datetime=\"\(HTMLEscaping.escape(date.start.description))\">\(HTMLEscaping.escape(words.date(date)))</time>"
    }

    /// A figure of people held now: one series, no total row (the sentence above gives it).
    /// - Parameter caption: the words the caption and the chart's title take after "people held
    ///   now" ("by region"), when they are not the heading's.
    static func figure(_ id: String, _ heading: String, caption: String? = nil, column: String, _ rows: [CustodyStatistics.Row],
                       note: String, date: String, words w: Catalogue) -> Figure? {
        guard !rows.isEmpty else { return nil }
        let lowered = (caption ?? heading).lowercased()
        let chart = BarChart(id: "chart-\(id)", title: w.text("statistics.held_chart_title", ["heading": lowered, "date": date]),
                             description: w.count("statistics.held_chart_description", rows.count),
                             series: [BarChart.Series(name: w.text("statistics.held_people"), unit: "units.people", words: w)],
                             rows: rows.map { BarChart.Row(label: $0.label, values: [$0.people]) })
        return Figure(id: id, heading: heading, note: note, svg: chart.svg,
                      caption: w.text("statistics.held_caption", ["heading": lowered, "date": date]),
                      columns: [column, w.text("statistics.held_people")],
                      rows: rows.map { FigureRow(label: $0.label, href: $0.href, cells: [w.number.whole($0.people)], lang: $0.lang) }, total: [])
    }
}
