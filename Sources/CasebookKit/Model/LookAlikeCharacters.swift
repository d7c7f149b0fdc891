import Foundation

/// The tables behind `LookAlike`: which characters are invisible, which letters are Latin,
/// and which letters, digits and punctuation marks of other blocks are drawn like ASCII ones.
extension LookAlike {
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

    /// A fullwidth or mathematical letter or digit (anywhere: a slug drops it, so "Ｒegion"
    /// would be "egion"), or with `punctuation` (ids) a mark drawn like `-`, `.` or `/`.
    static func asciiLookAlike(_ scalar: Unicode.Scalar, punctuation: Bool) -> Kind? {
        let value = scalar.value
        switch value {
        case 0xFF01...0xFF5E:
            // The fullwidth forms are ASCII moved up by 0xFEE0.
            let ascii = Character(Unicode.Scalar(UInt8(value - 0xFEE0)))
            if ascii.isLetter { return .letter(latin: ascii) }
            if ascii.isNumber || punctuation { return .symbol(ascii: ascii) }
            return nil
        case 0x1D400...0x1D7FF:
            // Mathematical bold, italic, script ... letters and digits: their compatibility form is ASCII.
            let plain = String(Character(scalar)).decomposedStringWithCompatibilityMapping
            guard plain.count == 1, let ascii = plain.first, ascii.isASCII else { return nil }
            return ascii.isLetter ? .letter(latin: ascii) : ascii.isNumber ? .symbol(ascii: ascii) : nil
        default:
            guard punctuation, let ascii = punctuationLookAlikes[scalar] else { return nil }
            return .symbol(ascii: ascii)
        }
    }

    /// Letters of the Latin script: ASCII, Latin-1, Latin Extended-A and -B, and Latin
    /// Extended Additional (the stdlib exposes no script property).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x1E00...0x1EFF: return true
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// Dashes, dots and slashes drawn like the `-`, `.` and `/` of an id or a path.
    static let punctuationLookAlikes: [Unicode.Scalar: Character] = [
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-",
        "\u{2212}": "-", "\u{2043}": "-", "\u{02D7}": "-", "\u{2796}": "-", "\u{FE58}": "-", "\u{FE63}": "-",
        "\u{2024}": ".", "\u{FE52}": ".",
        "\u{2044}": "/", "\u{2215}": "/", "\u{29F8}": "/",
    ]

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
