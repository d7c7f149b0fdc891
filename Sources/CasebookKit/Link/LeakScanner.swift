/// The leak check's scan of many texts on one thread: each distinct token (a run of
/// characters between ASCII spaces and punctuation) is folded once and remembered, with
/// whether any of its words could be part of a protected name. Most tokens of an archive
/// are common words, so most of the scan is one dictionary look-up per token; only runs of
/// tokens that could be part of a name are matched against the patterns.
struct LeakScanner {
    let words: ProtectedWords
    /// nil: none of the token's words is a word of a protected name.
    private var tokens: [Substring: [String]?] = [:]

    init(words: ProtectedWords) {
        self.words = words
    }

    /// Whether the text names a protected person: the same answer as `words.names`.
    mutating func names(_ text: String) -> Bool {
        var run: [String] = []
        var start: String.Index?
        let utf8 = text.utf8
        var index = utf8.startIndex
        func flush(_ end: String.Index) -> Bool {
            guard let begin = start else { return false }
            start = nil
            let token = text[begin..<end]
            let folded: [String]?
            if let known = tokens[token] {
                folded = known
            } else {
                let all = LeakFold.words(String(token))
                // A token of no words (a dash) is no word either: it ends nothing.
                folded = all.isEmpty || all.contains(where: words.isNameWord) ? all : nil
                tokens[token] = folded
            }
            if let folded {
                run += folded
                return false
            }
            // A word of no name ends any sequence of name words.
            defer { run.removeAll(keepingCapacity: true) }
            return !run.isEmpty && !words.matches(in: run).isEmpty
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 && !Self.isWordByte(byte) {
                if flush(index) { return true }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if flush(utf8.endIndex) { return true }
        return !run.isEmpty && !words.matches(in: run).isEmpty
    }

    /// ASCII letters, digits and the apostrophes the search folds away (O'Brien is one word).
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "'"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }
}
