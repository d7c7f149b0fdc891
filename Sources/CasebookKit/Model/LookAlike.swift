/// Characters that make a name look like another: invisible ones (zero-width characters,
/// bidirectional controls, unusual spaces), Cyrillic or Greek letters that look Latin
/// inside a Latin word, fullwidth letters and digits, and in ids the dashes, dots and
/// slashes that look like `-`, `.` and `/`. `nаzira-lesova` with a Cyrillic "а" looks
/// exactly like the id of an existing file and is not; a wholly Cyrillic word is left alone.
enum LookAlike {
    enum Kind: Sendable, Equatable {
        /// Zero-width and other format characters, shown as nothing.
        case invisible
        /// Controls that reorder how text is shown (U+202E and its kin).
        case bidiControl
        /// A space that is not U+0020 (no-break, thin, ideographic ...).
        case space
        /// A letter of another script (or a fullwidth one) that looks like this Latin letter.
        case letter(latin: Character)
        /// A digit or punctuation mark that looks like this ASCII one (U+2010 HYPHEN, a fullwidth digit).
        case symbol(ascii: Character)
    }

    /// What is looked for, by what the value is.
    enum Rule: Sendable {
        /// Ids, file names, references, vocabulary keys: everything, dashes and dots too.
        case id
        /// Tags: everything but punctuation (an en dash in a tag is the same tag).
        case name
        /// Free text that becomes a page or a filter value (a region): unusual spaces and
        /// punctuation are allowed, since the page's address treats them as a plain space.
        case text
    }

    /// One character found, at its 1-based position in the name (counted in Unicode scalars,
    /// as file columns are).
    struct Finding: Sendable, Equatable {
        let scalar: Unicode.Scalar
        let position: Int
        let kind: Kind

        /// "U+0430 CYRILLIC SMALL LETTER A"
        var characterName: String {
            let code = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            let name = scalar.properties.name ?? scalar.properties.nameAlias
            return "U+\(padded)" + (name.map { " \($0)" } ?? "")
        }

        /// "'nаzira' has U+0430 CYRILLIC SMALL LETTER A at character 2, which looks like
        /// Latin 'a'; type it again in Latin letters". `fix` replaces the advice.
        func message(in name: String, fix: String? = nil) -> String {
            "'\(LookAlike.shown(name))' has \(described); \(fix ?? advice)"
        }

        /// "U+2010 HYPHEN at character 7, which looks like '-'"
        var described: String { "\(characterName) at character \(position), \(what)" }

        var what: String {
            switch kind {
            case .invisible: "an invisible character"
            case .bidiControl: "an invisible control that changes the direction of text"
            case .space: "a space that is not a plain space"
            case .letter(let latin): "which looks like Latin '\(latin)'"
            case .symbol(let ascii): "which looks like '\(ascii)'"
            }
        }

        /// What to do about it, in a few words.
        var advice: String {
            switch kind {
            case .invisible, .bidiControl: "delete it"
            case .space: "type a plain space or a hyphen instead"
            case .letter: "type it again in Latin letters"
            case .symbol("-"): "type a plain hyphen-minus"
            case .symbol(let ascii): ascii.isNumber ? "type a plain digit" : "type a plain '\(ascii)'"
            }
        }
    }

    /// One message for every look-alike character of `name`, for a place that has one
    /// position for all of them (a link, a command-line option): up to six are named, of
    /// more the first five, and the rest counted. `fix` replaces the advice.
    static func message(for findings: [Finding], in name: String, fix: String? = nil) -> String {
        guard findings.count > 1 else { return findings.first?.message(in: name, fix: fix) ?? "" }
        let named = findings.prefix(findings.count <= 6 ? 6 : 5).map(\.described)
        let rest = findings.count - named.count
        let list = rest > 0 ? named.joined(separator: "; ") + "; and \(rest) more"
            : named.dropLast().joined(separator: "; ") + "; and " + named.last!
        return "'\(shown(name))' has \(findings.count) look-alike characters: \(list); \(fix ?? advice(for: findings))"
    }

    /// What to do about several characters at once.
    static func advice(for findings: [Finding]) -> String {
        guard findings.count > 1 else { return findings.first?.advice ?? "" }
        let kinds = findings.map { finding -> Int in
            switch finding.kind {
            case .invisible, .bidiControl: 0
            case .space: 1
            case .letter: 2
            case .symbol: 3
            }
        }
        switch Set(kinds) {
        case [0]: return "delete them"
        case [1]: return "type plain spaces or hyphens instead"
        case [2]: return "type them again in Latin letters"
        case [3] where findings.allSatisfy({ $0.kind == .symbol(ascii: "-") }): return "type plain hyphen-minus characters"
        default:
            return kinds.contains(0) ? "delete the invisible ones and type the others again as plain ASCII characters"
                : "type them again as plain ASCII characters"
        }
    }

    /// Every look-alike character of the name under `rule`, in order. Most names are ASCII
    /// and cost one pass over their bytes.
    static func findings(in name: String, as rule: Rule = .id) -> [Finding] {
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
                if kind != .space || rule != .text {
                    found.append(Finding(scalar: scalar, position: index + 1, kind: kind))
                }
                // An invisible character inside a word does not split it; a space does.
                if kind == .space { closeWord(index) }
                continue
            }
            if let kind = asciiLookAlike(scalar, punctuation: rule == .id) {
                found.append(Finding(scalar: scalar, position: index + 1, kind: kind))
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
    /// letters and symbols replaced by the ASCII ones they look like: what the writer meant.
    static func repaired(_ name: String, as rule: Rule = .id) -> String {
        let findings = findings(in: name, as: rule)
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
            case .symbol(let ascii): out.append(ascii)
            }
        }
        return out
    }

    /// The name as a message shows it: invisible characters and unusual spaces written
    /// `<U+200B>`, so a bidirectional control cannot reorder the message itself.
    static func shown(_ name: String) -> String {
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
}
