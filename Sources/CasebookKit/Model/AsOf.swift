/// The day every computed figure (held now, days in custody) is counted at, and where it
/// came from, so a page can say which: `casebook build --as-of`, site.yml `as_of`, the
/// clock (`--as-of today`, the one way output depends on it), or by default the latest
/// `updated` of any published case, which keeps two builds of the same files identical.
public struct AsOf: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case option, siteFile, today, latestUpdate
    }

    /// Always a whole day: a partial date given stands for its first day.
    public let date: PartialDate
    public let source: Source

    public init(date: PartialDate, source: Source) {
        self.date = PartialDate(dayNumber: date.firstDayNumber)
        self.source = source
    }

    public var dayNumber: Int { date.firstDayNumber }
}

/// What `--as-of` asks for: a date, or today's date from the clock.
public enum AsOfChoice: Sendable, Hashable {
    case date(PartialDate)
    case today

    /// `today` or a date in the archive's form; nil for anything else.
    public static func parse(_ text: String) -> AsOfChoice? {
        if text == "today" { return .today }
        if case .success(let date) = PartialDate.parse(text), date.isSingle { return .date(date) }
        return nil
    }
}
