/// A count or a size (`page_size`, `unnamed_defendants`, `stale_after_months`): a whole
/// number in a range, written by `NumberText`'s rule. A number past the top is told as too
/// large, with the largest accepted: "expected a whole number of 1 or more" was untrue of
/// `99999999999999999999999` and sent the editor looking for another mistake.
extension FieldReader {
    /// - Parameters:
    ///   - meaning: what the number counts, in the messages ("items per page").
    ///   - below: added to the message for a number under the range or not whole.
    ///   - above: added to the message for a number over the range.
    mutating func wholeNumber(_ fields: Fields, _ key: String, in range: ClosedRange<Int>, meaning: String,
                              below: String = "", above: String = "") -> Int? {
        guard let node = fields[key], !node.isNull else { return nil }
        // A sign is told with the range: "a number of 0 or more" (`number`'s words) misled
        // for `page_size: -5`, as 0 is refused too.
        if case .scalar(let text, _) = node.value, text.hasPrefix("-"), DecimalNumber(String(text.dropFirst())) != nil {
            diagnostics.error(node.position, Self.wholeMessage(key, range, meaning, text) + below)
            return nil
        }
        guard let number = number(fields, key) else { return nil }
        let written = if case .scalar(let text, _) = node.value { text } else { number.digits }
        guard number.isWhole else {
            diagnostics.error(node.position, Self.wholeMessage(key, range, meaning, written) + below)
            return nil
        }
        // Past Int's range the digits are too large whatever the range (Int(digits) is nil).
        guard let value = Int(number.digits), value <= range.upperBound else {
            diagnostics.error(node.position, "'\(written)' is too large for '\(key)' (\(meaning)): the largest accepted is \(range.upperBound)" + above)
            return nil
        }
        guard value >= range.lowerBound else {
            diagnostics.error(node.position, Self.wholeMessage(key, range, meaning, written) + below)
            return nil
        }
        return value
    }

    static func wholeMessage(_ key: String, _ range: ClosedRange<Int>, _ meaning: String, _ written: String) -> String {
        let span = range.upperBound == Int.max ? "of \(range.lowerBound) or more" : "from \(range.lowerBound) to \(range.upperBound)"
        return "expected a whole number \(span) for '\(key)' (\(meaning)), found '\(written)'"
    }
}
