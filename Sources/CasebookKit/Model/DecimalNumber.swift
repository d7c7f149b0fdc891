/// A number of 0 or more as the archive writes it: decimal digits with an optional
/// fraction (`150000`, `1500.50`), kept as text so that it is exact however long it is
/// (a Double keeps 17 significant digits, and once printed 1e20 as "1e+20"). Pages and
/// data files show it from these digits.
public struct DecimalNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral,
                             ExpressibleByFloatLiteral {
    /// The canonical digits: no leading zeros, no trailing zeros in the fraction, no point
    /// when whole (`1500.50` is `1500.5`, `2.0` is `2`). Always a valid JSON number.
    public let digits: String

    /// Digits with an optional fraction (`[0-9]+(\.[0-9]+)?`), else nil.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, Self.allDigits(whole), parts.count == 1 || Self.allDigits(parts[1]) else { return nil }
        self.init(canonical: whole, parts.count == 2 ? parts[1] : "")
    }

    /// A number written with an exponent (`1e20`, `1.5E-3`) as plain digits; nil when it is
    /// not one, or is negative.
    public init?(scientific text: String) {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]),
              abs(exponent) <= 10_000 else { return nil }
        let mantissa = text[..<e].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = mantissa[0], fraction = mantissa.count == 2 ? mantissa[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        let all = String(whole + fraction)
        let point = whole.count + exponent
        if point <= 0 {
            self.init(canonical: "0", String(repeating: "0", count: -point) + all)
        } else if point >= all.count {
            self.init(canonical: all + String(repeating: "0", count: point - all.count), "")
        } else {
            self.init(canonical: all.prefix(point), all.dropFirst(point))
        }
    }

    private init(canonical whole: Substring, _ fraction: Substring) {
        let integer = whole.drop { $0 == "0" }
        var fraction = fraction
        while fraction.last == "0" { fraction.removeLast() }
        digits = (integer.isEmpty ? "0" : String(integer)) + (fraction.isEmpty ? "" : "." + fraction)
    }

    private init(canonical whole: String, _ fraction: String) {
        self.init(canonical: Substring(whole), Substring(fraction))
    }

    public init(integerLiteral value: UInt) {
        digits = String(value)
    }

    /// For tests and code: the shortest digits that read back as the same Double.
    public init(floatLiteral value: Double) {
        let text = String(value)
        self = DecimalNumber(text) ?? DecimalNumber(scientific: text) ?? DecimalNumber(canonical: "0", "")
    }

    public var description: String { digits }
    public var isZero: Bool { digits == "0" }
    public var isOne: Bool { digits == "1" }
    // Bytes, not `contains(".")`: that is Foundation's substring search, slow in a hot path.
    public var isWhole: Bool { !digits.utf8.contains(UInt8(ascii: ".")) }
    /// Close enough for limits (`max_file_kb`); never used for what a page shows.
    public var doubleValue: Double { Double(digits) ?? .infinity }

    static func allDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    /// 0 to 9 alone: `isNumber` also takes other scripts' digits and fractions.
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
