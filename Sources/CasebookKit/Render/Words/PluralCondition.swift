/// One condition of a plural rule: relations joined by `and`, those joined by `or`.
/// A relation is `operand [% modulus] (= | !=) list`, the list made of values and ranges
/// (`2..4`); for `n` with a fraction, `=` is never true (TR35: ranges hold integers only).
struct Condition: Sendable {
    struct Relation: Sendable {
        let operand: Character
        let modulus: Int?
        let equal: Bool
        let ranges: [ClosedRange<Int>]
    }

    /// Alternatives (`or`), each a list of relations that must all hold (`and`).
    let alternatives: [[Relation]]

    func matches(_ operands: Operands) -> Bool {
        alternatives.contains { relations in
            relations.allSatisfy { relation in
                let (value, isWhole) = operands.value(relation.operand, modulo: relation.modulus)
                let inList = isWhole && value.map { v in relation.ranges.contains { $0.contains(v) } } ?? false
                return inList == relation.equal
            }
        }
    }
}

/// Reads a condition's text, word by word; every mistake is a `PluralRule.Problem` naming
/// what was expected.
struct ConditionParser {
    private var tokens: [String]
    private var index = 0

    init(_ text: String) {
        // Words and symbols: "i%10=2..4" reads like "i % 10 = 2 .. 4".
        var tokens: [String] = []
        var current = ""
        var chars = Array(text)[...]
        func flush() { if !current.isEmpty { tokens.append(current); current = "" } }
        while let c = chars.first {
            chars.removeFirst()
            if c.isWhitespace { flush() } else if c == "%" || c == "," || c == "=" {
                flush(); tokens.append(String(c))
            } else if c == "!" && chars.first == "=" {
                chars.removeFirst(); flush(); tokens.append("!=")
            } else if c == "." && chars.first == "." {
                chars.removeFirst(); flush(); tokens.append("..")
            } else {
                current.append(c)
            }
        }
        flush()
        self.tokens = tokens
    }

    mutating func parse() throws -> Condition {
        guard !tokens.isEmpty else { throw PluralRule.Problem(message: "the condition is empty; write one such as 'i = 1 and v = 0'") }
        var alternatives: [[Condition.Relation]] = [[try relation()]]
        while let word = next() {
            switch word {
            case "and": alternatives[alternatives.count - 1].append(try relation())
            case "or": alternatives.append([try relation()])
            default: throw PluralRule.Problem(message: "expected 'and' or 'or', found '\(word)'")
            }
        }
        return Condition(alternatives: alternatives)
    }

    private mutating func next() -> String? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return tokens[index]
    }

    private mutating func relation() throws -> Condition.Relation {
        guard let word = next() else { throw PluralRule.Problem(message: "expected an operand (n, i, v, w, f, t, c, e) at the end") }
        guard word.count == 1, let operand = word.first, "nivwftce".contains(operand) else {
            throw PluralRule.Problem(message: "expected an operand (n, i, v, w, f, t, c, e), found '\(word)'")
        }
        var modulus: Int?
        var op = next()
        if op == "%" {
            guard let m = try number(), m > 0 else { throw PluralRule.Problem(message: "expected a number above 0 after '%'") }
            modulus = m
            op = next()
        }
        guard op == "=" || op == "!=" else { throw PluralRule.Problem(message: "expected '=' or '!=' after '\(word)', found \(op.map { "'\($0)'" } ?? "the end")") }
        var ranges: [ClosedRange<Int>] = []
        repeat {
            guard let low = try number() else { throw PluralRule.Problem(message: "expected a number or a range such as 2..4") }
            if index < tokens.count, tokens[index] == ".." {
                index += 1
                guard let high = try number(), high >= low else { throw PluralRule.Problem(message: "expected a range's upper end, not below \(low)") }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        } while index < tokens.count && tokens[index] == "," && { index += 1; return true }()
        return Condition.Relation(operand: operand, modulus: modulus, equal: op == "=", ranges: ranges)
    }

    private mutating func number() throws -> Int? {
        guard let word = next() else { return nil }
        guard !word.isEmpty, word.allSatisfy(\.isASCIIDigit), let value = Int(word) else {
            throw PluralRule.Problem(message: "expected a number, found '\(word)'")
        }
        return value
    }
}
