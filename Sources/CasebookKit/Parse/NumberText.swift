/// The one rule for numbers in content (sentence durations and amounts, `max_file_kb`,
/// `page_size`): plain decimal digits with an optional fraction, `150000` or `1500.50`.
/// Every other form YAML knows (exponents, hexadecimal, octal, binary, `.inf`, `.nan`,
/// signs, leading zeros that YAML 1.1 reads as octal) and thousands separators are errors
/// that give the number in digits when it can be worked out. `_` between digits groups
/// them (`500_000`), as it always has.
enum NumberText {
    static let example = "like 150000 or 1500.50"

    enum Reading {
        case number(DecimalNumber)
        /// The message for what was written instead.
        case problem(String)
    }

    static func read(_ written: String, key: String) -> Reading {
        // `_` between digits groups them (`500_000`), as the docs have always allowed.
        let raw = groupedByUnderscores(written) ? written.filter { $0 != "_" } : written
        if raw.first != "0" || raw.hasPrefix("0.") || raw == "0", let number = DecimalNumber(raw) { return .number(number) }
        if raw.hasPrefix("-"), raw.count > 1 {
            return .problem("expected a number of 0 or more for '\(key)', found '\(written)'")
        }
        guard let (problem, fix) = diagnose(raw) else {
            return .problem("expected a number in digits for '\(key)', \(example), found '\(written)'")
        }
        // A fix as long as a sentence is no help: say how instead.
        let advice = fix.flatMap { $0.digits.count <= 40 ? "write it in digits: \($0.digits)" : nil } ?? "write it in digits, \(example)"
        return .problem("'\(written)' for '\(key)' \(problem); \(advice)")
    }

    /// Digits in groups joined by single underscores, before any fraction: `1_500_000.50`.
    static func groupedByUnderscores(_ raw: String) -> Bool {
        let whole = raw.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard whole.utf8.contains(UInt8(ascii: "_")) else { return false }  // bytes: Foundation's search is slow
        return whole.split(separator: "_", omittingEmptySubsequences: false).allSatisfy(DecimalNumber.allDigits)
    }

    /// What is wrong with a form that is not plain digits, and the number it stands for when known.
    static func diagnose(_ raw: String) -> (problem: String, fix: DecimalNumber?)? {
        let lower = raw.lowercased()
        if [".inf", "+.inf", ".nan"].contains(lower) {
            return ("is not a number (YAML reads it as infinity or 'not a number')", nil)
        }
        if raw.hasPrefix("+"), raw.count > 1 {
            let rest = String(raw.dropFirst())
            return ("has a sign", DecimalNumber(rest) ?? diagnose(rest)?.fix)
        }
        for (prefix, radix, name) in [("0x", 16, "hexadecimal"), ("0o", 8, "octal"), ("0b", 2, "binary")] where lower.hasPrefix(prefix) {
            let digits = lower.dropFirst(2).filter { $0 != "_" }
            guard !digits.isEmpty, digits.allSatisfy({ $0.hexDigitValue.map { $0 < radix } ?? false }) else { return nil }
            return ("is \(name)", UInt64(digits, radix: radix).flatMap { DecimalNumber(String($0)) })
        }
        if let number = DecimalNumber(raw) {
            return ("starts with 0, which some YAML readers take for an octal number", number)
        }
        if raw.contains(where: { $0 == "e" || $0 == "E" }), let number = DecimalNumber(scientific: raw) {
            return ("has an exponent", number)
        }
        if raw.contains("_"), let number = DecimalNumber(raw.filter { $0 != "_" }) {
            return ("groups digits with '_'", number)
        }
        if let number = withoutSeparators(raw) {
            return ("groups digits with separators", number)
        }
        if raw.hasPrefix("."), let number = DecimalNumber("0" + raw) {
            return ("has no digit before the point", number)
        }
        if raw.hasSuffix("."), let number = DecimalNumber(String(raw.dropLast())) {
            return ("ends with a point", number)
        }
        return nil
    }

    /// `500,000`, `1 500 000`, `1.500.000`, `500'000`: groups of three after the first,
    /// joined by one separator; a comma followed by fewer digits is not taken for one.
    static func withoutSeparators(_ raw: String) -> DecimalNumber? {
        let separators: Set<Character> = [",", " ", "'", ".", "\u{A0}", "\u{202F}", "\u{2009}"]
        guard let separator = raw.first(where: { separators.contains($0) }) else { return nil }
        var whole = Substring(raw), fraction: Substring = ""
        if separator != ".", let point = raw.firstIndex(of: ".") {
            whole = raw[..<point]
            fraction = raw[point...]
        }
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= (separator == "." ? 3 : 2), (1...3).contains(groups[0].count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return DecimalNumber(groups.joined() + fraction)
    }
}
