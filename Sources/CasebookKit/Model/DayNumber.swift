/// Whole days for counting time in custody: a partial date's first day as a number of days
/// since 1970-01-01, and back. Plain civil-calendar arithmetic (proleptic Gregorian), with
/// no time zone and no Foundation calendar, so a count never depends on the machine.
extension PartialDate {
    /// The first day the date stands for: `2021-03` is 1 March 2021.
    public var firstDayNumber: Int {
        Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date stands for: `2021-03` is 31 March 2021; `2006/2008` is 31 December 2008.
    public var lastDayNumber: Int {
        if let end { return end.lastDayNumber }
        let lastMonth = month ?? 12
        return Self.dayNumber(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year))
    }

    /// The date of a day number, to the day.
    public init(dayNumber: Int) {
        // Howard Hinnant's days-to-civil.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = PartialDate(year: min(max(year, 1), 9999), month: month, day: day)!
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days-from-civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
