/// A text as the leak check reads it, each word with its place: its lines read as one run
/// of words (so a name hard-wrapped over two lines is found whole), CamelCase joins read
/// apart (`LeakFold.words`), and, when the text holds percent-escapes, read a second time
/// with them decoded. Each piece between spaces that is an address (it holds `#`, `@` or
/// `/`: a hashtag, a handle, a link), or every piece of a text that becomes one (a source's
/// address, a tag, a file name), is also searched for a name inside its words
/// (`ProtectedWords.joinedMatch`).
struct LeakReading {
    /// Where a word is: its line (from 0), and the piece of that line between spaces that holds it.
    struct Place: Hashable {
        let line: Int
        /// The piece's first column, from 1.
        let start: Int
        let piece: Substring
        /// The word's number among the piece's words.
        let index: Int
        /// False for a decoded piece, whose words have no column of their own.
        let exact: Bool

        /// The word's column in its line, from 1 (the piece's, for a decoded piece).
        var column: Int {
            exact ? start + LeakLocator.column(of: index, in: piece) - 1 : start
        }

        // A place is its line, piece start, word and reading: the piece's text, hashed and
        // compared for every word found, made a 400 KB address (a pasted data: URL) take a minute.
        static func == (a: Place, b: Place) -> Bool {
            a.line == b.line && a.start == b.start && a.index == b.index && a.exact == b.exact
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(line)
            hasher.combine(start)
            hasher.combine(index)
            hasher.combine(exact)
        }
    }

    struct Finding {
        let person: Int
        let kind: ProtectedWords.Kind
        let place: Place
        /// Found inside a longer word.
        let joined: Bool
    }

    /// The words as written, and as decoded when any piece holds a percent-escape.
    private(set) var sequences: [[(word: String, place: Place, address: Bool)]] = [[]]

    init(lines: some Sequence<Substring>, addresses: Bool) {
        // Locals, the decoded words copied from the written ones by index: `suffix` on the
        // growing array walked all of it for each piece, so a 160 KB body took a minute.
        var written: [(word: String, place: Place, address: Bool)] = []
        var decoded: [(word: String, place: Place, address: Bool)] = []
        var anyDecoded = false
        for (number, line) in lines.enumerated() {
            var column = 1
            var pieceStart: Substring.Index?
            var pieceColumn = 1
            func flush(_ end: Substring.Index) {
                guard let begin = pieceStart else { return }
                pieceStart = nil
                let piece = line[begin..<end]
                let address = addresses || piece.contains { $0 == "#" || $0 == "@" || $0 == "/" || $0 == "＠" }
                let words = LeakFold.words(String(piece))
                let first = written.count
                for (index, word) in words.enumerated() {
                    written.append((word, Place(line: number, start: pieceColumn, piece: piece, index: index, exact: true), address))
                }
                if let plain = LeakFold.percentDecoded(String(piece)) {
                    anyDecoded = true
                    for word in LeakFold.words(plain) {
                        decoded.append((word, Place(line: number, start: pieceColumn, piece: piece, index: 0, exact: false), address))
                    }
                } else {
                    decoded.append(contentsOf: written[first...])
                }
            }
            for index in line.indices {
                let character = line[index]
                if character == " " || character == "\t" || character == "\r" || character == "\r\n" {
                    flush(index)
                } else if pieceStart == nil {
                    pieceStart = index
                    pieceColumn = column
                }
                column += 1
            }
            flush(line.endIndex)
        }
        sequences = anyDecoded ? [written, decoded] : [written]
    }

    /// Every protected name the text holds: names and their words in order (one finding per
    /// person and first word), then names inside the words of its addresses.
    func findings(_ words: ProtectedWords) -> [Finding] {
        struct Seen: Hashable { let place: Place; let person: Int }
        var found: [Finding] = []
        var seen: Set<Seen> = []
        for sequence in sequences {
            // A surname inside a name already found ("Zhanar\nSekretova") is not found again.
            var coveredUntil: [Int: Int] = [:]
            for match in words.matches(in: sequence.map(\.word)) {
                if let end = coveredUntil[match.person], match.word < end { continue }
                coveredUntil[match.person] = match.word + match.length
                guard seen.insert(Seen(place: sequence[match.word].place, person: match.person)).inserted else { continue }
                found.append(Finding(person: match.person, kind: match.kind, place: sequence[match.word].place, joined: false))
            }
            for entry in sequence where entry.address {
                guard let (person, kind) = words.joinedMatch(in: entry.word),
                      seen.insert(Seen(place: entry.place, person: person)).inserted else { continue }
                found.append(Finding(person: person, kind: kind, place: entry.place, joined: true))
            }
        }
        // In the order of the text: the first place a person is named is where it is said.
        return found.sorted { ($0.place.line, $0.place.start, $0.place.index) < ($1.place.line, $1.place.start, $1.place.index) }
    }
}

extension ProtectedWords {
    func findings(in reading: LeakReading) -> [LeakReading.Finding] {
        reading.findings(self)
    }
}
