/// The date a malformed one was most likely meant to be, for the message that refuses it:
/// `2021-7-14`, `2021-7` and `2021-07-4` (year first, a month or day without its zero) are
/// `2021-07-14`, `2021-07` and `2021-07-04`; a date written day first (`14.07.2021`) is read
/// by `PartialDate.reordered`. Kept apart from `PartialDate.parse`, which stays strict.
enum DateSuggestion {
    static func suggestion(for raw: String) -> String? {
        padded(raw) ?? PartialDate.reordered(raw) ?? WrittenDate.suggestion(for: raw)
    }

    /// A year of four digits, then a month and maybe a day of one or two digits, joined by '-'.
    static func padded(_ raw: String) -> String? {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.dropFirst().allSatisfy({ $0.count <= 2 }),
              let year = Int(parts[0]) else { return nil }
        let numbers = parts.dropFirst().compactMap { Int($0) }
        let date = PartialDate(year: year, month: numbers.first, day: numbers.count > 1 ? numbers[1] : nil)
        // Only a changed form is a suggestion: `2021-13` stays refused without one.
        guard let date, date.description != raw else { return nil }
        return date.description
    }
}
