/// The statistics by year: every year from the first with a case to the last, a running
/// count beside each. Years without a case stay, so gaps show; but a run of more than
/// `longestGap` of them is one row ("1022–2020"), so one mistyped year (1021 for 2021)
/// cannot make the table and the chart a thousand rows long.
extension Statistics {
    /// One year, or a run of years without a case: the cases whose prosecution began in it,
    /// and the running totals.
    struct YearRow: Sendable {
        let year: Int
        /// The last year of a run of empty years; `year` for a single year.
        let lastYear: Int
        /// "2021", or "1022–2020" for a run, in the catalogue's words.
        let label: String
        let cases: Int
        let persons: Int
        let cumulativeCases: Int
        let cumulativePersons: Int
    }

    /// The most empty years shown one row each.
    static let longestGap = 10

    /// The years of the tally (its keys but `none`), as single years and long empty runs.
    static func yearSpans(_ known: [Int]) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        for year in known {
            if let previous = spans.last?.upperBound, year - previous - 1 > 0 {
                let gap = previous + 1...year - 1
                spans += gap.count > longestGap ? [gap] : gap.map { $0...$0 }
            }
            spans.append(year...year)
        }
        return spans
    }

    /// A running count of cases, and of distinct persons up to each year.
    static func yearRows(_ years: Tally, words: Catalogue) -> [YearRow] {
        var rows: [YearRow] = []
        var runningCases = 0
        var runningPersons: Set<String> = []
        var runningUnnamed = 0
        for span in yearSpans(years.keys.compactMap(Int.init).sorted()) {
            let key = String(span.lowerBound)
            let single = span.count == 1
            if single {
                runningCases += years.cases[key] ?? 0
                runningPersons.formUnion(years.persons[key] ?? [])
                runningUnnamed += years.unnamed[key] ?? 0
            }
            let label = single ? key
                : (try? PartialDate.parse("\(span.lowerBound)/\(span.upperBound)").get()).map(words.date) ?? "\(span.lowerBound)–\(span.upperBound)"
            rows.append(YearRow(year: span.lowerBound, lastYear: span.upperBound, label: label,
                                cases: single ? years.cases[key] ?? 0 : 0, persons: single ? years.personCount(key) : 0,
                                cumulativeCases: runningCases, cumulativePersons: runningPersons.count + runningUnnamed))
        }
        return rows
    }
}
