/// Step 3 of `SearchNormalizer` on one word, for any kind of letter: on bytes for a word of
/// ASCII letters and digits (most words, once spelled in Latin), on code points for the
/// rest. The spellings replaced in order, each scan left to right without overlaps like
/// JavaScript's `replaceAll`; then an "i" before "e" dropped at the start of the word or
/// after a vowel, and runs of one letter made one. `SearchNormalizerTests` holds the two
/// kinds to each other.
enum ASCIIFolding {
    static let spellings = SearchNormalizer.spellings.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func fold(_ word: [UInt8]) -> String {
        String(decoding: letters(word, spellings: spellings, i: UInt8(ascii: "i"), e: UInt8(ascii: "e"), isVowel: isVowel), as: UTF8.self)
    }

    static func letters<Letter: Equatable>(_ word: [Letter], spellings: [([Letter], [Letter])], i: Letter, e: Letter,
                                           isVowel: (Letter) -> Bool) -> [Letter] {
        var text = word
        for (from, to) in spellings where text.contains(from[0]) {
            var out: [Letter] = []
            out.reserveCapacity(text.count + 2)
            var index = 0
            while index < text.count {
                if text[index] == from[0], index + from.count <= text.count, text[index..<(index + from.count)].elementsEqual(from) {
                    out += to
                    index += from.count
                } else {
                    out.append(text[index])
                    index += 1
                }
            }
            text = out
        }
        var out: [Letter] = []
        out.reserveCapacity(text.count)
        var last: Letter?
        for index in text.indices {
            let letter = text[index]
            if letter == i, index + 1 < text.count, text[index + 1] == e, last.map(isVowel) ?? true { continue }
            if letter == last { continue }
            out.append(letter)
            last = letter
        }
        return out
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
