/// A language's plural rule in CLDR syntax (Unicode TR35, "Language Plural Rules"): for each
/// category but `other` a condition such as `i = 1 and v = 0` or
/// `v = 0 and i % 10 = 2..4 and i % 100 != 12..14`; `other` is what no condition matched.
/// Conditions are read on the number's decimal digits as written, so "1.0" is not "1" for a
/// rule that asks `v = 0` (the archive's numbers are canonical, `DecimalNumber`, so it is).
struct PluralRule: Sendable {
    /// CLDR's categories, in CLDR's order.
    static let categories = ["zero", "one", "two", "few", "many", "other"]

    struct Problem: Error, Equatable {
        let message: String
    }

    private let conditions: [(category: String, condition: Condition)]

    /// The rule for each category given (`other` may be given as "" or left out); samples
    /// after `@` are ignored.
    init(_ rules: [(category: String, text: String)]) throws {
        var conditions: [(String, Condition)] = []
        for (category, text) in rules {
            guard Self.categories.contains(category) else {
                throw Problem(message: "unknown plural category '\(category)'; expected one of \(Self.categories.joined(separator: ", "))")
            }
            let source = String(text.prefix { $0 != "@" })
            if category == "other" {
                guard source.allSatisfy(\.isWhitespace) else { throw Problem(message: "the category 'other' takes no condition: it is whatever no other condition matches") }
                continue
            }
            do {
                var parser = ConditionParser(source)
                conditions.append((category, try parser.parse()))
            } catch let problem as Problem {
                throw Problem(message: "'\(category)': \(problem.message)")
            }
        }
        self.conditions = conditions
        small = (0..<Self.smallCount).map { Self.category(String($0), conditions) }
    }

    /// The categories of the whole numbers below `smallCount`, worked out once: the terms of
    /// sentences and the counts of pages are nearly all such numbers.
    private let small: [String]
    private static let smallCount = 1000

    /// The category of a number given as decimal digits (`5`, `1.5`, `21`).
    func category(_ digits: String) -> String {
        if digits.utf8.count <= 3, let number = Int(digits), number >= 0, number < small.count, String(number) == digits { return small[number] }
        return computedCategory(digits)
    }

    /// `category` from the conditions themselves (the table of small numbers is made with it).
    func computedCategory(_ digits: String) -> String { Self.category(digits, conditions) }

    private static func category(_ digits: String, _ conditions: [(category: String, condition: Condition)]) -> String {
        let operands = Operands(digits)
        return conditions.first { $0.condition.matches(operands) }?.category ?? "other"
    }

    /// The categories this rule can give, `other` last.
    var usedCategories: [String] {
        Self.categories.filter { category in category == "other" || conditions.contains { $0.category == category } }
    }
}

/// The operands of TR35 for a number written in decimal digits: n (the value), i (its
/// integer digits), v (number of fraction digits), w (the same without trailing zeros),
/// f and t (the fraction digits as an integer, with and without trailing zeros), and c/e
/// (the exponent, always 0 here). Kept as digit strings so any length is exact.
struct Operands {
    let integer: Substring
    let fraction: Substring
    let trimmed: Substring

    init(_ digits: String) {
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        integer = parts[0].isEmpty ? "0" : parts[0]
        fraction = parts.count == 2 ? parts[1] : ""
        var t = fraction
        while t.last == "0" { t.removeLast() }
        trimmed = t
    }

    /// The operand's value, reduced modulo `modulus` when given; nil when it overflows.
    /// `isWhole` is false for n with a fraction: such an n equals no integer.
    func value(_ name: Character, modulo modulus: Int?) -> (value: Int?, isWhole: Bool) {
        switch name {
        case "n": return (Self.reduce(integer, modulus), trimmed.isEmpty)
        case "i": return (Self.reduce(integer, modulus), true)
        case "v": return (Self.reduce(Substring(String(fraction.count)), modulus), true)
        case "w": return (Self.reduce(Substring(String(trimmed.count)), modulus), true)
        case "f": return (Self.reduce(fraction.isEmpty ? "0" : fraction, modulus), true)
        case "t": return (Self.reduce(trimmed.isEmpty ? "0" : trimmed, modulus), true)
        default: return (0, true)  // c, e: no exponent
        }
    }

    /// Digits as an Int, or their remainder modulo `modulus`, digit by digit.
    static func reduce(_ digits: Substring, _ modulus: Int?) -> Int? {
        guard let modulus else { return digits.count > 18 ? nil : Int(digits) }
        var rest = 0
        for digit in digits.utf8 { rest = (rest * 10 + Int(digit - 48)) % modulus }
        return rest
    }
}
