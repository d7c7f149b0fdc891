import Foundation

/// Alphabetical order as readers of a language expect it, the same on every machine: a
/// small collation key of casebook's own rather than the system's locale or ICU, whose
/// versions differ. Cyrillic letters follow the language's alphabet (Russian Ё after Е;
/// Kazakh Ә after А, Қ after К, І after Ы), letters of other Cyrillic alphabets after their
/// base letter; a Latin letter with a diacritic sorts with its base letter, the diacritic
/// deciding only between names otherwise equal. On a Cyrillic language's page Cyrillic
/// names come before Latin ones, on any other page after. Case is ignored; names equal
/// but for it keep the order of their lowercased text, then the caller's tie-break.
/// ASCII names keep the order of their lowercased characters.
enum NameOrder {
    /// What a name sorts by: made once per item, compared many times.
    struct Key: Comparable, Sendable {
        /// The letters' places, a 0, then each letter's diacritic (0 for none).
        let weights: [UInt32]
        let text: String

        static func < (a: Key, b: Key) -> Bool {
            if a.weights != b.weights { return a.weights.lexicographicallyPrecedes(b.weights) }
            return a.text < b.text
        }
    }

    static func key(_ name: String, language: String) -> Key {
        let lowered = name.lowercased()
        let alphabet = Alphabet.of(language)
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            // Fast path: most names of an English archive.
            var weights = lowered.utf8.map { weight(ascii: $0, latin: alphabet.latin) }
            weights.append(0)
            weights.append(contentsOf: repeatElement(0, count: lowered.utf8.count))
            return Key(weights: weights, text: lowered)
        }
        var primary: [UInt32] = [], secondary: [UInt32] = []
        for scalar in lowered.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII {
                primary.append(weight(ascii: UInt8(scalar.value), latin: alphabet.latin)); secondary.append(0)
            } else if let place = alphabet.cyrillic[scalar.value] {
                primary.append(place); secondary.append(0)
            } else if let letters = latinExpansions[scalar.value] {
                for letter in letters.utf8 { primary.append(alphabet.latin + UInt32(letter - 0x61) * 16) }
                secondary.append(scalar.value)
                secondary.append(contentsOf: repeatElement(0, count: letters.utf8.count - 1))
            } else {
                let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
                let base = parts[0]
                let mark = parts.count > 1 ? parts[1].value : 0
                if base.isASCII, base.properties.isAlphabetic {
                    primary.append(weight(ascii: UInt8(base.value), latin: alphabet.latin)); secondary.append(mark)
                } else if parts.count > 1, let place = alphabet.cyrillic[base.value] {
                    primary.append(place); secondary.append(mark)
                } else if scalar.properties.isAlphabetic {
                    primary.append(0x10000 + scalar.value); secondary.append(0)
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    // A mark left after composition: a diacritic of the letter before it.
                    if let last = secondary.indices.last, secondary[last] == 0 { secondary[last] = scalar.value }
                } else {
                    primary.append(punctuation(scalar)); secondary.append(0)
                }
            }
        }
        return Key(weights: primary + [0] + secondary, text: lowered)
    }

    /// ASCII letters at their place in the Latin block, anything else of ASCII at its code.
    static func weight(ascii byte: UInt8, latin: UInt32) -> UInt32 {
        (0x61...0x7A).contains(byte) ? latin + UInt32(byte - 0x61) * 16 : UInt32(byte)
    }

    /// Spaces, dashes and apostrophes of other blocks sort as their ASCII forms, so
    /// "O’Brien" is where "O'Brien" is; other signs after ASCII's, before every letter.
    static func punctuation(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.properties.generalCategory {
        case .spaceSeparator: 0x20
        case .dashPunctuation: 0x2D
        default: ["\u{2018}", "\u{2019}", "\u{02BC}", "\u{02BB}"].contains(scalar) ? 0x27 : 0x80
        }
    }

    /// Latin letters that are not a base letter with a diacritic: sorted as the letters they
    /// are written for, the letter itself deciding between names otherwise equal.
    static let latinExpansions: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0x153: "oe", 0xF8: "o", 0x111: "d", 0xF0: "d", 0x142: "l", 0x131: "i", 0xFE: "th",
    ]

    /// The places of one language's letters: where the Latin block starts, and each
    /// lowercase Cyrillic letter's place.
    struct Alphabet: Sendable {
        let latin: UInt32
        let cyrillic: [UInt32: UInt32]

        static let russian = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
        static let kazakh = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
        /// Letters of other Cyrillic alphabets, each right after the one named (and the
        /// letters put there before it): Ukrainian і and ї before й, as Ukrainian orders them.
        static let others: [(letter: Character, after: Character)] = [
            ("ә", "а"), ("ғ", "г"), ("ґ", "г"), ("є", "е"), ("і", "и"), ("ї", "і"), ("қ", "к"),
            ("ң", "н"), ("ө", "о"), ("ұ", "у"), ("ү", "у"), ("ў", "у"), ("һ", "х"),
        ]
        /// Languages written in Cyrillic, whose readers look for Cyrillic names first.
        static let cyrillicLanguages: Set<String> = ["ru", "kk", "uk", "be", "bg", "mk", "sr", "ky", "tg", "mn", "tt", "ba", "cv", "ce", "os", "ab", "av"]

        static let english = Alphabet(russian, latin: 0x1000, cyrillic: 0x2000)
        static let russianFirst = Alphabet(russian, latin: 0x2000, cyrillic: 0x1000)
        static let kazakhFirst = Alphabet(kazakh, latin: 0x2000, cyrillic: 0x1000)

        /// The alphabet of a language code's primary subtag (`ru` for `ru-KZ`).
        static func of(_ language: String) -> Alphabet {
            let code = LanguageCode.primary(language)
            return code == "kk" ? kazakhFirst : cyrillicLanguages.contains(code) ? russianFirst : english
        }

        init(_ letters: String, latin: UInt32, cyrillic start: UInt32) {
            self.latin = latin
            var places: [UInt32: UInt32] = [:]
            for (index, letter) in letters.unicodeScalars.enumerated() { places[letter.value] = start + UInt32(index) * 16 }
            let taken = { (place: UInt32) in places.values.contains(place) }
            for (letter, after) in Self.others {
                let scalar = letter.unicodeScalars.first!.value
                guard places[scalar] == nil, var place = places[after.unicodeScalars.first!.value] else { continue }
                repeat { place += 1 } while taken(place)
                places[scalar] = place
            }
            self.cyrillic = places
        }
    }
}
