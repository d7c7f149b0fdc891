/// A line of site.yml or of a theme's file as the site shows it, its escapes decoded, for
/// the leak check: YAML's `\u0421` (tools that save YAML write every Cyrillic letter so),
/// HTML's `&#1057;` and `&eacute;` and its tags (`Sekre<b>tova</b>`) in templates and markup,
/// CSS's `\421 ` in generated content, JavaScript's and JSON's `\u0421`. A name written so
/// is published whole all the same. Only lines that hold a `\` or a `&`/`<` are decoded.
enum LeakEscapes {
    /// `references`: a Markdown body's character references alone, which cmark decodes in a
    /// link's address and title too (`[x](https://t.me/z&#115;ekretova)`), where the body's
    /// reader text (`ReaderText`) leaves the address out.
    enum Style { case yaml, markup, css, script, references }

    /// Said after a finding in decoded text, whose column is the escape's.
    static let note = " (written with escapes or tags, the site shows it whole)"

    /// How a file of the site or the theme writes escapes, by its name.
    static func style(of file: String) -> Style? {
        guard let dot = file.lastIndex(of: ".") else { return nil }
        switch file[file.index(after: dot)...].lowercased() {
        case "yml", "yaml": return .yaml
        case "mustache", "html", "htm", "svg", "xml", "md": return .markup
        case "css": return .css
        case "js", "mjs", "json", "webmanifest": return .script
        default: return nil
        }
    }

    /// The line with its escapes decoded, and for each of its characters the column (from 1)
    /// of the line where it was written; nil when the line has no escape.
    static func decoded(_ line: Substring, _ style: Style) -> (text: String, columns: [Int])? {
        let characters = Array(line)
        let marks: Set<Character> = style == .markup ? ["&", "<"] : style == .references ? ["&"] : ["\\"]
        guard characters.contains(where: marks.contains) else { return nil }
        var text = "", columns: [Int] = []
        var index = 0, changed = false
        while index < characters.count {
            if let (value, length) = escape(characters, at: index, style) {
                text += value
                columns += Array(repeating: index + 1, count: value.count)
                index += length
                changed = true
            } else {
                text.append(characters[index])
                columns.append(index + 1)
                index += 1
            }
        }
        return changed ? (text, columns) : nil
    }

    /// The text an escape at `index` stands for, and how many characters it takes; nil when
    /// none starts there. An escape of a control character is left as written.
    static func escape(_ characters: [Character], at index: Int, _ style: Style) -> (String, Int)? {
        let first = characters[index]
        switch style {
        case .markup, .references:
            if first == "<", style == .markup {  // a tag, on its line: the page shows none of it
                guard let close = characters[index...].prefix(200).firstIndex(of: ">") else { return nil }
                return ("", close - index + 1)
            }
            guard first == "&", let semicolon = characters[index...].prefix(40).firstIndex(of: ";"),
                  let value = ReaderText.reference(String(characters[(index + 1)..<semicolon])) else { return nil }
            return printable(value).map { ($0, semicolon - index + 1) }
        case .yaml, .script:
            guard first == "\\", index + 1 < characters.count else { return nil }
            let letter = characters[index + 1]
            if style == .script, letter == "u", index + 2 < characters.count, characters[index + 2] == "{",
               let close = characters[(index + 3)...].prefix(9).firstIndex(of: "}") {
                return scalar(characters[(index + 3)..<close]).map { ($0, close - index + 1) }
            }
            let digits = letter == "x" ? 2 : letter == "u" ? 4 : letter == "U" && style == .yaml ? 8 : 0
            guard digits > 0, index + 1 + digits < characters.count else { return nil }
            return scalar(characters[(index + 2)..<(index + 2 + digits)]).map { ($0, 2 + digits) }
        case .css:
            guard first == "\\" else { return nil }
            var end = index + 1
            while end < characters.count, end - index <= 6, characters[end].isHexDigit { end += 1 }
            guard end > index + 1, let value = scalar(characters[(index + 1)..<end]) else { return nil }
            // One space, tab or line end after the digits belongs to the escape.
            if end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
            return (value, end - index)
        }
    }

    /// A body with its character references decoded, lines kept; nil when it has none.
    static func references(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var changed = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let plain = decoded(line, .references) else { return String(line) }
            changed = true
            return plain.text
        }
        return changed ? lines.joined(separator: "\n") : nil
    }

    static func scalar(_ hex: ArraySlice<Character>) -> String? {
        guard !hex.isEmpty, hex.allSatisfy(\.isHexDigit), let value = UInt32(String(hex), radix: 16),
              let scalar = Unicode.Scalar(value) else { return nil }
        return printable(String(Character(scalar)))
    }

    static func printable(_ text: String) -> String? {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } ? text : nil
    }

    /// Each protected person the lines name, once a line, at its line and column: in the
    /// text as written, then as the site shows it (`decoded`, each line's `decoded(_:_:)`),
    /// at the column the escape was written (`decoded: true`, for the `note`).
    static func findings(_ lines: [Substring], decoded: [(text: String, columns: [Int])?]?, words: ProtectedWords)
        -> [(finding: LeakReading.Finding, line: Int, column: Int, decoded: Bool)] {
        var found: [(finding: LeakReading.Finding, line: Int, column: Int, decoded: Bool)] = []
        for (offset, line) in lines.enumerated() {
            var people: Set<Int> = []
            for finding in words.findings(in: LeakReading(lines: [line], addresses: false)) where people.insert(finding.person).inserted {
                found.append((finding, offset + 1, finding.place.column, false))
            }
            guard let plain = decoded?[offset] else { continue }
            for finding in words.findings(in: LeakReading(lines: [Substring(plain.text)], addresses: false)) where people.insert(finding.person).inserted {
                found.append((finding, offset + 1, plain.columns[min(finding.place.column, plain.columns.count) - 1], true))
            }
        }
        return found
    }
}
