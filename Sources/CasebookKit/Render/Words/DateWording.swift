/// Dates in words, the catalogue's `dates` patterns with their month forms looked up once:
/// a build words a date for every event, source and list entry, so wording one is a walk
/// over a few parts, with no dictionary lookup.
struct DateWording: Sendable {
    enum Part: Sendable {
        case text(String), day, year
        case month([String])
    }

    let year: [Part]
    let month: [Part]
    let day: [Part]

    init(_ catalogue: Catalogue) {
        func parts(_ key: String) -> [Part] {
            (catalogue.texts[key]?.parts ?? []).map { part in
                switch part {
                case .text(let text): .text(text)
                case .value("day", _): .day
                case .value("month", let form): .month((1...12).map { catalogue.month($0, form: form) })
                case .value: .year
                }
            }
        }
        year = parts("dates.year")
        month = parts("dates.month")
        day = parts("dates.day")
    }

    /// At the date's own precision: "2021", "March 2021", "4 March 2021".
    func words(_ date: PartialDate) -> String {
        var out = ""
        for part in date.day != nil ? day : date.month != nil ? month : year {
            switch part {
            case .text(let text): out += text
            case .day: out += String(date.day ?? 0)
            case .year: out += String(date.year)
            case .month(let names): out += names[(date.month ?? 1) - 1]
            }
        }
        return out
    }
}
