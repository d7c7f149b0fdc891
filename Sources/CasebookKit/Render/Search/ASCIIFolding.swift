/// `SearchNormalizer.fold` for a word of ASCII letters and digits, on bytes rather than
/// code points: the same replacements in the same order, then the same dropped "i" and
/// doubled letters. `SearchNormalizerTests` holds it to `SearchNormalizer.scalarFold`.
enum ASCIIFolding {
    static let spellings = SearchNormalizer.spellings.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func fold(_ word: [UInt8]) -> String {
        var text = word
        for (from, to) in spellings where text.contains(from[0]) {
            var out: [UInt8] = []
            out.reserveCapacity(text.count + 2)
            var i = 0
            while i < text.count {
                if text[i] == from[0], i + from.count <= text.count, text[i..<(i + from.count)].elementsEqual(from) {
                    out += to
                    i += from.count
                } else {
                    out.append(text[i])
                    i += 1
                }
            }
            text = out
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var last: UInt8?
        for i in text.indices {
            let byte = text[i]
            if byte == UInt8(ascii: "i"), i + 1 < text.count, text[i + 1] == UInt8(ascii: "e"), last.map(isVowel) ?? true { continue }
            if byte == last { continue }
            out.append(byte)
            last = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
