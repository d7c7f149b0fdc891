/// The lines of a new file's front matter: fields with a comment aligned beside them,
/// whole-line comments, and commented-out examples an author can uncomment.
struct ScaffoldText {
    /// Comments start in this column when the field is shorter, so they read as one column.
    static let commentColumn = 32
    /// Longer comments wrap onto lines of their own, in the same column.
    static let lineWidth = 100

    private(set) var lines: [String] = []

    /// `key: value   # comment`; the value is written exactly as given (see `yamlText`).
    mutating func field(_ code: String, _ comment: String? = nil) {
        guard let comment else { lines.append(code); return }
        let indent = String(repeating: " ", count: Self.commentColumn)
        let start = code.count < Self.commentColumn ? code.padding(toLength: Self.commentColumn, withPad: " ", startingAt: 0)
                                                    : code + "  "
        var line = start + "# "
        var lineHasWords = false
        for word in Self.oneLine(comment).split(separator: " ") {
            if lineHasWords, line.count + 1 + word.count > Self.lineWidth {
                lines.append(line)
                line = indent + "#   "
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word.replacingOccurrences(of: Self.unbreakable, with: " ")
            lineHasWords = true
        }
        lines.append(line)
    }

    /// Marks the spaces of a phrase that a comment must not wrap inside ("Zhambyl Region");
    /// they are written as ordinary spaces.
    static func together(_ phrase: String) -> String {
        phrase.replacingOccurrences(of: " ", with: unbreakable)
    }

    static let unbreakable = "\u{A0}"

    /// A comment on a line of its own: `# text`.
    mutating func comment(_ text: String) {
        lines.append("# " + Self.oneLine(text))
    }

    /// Example lines, commented out so that removing `# ` from each gives working YAML.
    mutating func example(_ yaml: [String]) {
        lines += yaml.map { "# " + Self.oneLine($0) }
    }

    /// The whole file: front matter between `---` lines and an empty body.
    var document: String {
        "---\n" + lines.joined(separator: "\n") + "\n---\n"
    }

    /// Text from site.yml (a label can hold anything) kept on one comment line.
    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { needsEscape($0) ? " " : Character($0) })
    }

    /// A YAML value that reads back as exactly `text`: plain when that is unambiguous
    /// (letters first, no YAML punctuation, not a word like `null`), double-quoted otherwise.
    static func yamlText(_ text: String) -> String {
        let plainPunctuation: Set<Character> = [" ", ".", ",", "'", "’", "-", "–", "—", "(", ")", "«", "»", "„", "“", "”", "/"]
        let reserved: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        if let first = text.first, first.isLetter, text.last != " ",
           text.allSatisfy({ $0.isLetter || $0.isNumber || plainPunctuation.contains($0) }),
           !reserved.contains(text.lowercased()) {
            return text
        }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case _ where needsEscape(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)  // all below 0x10000
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// Control characters and the characters YAML may take as line breaks.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }
}
