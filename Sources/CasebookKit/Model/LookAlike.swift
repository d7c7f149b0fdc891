/// Characters that make a name look like another: invisible ones (zero-width characters,
/// bidirectional controls, unusual spaces) and Cyrillic or Greek letters that look Latin
/// inside a Latin word. `nаzira-lesova` with a Cyrillic "а" looks exactly like the id of
/// an existing file and is not; a wholly Cyrillic word is left alone.
public enum LookAlike {
    public enum Kind: Sendable, Equatable {
        /// Zero-width and other format characters, shown as nothing.
        case invisible
        /// Controls that reorder how text is shown (U+202E and its kin).
        case bidiControl
        /// A space that is not U+0020 (no-break, thin, ideographic ...).
        case space
        /// A letter of another script that looks like this Latin letter.
        case letter(latin: Character)
    }

    /// One character found, at its 1-based position in the name (counted in Unicode scalars,
    /// as file columns are).
    public struct Finding: Sendable, Equatable {
        public let scalar: Unicode.Scalar
        public let position: Int
        public let kind: Kind

        /// "U+0430 CYRILLIC SMALL LETTER A"
        public var characterName: String {
            let code = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            let name = scalar.properties.name ?? scalar.properties.nameAlias
            return "U+\(padded)" + (name.map { " \($0)" } ?? "")
        }

        /// "'nаzira' has U+0430 CYRILLIC SMALL LETTER A at character 2, which looks like
        /// Latin 'a'; type it again in Latin letters". `fix` replaces the advice.
        public func message(in name: String, fix: String? = nil) -> String {
            "'\(LookAlike.shown(name))' has \(characterName) at character \(position), \(what); \(fix ?? advice)"
        }

        var what: String {
            switch kind {
            case .invisible: "an invisible character"
            case .bidiControl: "an invisible control that changes the direction of text"
            case .space: "a space that is not a plain space"
            case .letter(let latin): "which looks like Latin '\(latin)'"
            }
        }

        /// What to do about it, in a few words.
        public var advice: String {
            switch kind {
            case .invisible, .bidiControl: "delete it"
            case .space: "type a plain space or a hyphen instead"
            case .letter: "type it again in Latin letters"
            }
        }
    }

    /// Every look-alike character of the name, in order. Most names are ASCII and cost one
    /// pass over their bytes.
    public static func findings(in name: String) -> [Finding] {
        guard !name.utf8.allSatisfy({ $0 < 0x80 }) else { return [] }
        let scalars = Array(name.unicodeScalars)
        var found: [Finding] = []
        var wordStart = 0
        // Letters are judged a word at a time: a Cyrillic word beside a Latin one is fine.
        func closeWord(_ end: Int) {
            let word = scalars[wordStart..<end]
            if word.contains(where: isLatinLetter) {
                for index in word.indices {
                    if let latin = latinLookAlikes[scalars[index]] {
                        found.append(Finding(scalar: scalars[index], position: index + 1, kind: .letter(latin: latin)))
                    }
                }
            }
            wordStart = end + 1
        }
        for (index, scalar) in scalars.enumerated() {
            if let kind = invisibleKind(scalar) {
                found.append(Finding(scalar: scalar, position: index + 1, kind: kind))
                // An invisible character inside a word does not split it; a space does.
                if kind == .space { closeWord(index) }
                continue
            }
            let properties = scalar.properties
            if !(properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                 || properties.numericType != nil) {
                closeWord(index)
            }
        }
        closeWord(scalars.count)
        return found.sorted { $0.position < $1.position }
    }

    /// The name with invisible characters dropped, unusual spaces made plain and look-alike
    /// letters replaced by the Latin letters they look like: what the writer meant.
    public static func repaired(_ name: String) -> String {
        let findings = findings(in: name)
        guard !findings.isEmpty else { return name }
        var byPosition: [Int: Kind] = [:]
        for finding in findings { byPosition[finding.position] = finding.kind }
        var out = ""
        for (index, scalar) in name.unicodeScalars.enumerated() {
            switch byPosition[index + 1] {
            case nil: out.unicodeScalars.append(scalar)
            case .invisible, .bidiControl: break
            case .space: out += " "
            case .letter(let latin): out.append(latin)
            }
        }
        return out
    }

    /// The name as a message shows it: invisible characters and unusual spaces written
    /// `<U+200B>`, so a bidirectional control cannot reorder the message itself.
    public static func shown(_ name: String) -> String {
        guard !name.utf8.allSatisfy({ $0 < 0x80 }) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            if invisibleKind(scalar) != nil {
                out += "<" + Finding(scalar: scalar, position: 0, kind: .invisible).characterName.prefix { $0 != " " } + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func invisibleKind(_ scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x20: return nil
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return .bidiControl
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        case .format: return .invisible
        default: break
        }
        // The combining grapheme joiner, variation selectors, Hangul fillers: drawn as nothing.
        if properties.isDefaultIgnorableCodePoint { return .invisible }
        return nil
    }

    /// Letters of the Latin script: ASCII, Latin-1, Latin Extended-A and -B, and Latin
    /// Extended Additional (the stdlib exposes no script property).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    /// Cyrillic and Greek letters drawn like a Latin letter in common fonts.
    static let latinLookAlikes: [Unicode.Scalar: Character] = [
        // Cyrillic
        "\u{0430}": "a", "\u{0435}": "e", "\u{043E}": "o", "\u{0440}": "p", "\u{0441}": "c",
        "\u{0443}": "y", "\u{0445}": "x", "\u{0456}": "i", "\u{0458}": "j", "\u{0455}": "s",
        "\u{0501}": "d", "\u{051B}": "q", "\u{051D}": "w", "\u{04BB}": "h", "\u{04CF}": "l",
        "\u{0410}": "A", "\u{0412}": "B", "\u{0415}": "E", "\u{041A}": "K", "\u{041C}": "M",
        "\u{041D}": "H", "\u{041E}": "O", "\u{0420}": "P", "\u{0421}": "C", "\u{0422}": "T",
        "\u{0425}": "X", "\u{0423}": "Y", "\u{0406}": "I", "\u{0408}": "J", "\u{0405}": "S",
        "\u{051A}": "Q", "\u{051C}": "W", "\u{04BA}": "H", "\u{04C0}": "I", "\u{04AE}": "Y",
        // Greek
        "\u{03BF}": "o", "\u{03B1}": "a", "\u{03BD}": "v", "\u{03C1}": "p", "\u{03B9}": "i",
        "\u{03BA}": "k", "\u{03C5}": "u", "\u{03C7}": "x", "\u{03B3}": "y",
        "\u{0391}": "A", "\u{0392}": "B", "\u{0395}": "E", "\u{0396}": "Z", "\u{0397}": "H",
        "\u{0399}": "I", "\u{039A}": "K", "\u{039C}": "M", "\u{039D}": "N", "\u{039F}": "O",
        "\u{03A1}": "P", "\u{03A4}": "T", "\u{03A5}": "Y", "\u{03A7}": "X",
    ]
}
