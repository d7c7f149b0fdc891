/// The escapes of a double-quoted YAML scalar that stand for a forbidden control character
/// (`"\e[31m"`, `"\x01"`, `"\0"`), found in the source so that each is reported where it
/// was written. Only reached for a value that holds one, which is rare.
enum YAMLEscapes {
    struct Escape {
        /// Line and column in the YAML text (1-based).
        let line: Int
        let column: Int
        let written: String
        let value: UInt32
    }

    /// The forbidden escapes of the scalar that starts at `line`:`column` of `text`; empty
    /// when no double-quoted scalar starts there.
    static func forbidden(in text: String, line: Int, column: Int) -> [Escape] {
        let scalars = Array(text.unicodeScalars)
        var index = 0, currentLine = 1, currentColumn = 1
        while index < scalars.count, currentLine < line || (currentLine == line && currentColumn < column) {
            advance(scalars[index], &currentLine, &currentColumn)
            index += 1
        }
        guard index < scalars.count, scalars[index] == "\"" else { return [] }
        advance(scalars[index], &currentLine, &currentColumn)
        index += 1
        var found: [Escape] = []
        while index < scalars.count, scalars[index] != "\"" {
            guard scalars[index] == "\\", index + 1 < scalars.count else {
                advance(scalars[index], &currentLine, &currentColumn)
                index += 1
                continue
            }
            let (length, value) = decode(scalars, at: index + 1)
            if let value, ControlCharacters.isForbidden(value) {
                var written = "\\"
                written.unicodeScalars.append(contentsOf: scalars[(index + 1)..<min(scalars.count, index + 1 + length)])
                found.append(Escape(line: currentLine, column: currentColumn, written: written, value: value))
            }
            for _ in 0...length where index < scalars.count {
                advance(scalars[index], &currentLine, &currentColumn)
                index += 1
            }
        }
        return found
    }

    static func advance(_ scalar: Unicode.Scalar, _ line: inout Int, _ column: inout Int) {
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    /// The escape after a backslash: how many scalars it takes, and the character it stands for.
    static func decode(_ scalars: [Unicode.Scalar], at index: Int) -> (length: Int, value: UInt32?) {
        let simple: [Unicode.Scalar: UInt32] = ["0": 0, "a": 7, "b": 8, "t": 9, "\t": 9, "n": 10, "v": 11, "f": 12, "r": 13,
                                                "e": 0x1B, "N": 0x85]
        let letter = scalars[index]
        if let value = simple[letter] { return (1, value) }
        let digits = letter == "x" ? 2 : letter == "u" ? 4 : letter == "U" ? 8 : 0
        guard digits > 0, index + digits < scalars.count else { return (1, nil) }
        var hex = ""
        hex.unicodeScalars.append(contentsOf: scalars[(index + 1)...(index + digits)])
        return (1 + digits, UInt32(hex, radix: 16))
    }
}
