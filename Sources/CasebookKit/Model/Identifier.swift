import Foundation

/// The id rule for file names (`^[a-z0-9]+(-[a-z0-9]+)*$`) and the transliteration that
/// turns a name in Latin, Cyrillic or Kazakh letters into a valid id.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        var previousWasHyphen = true  // a leading hyphen is invalid
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !id.isEmpty && !previousWasHyphen
    }

    /// The errors for a file name that breaks the id rule: one per look-alike character
    /// (each naming it and its place), else the rule itself; each suggests a new name that
    /// is not taken.
    static func fileNameProblems(_ stem: String, renames: inout RenameSuggestions) -> [String] {
        let findings = LookAlike.findings(in: stem)
        let repaired = LookAlike.repaired(stem)
        let suggestion = isValid(repaired) ? repaired : slug(repaired)
        let rename = suggestion.isEmpty ? nil : renames.advice(for: suggestion)
        guard !findings.isEmpty else {
            let hint = rename.map { "; \($0)" } ?? ""
            return ["'\(stem)' is not a valid id: use lower-case ASCII letters, digits and single hyphens\(hint)"]
        }
        return findings.map { $0.message(in: stem, fix: rename.map { [advice = $0.advice] in "\(advice); \($0)" }) }
    }

    /// "Назира Лесова" -> "nazira-lesova", "Қамбарова" -> "qambarova", "Zhambyl Region" -> "zhambyl-region".
    static func slug(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
        return unicodeSlug(text)
    }

    /// `slug` of an ASCII text, byte by byte: the Unicode steps change nothing there but
    /// cost a composition and property lookups per character (case pages ask for the slugs
    /// of their region and tags). Nil when the text is not all ASCII.
    static func asciiSlug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                if pendingHyphen { out.append(UInt8(ascii: "-")); pendingHyphen = false }
                out.append(lower)
            } else {
                pendingHyphen = !out.isEmpty
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func unicodeSlug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        latinPieces(text) { piece, latin in
            if latin.isEmpty {
                // Signs like ь and ъ vanish inside a word; spaces and punctuation separate words.
                if !piece.properties.isAlphabetic { pendingHyphen = !out.isEmpty }
                return
            }
            if pendingHyphen { out += "-"; pendingHyphen = false }
            out += latin
        }
        return out
    }

    /// Each character of `text`, in lower case, with its Latin spelling ("" when it has
    /// none). Composed first, so a name typed as "е" + combining breve (as macOS file names
    /// often are) reads like "й"; marks left over are dropped, not taken as separators
    /// ("İ" lowers to "i" and a combining dot).
    static func latinPieces(_ text: String, _ body: (Unicode.Scalar, String) -> Void) {
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            for piece in scalar.properties.lowercaseMapping.unicodeScalars {
                if piece.properties.generalCategory == .nonspacingMark { continue }
                body(piece, transliterate(piece))
            }
        }
    }

    /// One lower-case scalar in, ASCII letters/digits out ("" for a separator).
    static func transliterate(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39: return String(Character(scalar))
        default: break
        }
        if let mapped = cyrillic[scalar] { return mapped }
        if let mapped = latinExtended[scalar] { return mapped }
        // Strip diacritics from other Latin letters: é -> e.
        let decomposed = String(Character(scalar)).decomposedASCIILetters
        return decomposed
    }

    static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
        // Kazakh letters
        "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
        "і": "i",
        // Ukrainian and Belarusian letters that also occur in names
        "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
        // Tatar, Bashkir, Uzbek and Tajik letters
        "җ": "zh", "ҡ": "q", "ҙ": "z", "ҫ": "s", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    ]

    static let latinExtended: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "ı": "i",
        "đ": "d", "ħ": "h",
        // Azerbaijani schwa, written "a" in English ("Əliyev", "Aliyev"), as Kazakh "ә" is
        "ə": "a",
    ]
}

extension String {
    /// Latin letters with their accents removed (é -> e), other characters dropped.
    var decomposedASCIILetters: String {
        var out = ""
        for scalar in decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
