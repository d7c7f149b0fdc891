import Foundation

/// The one form every searchable word is reduced to, so that the spellings a name has in
/// Latin, Cyrillic and Kazakh letters meet: "Qambarova", "Kambarova", "Камбарова" and
/// "Қамбарова" all become "kambarova".
///
/// The build normalises the index with this; `templates/assets/search.js` normalises the
/// reader's query with the same steps, using the tables below, which the index carries.
/// The steps, per text:
/// 1. lower case, then canonical composition (NFC);
/// 2. each character: ASCII letters and digits stay; a letter in `letters` or
///    `addedLetters` becomes its Latin spelling (Cyrillic, Kazakh, a few Latin letters that
///    do not decompose, apostrophes and invisible joiners to nothing); any other character is decomposed (NFD) and its marks
///    dropped (é -> e); remaining letters and digits of other scripts stay; everything
///    else separates words;
/// 3. each word: the `spellings` replaced in order (dzh -> j, q -> k, zh -> j, kh -> h, y -> i ...);
///    an "i" before "e" dropped at the start of the word or after a vowel (Yerlan, Erlan;
///    Nazarbayev, Nazarbaev); runs of one letter made one (Lessova, Lesova).
enum SearchNormalizer {
    /// Characters spelled in Latin letters, lower case only (the text is lowered first).
    static let letters: [(Character, String)] = [
        // Russian
        ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"),
        ("ж", "zh"), ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"),
        ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"),
        ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"),
        ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"),
        // Kazakh
        ("ә", "a"), ("ғ", "gh"), ("қ", "q"), ("ң", "ng"), ("ө", "o"), ("ұ", "u"), ("ү", "u"),
        ("һ", "h"), ("і", "i"),
        // Ukrainian, Belarusian, Kyrgyz and Uzbek Cyrillic letters seen in names
        ("є", "ye"), ("ї", "yi"), ("ґ", "g"), ("ў", "u"), ("ҳ", "h"), ("ӯ", "u"), ("ҷ", "j"),
        // Latin letters of Kazakh, Turkish and scholarly (ISO 9) spellings, and letters without a decomposition
        ("ş", "sh"), ("ç", "ch"), ("ñ", "ng"), ("ž", "zh"), ("š", "sh"), ("č", "ch"), ("ı", "i"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
        ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"),
        // Greek final sigma: JavaScript lowers a final Σ to ς, Swift to σ
        ("ς", "σ"),
        // Apostrophes inside names (O'Brien, Kazakh Latin of 2018, Uzbek o'): no break
        ("'", ""), ("’", ""), ("ʼ", ""), ("ʻ", ""), ("`", ""), ("´", ""),
    ]

    /// Entries added after the index's layout 1. The index carries only `letters`, so an
    /// archive without these characters keeps the same index bytes; search.js carries these
    /// itself (`ADDED_LETTERS`, held equal to this list by `SearchNormalizerTests`).
    static let addedLetters: [(Character, String)] = [
        // Invisible inside words, so "Kaz\u{AD}bek" is "Kazbek": soft hyphen, zero-width
        // non-joiner and joiner, word joiner, zero-width no-break space (the old word joiner)
        ("\u{00AD}", ""), ("\u{200C}", ""), ("\u{200D}", ""), ("\u{2060}", ""), ("\u{FEFF}", ""),
        // ‘, the usual stand-in for Uzbek ʻ (G‘ulom, O‘zbekov), an apostrophe like the others
        ("\u{2018}", ""),
        // Azerbaijani Latin ə, the sound of Cyrillic ә
        ("ə", "a"),
        // Tatar and Bashkir Cyrillic (ә ө ү ң һ are the Kazakh letters above)
        ("җ", "zh"), ("ҡ", "q"), ("ҙ", "z"), ("ҫ", "s"),
    ]

    /// Spellings that stand for the same sound, replaced in this order within each word.
    static let spellings: [(String, String)] = [
        // "Дж" spelt as Russian spells Kazakh and Kyrgyz Ж and J (Джумабаев, Dzhumabayev, Djumabaev)
        // meets Жумабаев, Zhumabayev and Jumabayev; before "zh", which would leave "dj".
        ("dzh", "j"), ("dj", "j"),
        ("shch", "sh"), ("sch", "sh"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ts", "c"),
        ("q", "k"), ("x", "ks"), ("w", "v"), ("y", "i"),
    ]

    static let letterTable: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for (character, latin) in letters + addedLetters { table[character.unicodeScalars.first!] = latin }
        return table
    }()

    /// The normalised words of a text, in order, repeats kept.
    static func words(_ text: String) -> [String] {
        QuickFolding.shared.words(text) ?? fullWords(text)
    }

    /// `words` by the steps as written: the reference `QuickFolding` is held to.
    static func fullWords(_ text: String) -> [String] {
        var words: [String] = []
        var word: [Unicode.Scalar] = []
        func flush() {
            if !word.isEmpty { words.append(fold(word)); word.removeAll(keepingCapacity: true) }
        }
        let lowered = text.lowercased()
        // ASCII text is already composed; skipping the composition saves most of the time.
        let composed = lowered.utf8.allSatisfy { $0 < 0x80 } ? lowered : lowered.precomposedStringWithCanonicalMapping
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                word.append(scalar)
            } else if let latin = letterTable[scalar] {
                word += latin.unicodeScalars
            } else if value < 0x80 {
                flush()
            } else {
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
                    switch kind(part) {
                    case .keep: word.append(part)
                    case .mark: continue
                    case .separator: flush()
                    }
                }
            }
        }
        flush()
        return words
    }

    /// The distinct normalised words of a text, in order of first appearance.
    static func distinctWords(_ text: String) -> [String] {
        var seen: Set<String> = []
        return words(text).filter { seen.insert($0).inserted }
    }

    enum Kind { case keep, mark, separator }

    /// Letters and digits are kept (JavaScript's \p{L} and \p{N}), marks (\p{M}) dropped.
    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .keep
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .separator
        }
    }

    static let spellingScalars = spellings.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }
    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]

    /// Step 3 on one word. Replacements scan left to right without overlaps, like
    /// JavaScript's `replaceAll`; letters are compared as code points. A word of ASCII
    /// letters (most words, once spelled in Latin) is folded as bytes.
    static func fold(_ word: [Unicode.Scalar]) -> String {
        if word.allSatisfy(\.isASCII) { return ASCIIFolding.fold(word.map { UInt8($0.value) }) }
        return scalarFold(word)
    }

    /// `fold` on code points.
    static func scalarFold(_ word: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(ASCIIFolding.letters(word, spellings: spellingScalars, i: "i", e: "e", isVowel: vowels.contains)))
    }
}
