/// The leak check's scan of many texts on one thread: each distinct token (a run of
/// characters between ASCII spaces and punctuation) is folded once and remembered, with
/// whether any of its words could be part of a protected name. Most tokens of an archive
/// are common words, so most of the scan is one dictionary look-up per token; only runs of
/// tokens that could be part of a name are matched against the patterns.
struct LeakScanner {
    let words: ProtectedWords
    /// nil: none of the token's words is a word of a protected name.
    private var tokens: [Substring: [String]?] = [:]
    /// Tokens of addresses, and whether a name is inside one of their words.
    private var joined: [Substring: Bool] = [:]
    /// Whether the last text scanned had a word of a protected name right before a link's
    /// address (`[Жанар](…) Ахметовна`), which `ReaderText` takes out to read the name whole.
    private(set) var nameBeforeLink = false

    init(words: ProtectedWords) {
        self.words = words
    }

    /// Whether the text names a protected person: the same answer as `words.names`. Only a
    /// text holding a `%` is read again decoded, and only the pieces between spaces that
    /// hold `#`, `@` or `/` (every piece, for a text that becomes an address) are searched
    /// for a name inside a word, in the same pass.
    mutating func names(_ text: String, addresses: Bool = false) -> Bool {
        nameBeforeLink = false
        var percent = false
        if scan(text, addresses: addresses, percent: &percent) { return true }
        guard percent, let decoded = LeakFold.percentDecoded(text) else { return false }
        return scan(decoded, addresses: addresses, percent: &percent)
    }

    /// The text's words in order, runs of name words matched against the names; its
    /// addresses searched for a name inside a word.
    private mutating func scan(_ text: String, addresses: Bool, percent: inout Bool) -> Bool {
        var run: [String] = []
        var start: String.Index?
        var lastWasName = false
        // The current piece between spaces: where it starts, and whether it is an address.
        var pieceStart = text.startIndex
        var isAddress = addresses
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
            lastWasName = folded.map { !$0.isEmpty } ?? false
            if let folded {
                run += folded
                return false
            }
            // A word of no name ends any sequence of name words.
            defer { run.removeAll(keepingCapacity: true) }
            return !run.isEmpty && !words.matches(in: run).isEmpty
        }
        func endPiece(_ end: String.Index) -> Bool {
            defer { isAddress = addresses }
            guard isAddress, pieceStart < end else { return false }
            // The piece's tokens again (a few bytes), each judged once for every text.
            var tokenStart: String.Index?
            var position = pieceStart
            while true {
                let atEnd = position == end
                if !atEnd, utf8[position] >= 0x80 || Self.isWordByte(utf8[position]) {
                    if tokenStart == nil { tokenStart = position }
                } else if let begin = tokenStart {
                    tokenStart = nil
                    let token = text[begin..<position]
                    // Too short to hold a name and more.
                    if token.utf8.count > 3 {
                        let named: Bool
                        if let known = joined[token] {
                            named = known
                        } else {
                            named = LeakFold.words(String(token)).contains { words.joinedMatch(in: $0) != nil }
                            joined[token] = named
                        }
                        if named { return true }
                    }
                }
                if atEnd { break }
                position = utf8.index(after: position)
            }
            return false
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 && !Self.isWordByte(byte) {
                if flush(index) { return true }
                switch byte {
                case 0x20, 0x0A, 0x09, 0x0D:
                    if endPiece(index) { return true }
                    pieceStart = utf8.index(after: index)
                case UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "/"):
                    isAddress = true
                case UInt8(ascii: "%"):
                    percent = true
                case UInt8(ascii: "]"):
                    let next = utf8.index(after: index)
                    if lastWasName, next < utf8.endIndex, utf8[next] == UInt8(ascii: "(") || utf8[next] == UInt8(ascii: "[") { nameBeforeLink = true }
                default:
                    break
                }
            } else if start == nil {
                start = index
            }
            // A fullwidth ＠ (EF BC A0) marks a handle too.
            if byte == 0xA0, utf8.distance(from: utf8.startIndex, to: index) >= 2, utf8[utf8.index(index, offsetBy: -1)] == 0xBC,
               utf8[utf8.index(index, offsetBy: -2)] == 0xEF { isAddress = true }
            index = utf8.index(after: index)
        }
        if flush(utf8.endIndex) || endPiece(utf8.endIndex) { return true }
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
