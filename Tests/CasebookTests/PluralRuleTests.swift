import Testing
@testable import CasebookKit

/// CLDR plural rules, read from their text: the real rules of English, Russian and Kazakh
/// (CLDR's plurals.xml), operands of decimals, and rules that do not read.
@Suite struct PluralRuleTests {
    static let english = try! PluralRule([("one", "i = 1 and v = 0 @integer 1"), ("other", "")])
    static let russian = try! PluralRule([
        ("one", "v = 0 and i % 10 = 1 and i % 100 != 11"),
        ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
        ("many", "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14"),
        ("other", "   @decimal 0.0~1.5"),
    ])
    static let kazakh = try! PluralRule([("one", "n = 1")])

    @Test func english() {
        #expect(Self.english.category("1") == "one")
        for digits in ["0", "2", "5", "11", "21", "1.5", "0.5", "1.0"] { #expect(Self.english.category(digits) == "other", "\(digits)") }
        #expect(Self.english.usedCategories == ["one", "other"])
    }

    @Test func russianYearsNeedThreeForms() {
        let cases: [(String, String)] = [("1", "one"), ("21", "one"), ("101", "one"), ("11", "many"), ("111", "many"),
                                         ("2", "few"), ("4", "few"), ("22", "few"), ("12", "many"), ("14", "many"),
                                         ("5", "many"), ("0", "many"), ("20", "many"), ("1.5", "other"), ("2.5", "other")]
        for (digits, category) in cases { #expect(Self.russian.category(digits) == category, "\(digits)") }
        #expect(Self.russian.usedCategories == ["one", "few", "many", "other"])
        // Any length: the remainders come from the digits.
        #expect(Self.russian.category("100000000000000000000000000000000022") == "few")
    }

    /// The categories of 0-999 come from a table made once: it must say what the conditions say.
    @Test func smallNumbersTableMatchesTheConditions() {
        for rule in [Self.english, Self.russian, Self.kazakh] {
            for number in 0..<1000 {
                #expect(rule.category(String(number)) == rule.computedCategory(String(number)), "\(number)")
            }
        }
        // Beyond the table, by the conditions.
        #expect(Self.russian.category("1001") == "one" && Self.russian.category("1012") == "many" && Self.russian.category("1003") == "few")
    }

    @Test func kazakhCountsTheValue() {
        #expect(Self.kazakh.category("1") == "one")
        #expect(Self.kazakh.category("1.0") == "one")  // n is the value: 1.0 = 1
        #expect(Self.kazakh.category("1.5") == "other")
        #expect(Self.kazakh.category("21") == "other")
    }

    @Test func fractionOperands() throws {
        // Latvian's zero: n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19.
        let latvian = try PluralRule([("zero", "n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19"),
                                      ("one", "n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and f % 100 != 11 or v != 2 and f % 10 = 1")])
        #expect(latvian.category("10") == "zero")
        #expect(latvian.category("0.15") == "zero")
        #expect(latvian.category("0.1") == "one")
        #expect(latvian.category("2.5") == "other")
        // t and w drop trailing zeros; lists mix values and ranges.
        let t = try PluralRule([("one", "t = 5 and w = 1"), ("few", "i = 3,7..9,12")])
        #expect(t.category("2.50") == "one")
        #expect(t.category("8") == "few" && t.category("12") == "few" && t.category("10") == "other")
    }

    @Test(arguments: [
        ("i = ", "'one': expected a number or a range such as 2..4"),
        ("x = 1", "'one': expected an operand (n, i, v, w, f, t, c, e), found 'x'"),
        ("i is 1", "'one': expected '=' or '!=' after 'i', found 'is'"),
        ("i = 1 but v = 0", "'one': expected 'and' or 'or', found 'but'"),
        ("i = 4..2", "'one': expected a range's upper end, not below 4"),
        ("i % 0 = 1", "'one': expected a number above 0 after '%'"),
        ("", "'one': the condition is empty; write one such as 'i = 1 and v = 0'"),
    ])
    func badRules(rule: String, message: String) {
        #expect(throws: PluralRule.Problem(message: message)) { try PluralRule([("one", rule)]) }
    }

    @Test func badCategories() {
        #expect(throws: PluralRule.Problem.self) { try PluralRule([("some", "i = 1")]) }
        #expect(throws: PluralRule.Problem.self) { try PluralRule([("other", "i = 1")]) }
    }
}
