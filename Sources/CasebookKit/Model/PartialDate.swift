/// A date known to a year, a month or a day: `2021`, `2021-03`, `2021-03-04`; and the
/// ISO 8601-2 (EDTF) level 1 forms of a date the sources give only roughly: approximate
/// `2018-11~`, uncertain `2018?`, both `2018%`, and an interval `2006/2008` whose ends are
/// such dates. Open or unknown ends (`../2008`, `2006/..`, `/2008`) are refused: a fact
/// with no start has nowhere to stand in a timeline, and one with no end is better written
/// as its start.
///
/// Sorts at the start of its period (so `2021` comes before `2021-01-01`, and `2018~` or
/// `2018/2019` sort where `2018` does) and prints as written. `year`, `month` and `day` are
/// the start; `end` is the interval's end.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// EDTF's `?` (uncertain), `~` (approximate) and `%` (both), on the whole date.
    public struct Qualifier: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let uncertain = Qualifier(rawValue: 1)
        public static let approximate = Qualifier(rawValue: 2)

        /// `?`, `~`, `%` or nothing.
        public var symbol: String {
            switch rawValue { case 1: "?"; case 2: "~"; case 3: "%"; default: "" }
        }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?
    /// The start's qualifier (the date's, when it is not an interval).
    public let qualifier: Qualifier
    /// An interval's end packed in 32 bits (0: not an interval), so a date stays small.
    private let endBits: UInt32

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
        self.qualifier = []
        self.endBits = 0
    }

    private init(_ start: PartialDate, qualifier: Qualifier, endBits: UInt32) {
        (year, month, day) = (start.year, start.month, start.day)
        self.qualifier = qualifier
        self.endBits = endBits
    }

    /// The same date with `qualifier`.
    public func qualified(_ qualifier: Qualifier) -> PartialDate {
        PartialDate(self, qualifier: qualifier, endBits: endBits)
    }

    /// The interval from this date to `end` (its own qualifier kept, any interval of its own dropped).
    public func through(_ end: PartialDate) -> PartialDate {
        let bits = UInt32(end.year) << 11 | UInt32(end.month ?? 0) << 7 | UInt32(end.day ?? 0) << 2 | UInt32(end.qualifier.rawValue)
        return PartialDate(self, qualifier: qualifier, endBits: bits | 1 << 31)
    }

    /// The interval's end with its qualifier; nil for a single date.
    public var end: PartialDate? {
        guard endBits != 0 else { return nil }
        let month = Int(endBits >> 7 & 0xF), day = Int(endBits >> 2 & 0x1F)
        return PartialDate(year: Int(endBits >> 11 & 0x3FFF), month: month == 0 ? nil : month, day: day == 0 ? nil : day)?
            .qualified(Qualifier(rawValue: UInt8(endBits & 3)))
    }

    /// The start alone, without a qualifier: the date a `<time datetime>` can carry.
    public var start: PartialDate { PartialDate(self, qualifier: [], endBits: 0) }

    /// A plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: no qualifier, no interval.
    public var isSingle: Bool { qualifier.isEmpty && endBits == 0 }

    /// Why a text is not a partial date, for the error message.
    public enum ParseError: Error, Equatable {
        case malformed
        case impossible
        /// `../2008`, `2006/..` or an end left empty.
        case openInterval
        /// `2006/2004`: the texts of both ends.
        case endsBeforeStart(start: String, end: String)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each possibly followed by `~`, `?` or `%`,
    /// and two of them joined by `/`; nothing else. Reads bytes without splitting: every
    /// date of every file passes here.
    public static func parse(_ text: String) -> Result<PartialDate, ParseError> {
        var text = text
        return text.withUTF8 { bytes in
            guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return parseOne(bytes[...]) }
            let first = bytes[..<slash], second = bytes[(slash + 1)...]
            if first.isEmpty || second.isEmpty || first.elementsEqual("..".utf8) || second.elementsEqual("..".utf8) {
                return .failure(.openInterval)
            }
            let start: PartialDate, end: PartialDate
            switch parseOne(first) { case .success(let date): start = date; case .failure(let error): return .failure(error) }
            switch parseOne(second) { case .success(let date): end = date; case .failure(let error): return .failure(error) }
            guard end.lastDayNumber >= start.firstDayNumber else {
                return .failure(.endsBeforeStart(start: start.description, end: end.description))
            }
            return .success(start.through(end))
        }
    }

    /// One date of `parse`, with its qualifier.
    private static func parseOne(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Result<PartialDate, ParseError> {
        var numbers = (0, 0, 0)
        var parts = 0, width = 0, number = 0
        var qualifier: Qualifier = []
        for byte in bytes {
            guard qualifier.isEmpty else { return .failure(.malformed) }  // a qualifier ends the date
            switch byte {
            case UInt8(ascii: "?"): qualifier = .uncertain; continue
            case UInt8(ascii: "~"): qualifier = .approximate; continue
            case UInt8(ascii: "%"): qualifier = [.uncertain, .approximate]; continue
            default: break
            }
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
        return .success(qualifier.isEmpty ? date : date.qualified(qualifier))
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

    /// The form it was written in: `2021`, `2021-03`, `2021-03-04`, `2018-11~`, `2006/2008`.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        text += qualifier.symbol
        if let end { text += "/" + end.description }
        return text
    }

    /// Sort key: the start of the period (qualifiers and an interval's end aside), then coarser before finer for equal starts.
    var sortKey: Int {
        (year * 10000 + (month ?? 1) * 100 + (day ?? 1)) * 4 + precision.rawValue
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        a.sortKey < b.sortKey
    }
}

extension String {
    /// Digits padded with zeros to `width`. Counted in bytes (digits are ASCII): counting
    /// characters was most of writing a date.
    func leftPadded(to width: Int) -> String {
        let count = utf8.count
        return count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
