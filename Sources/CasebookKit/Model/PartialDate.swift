/// A date known to a year, a month or a day: `2021`, `2021-03`, `2021-03-04`.
///
/// Sorts at the start of its period (so `2021` comes before `2021-01-01`) and prints at
/// its own precision.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Why a text is not a partial date, for the error message.
    public enum ParseError: Error, Equatable {
        case malformed
        case impossible
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nothing else. Reads bytes without
    /// splitting: every date of every file passes here.
    public static func parse(_ text: String) -> Result<PartialDate, ParseError> {
        var numbers = (0, 0, 0)
        var parts = 0, width = 0, number = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard parts < 2, width == (parts == 0 ? 4 : 2) else { return .failure(.malformed) }
                if parts == 0 { numbers.0 = number } else { numbers.1 = number }
                parts += 1; width = 0; number = 0
                continue
            }
            guard byte >= 48 && byte <= 57, width < (parts == 0 ? 4 : 2) else { return .failure(.malformed) }
            number = number * 10 + Int(byte - 48)
            width += 1
        }
        guard width == (parts == 0 ? 4 : 2) else { return .failure(.malformed) }
        switch parts {
        case 0: numbers.0 = number
        case 1: numbers.1 = number
        default: numbers.2 = number
        }
        let month = parts >= 1 ? numbers.1 : nil
        let day = parts >= 2 ? numbers.2 : nil
        guard let date = PartialDate(year: numbers.0, month: month, day: day) else {
            return .failure(.impossible)
        }
        return .success(date)
    }

    /// For a date written day first or with other separators ("21-03-2021", "21.03.2021",
    /// "03/2021"), the same date in the archive's form, if it is one.
    public static func reordered(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { "-./ ".contains($0) }).map(String.init)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              let year = Int(parts.last!), parts.last!.count == 4 else { return nil }
        let numbers = parts.dropLast().reversed().compactMap { Int($0) }
        let candidate = PartialDate(year: year, month: numbers.first, day: numbers.count > 1 ? numbers[1] : nil)
        return candidate?.description
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The ISO form it was written in: `2021`, `2021-03`, `2021-03-04`.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// Sort key: the start of the period, then coarser before finer for equal starts.
    var sortKey: Int {
        (year * 10000 + (month ?? 1) * 100 + (day ?? 1)) * 4 + precision.rawValue
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        a.sortKey < b.sortKey
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
