/// Dates in words, the catalogue's `dates` patterns with their month forms looked up once:
/// a build words a date for every event, source and list entry, so wording one is a walk
/// over a few parts, with no dictionary lookup.
///
/// Dates the sources give only roughly use the `date_forms` patterns: "about November 2018"
/// (`2018-11~`), "possibly 2018" (`2018?`), "possibly about 2018" (`2018%`), and intervals
/// "2006–2008", "March–May 2018", "1–9 March 2018", "November 2018 – March 2019". An
/// interval with a qualified end words each end on its own ("about 2006 – 2008"), since
/// "about" before a whole range reads as if it qualified both ends.
struct DateWording: Sendable {
    enum Part: Sendable {
        case text(String), day, year, endDay, endYear
        case month([String]), endMonth([String])
        /// `{date}` or `{start}`: the words of the date a pattern wraps; `{end}`: of the end.
        case inner, innerEnd
    }

    let year: [Part]
    let month: [Part]
    let day: [Part]
    /// `date_forms.about_year`, `about_month`, `about_day`: an approximate date by precision.
    let about: [[Part]]
    let uncertain: [Part]
    let years: [Part]
    let months: [Part]
    let days: [Part]
    let interval: [Part]

    init(_ catalogue: Catalogue) {
        func parts(_ key: String) -> [Part] {
            (catalogue.texts[key]?.parts ?? []).map { part in
                switch part {
                case .text(let text): .text(text)
                case .value("day", _): .day
                case .value("end_day", _): .endDay
                case .value("month", let form): .month((1...12).map { catalogue.month($0, form: form) })
                case .value("end_month", let form): .endMonth((1...12).map { catalogue.month($0, form: form) })
                case .value("end_year", _): .endYear
                case .value("date", _), .value("start", _): .inner
                case .value("end", _): .innerEnd
                case .value: .year
                }
            }
        }
        year = parts("dates.year")
        month = parts("dates.month")
        day = parts("dates.day")
        about = [parts("date_forms.about_year"), parts("date_forms.about_month"), parts("date_forms.about_day")]
        uncertain = parts("date_forms.uncertain")
        years = parts("date_forms.years")
        months = parts("date_forms.months")
        days = parts("date_forms.days")
        interval = parts("date_forms.interval")
    }

    /// At the date's own precision: "2021", "March 2021", "4 March 2021"; a qualified date or
    /// an interval as the type's comment says.
    func words(_ date: PartialDate) -> String {
        if date.isSingle { return fill(date.day != nil ? day : date.month != nil ? month : year, date) }
        guard let end = date.end else { return qualified(date) }
        guard date.qualifier.isEmpty, end.qualifier.isEmpty else {
            return fill(interval, date, inner: qualified(date.start.qualified(date.qualifier)), innerEnd: qualified(end))
        }
        switch (date.precision, end.precision) {
        case (.year, .year): return fill(years, date, end: end)
        case (.month, .month) where date.year == end.year: return fill(months, date, end: end)
        case (.day, .day) where date.year == end.year && date.month == end.month: return fill(days, date, end: end)
        default: return fill(interval, date, inner: words(date.start), innerEnd: words(end))
        }
    }

    /// One date (no interval) with its qualifier: "about March 2018", "possibly 2018".
    private func qualified(_ date: PartialDate) -> String {
        let plain = date.start
        let base = date.qualifier.contains(.approximate)
            ? fill(about[plain.precision.rawValue], plain) : words(plain)
        return date.qualifier.contains(.uncertain) ? fill(uncertain, plain, inner: base) : base
    }

    private func fill(_ parts: [Part], _ date: PartialDate, end: PartialDate? = nil, inner: String = "", innerEnd: String = "") -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .day: out += String(date.day ?? 0)
            case .year: out += String(date.year)
            case .month(let names): out += names[(date.month ?? 1) - 1]
            case .endDay: out += String(end?.day ?? 0)
            case .endYear: out += String(end?.year ?? date.year)
            case .endMonth(let names): out += names[(end?.month ?? 1) - 1]
            case .inner: out += inner
            case .innerEnd: out += innerEnd
            }
        }
        return out
    }
}
