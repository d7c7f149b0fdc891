/// A date of a case before 1900: most likely a slip of one digit of the year (1021 for
/// 2021), which would count a thousand years of custody and give the statistics a thousand
/// empty years. A warning at the date, in a case's events, decisions and custody periods:
/// an archive may hold older cases, and then builds as it did.
extension FieldReader {
    static let earliestYear = 1900

    /// `rests`: what the date decides, for the message ("days in custody count from it").
    mutating func warnIfEarly(_ date: PartialDate?, in item: Fields, _ key: String, rests: String) {
        guard let date, date.start.year < Self.earliestYear, let node = item[key] else { return }
        diagnostics.warning(node.position, "'\(date)' for '\(key)' is before \(Self.earliestYear): check the year (\(rests))")
    }
}
