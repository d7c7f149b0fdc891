/// Numbers as a language writes them: the whole part grouped ("500,000" in English,
/// "500 000" in Russian) and the decimal separator, from the catalogue's `number` entries.
struct NumberWording: Sendable {
    let group: String
    let decimal: String
    let groupSize: Int

    /// A number's canonical digits (`1500.5`) grouped: `1,500.5`.
    func grouped(_ number: DecimalNumber) -> String {
        let parts = number.digits.split(separator: ".", maxSplits: 1)
        let whole = parts[0]
        var out = ""
        for (index, character) in whole.enumerated() {
            if index > 0, (whole.count - index) % groupSize == 0 { out += group }
            out.append(character)
        }
        return parts.count == 2 ? out + decimal + parts[1] : out
    }

    /// A whole count grouped ("1,440", "1 440"), as a count in a sentence is written: most
    /// counts are below a thousand, and their digits are returned without a walk.
    func whole(_ n: Int) -> String {
        let digits = String(n)
        guard n >= 1000 || n <= -1000 else { return digits }
        let sign = n < 0 ? "-" : ""
        return sign + grouped(DecimalNumber(String(n.magnitude))!)
    }

    /// The digits as written, with the language's decimal separator: `1.5`, `1,5`.
    func plain(_ number: DecimalNumber) -> String {
        // Most numbers are whole: Foundation's replacing is slow even when it finds nothing.
        guard decimal != ".", let point = number.digits.utf8.firstIndex(of: UInt8(ascii: ".")) else { return number.digits }
        return String(number.digits[..<point]) + decimal + String(number.digits[number.digits.index(after: point)...])
    }
}
