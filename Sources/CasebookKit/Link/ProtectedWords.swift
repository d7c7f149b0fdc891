/// Every word sequence that names a protected person (full name, surname, each alias, in
/// every language's spelling), folded as search folds names, in one lookup made once.
/// A text is then scanned word by word with one dictionary look-up per word, whatever the
/// number of protected people.
struct ProtectedWords: Sendable {
    enum Kind: Sendable { case name, surname, alias }

    struct Pattern: Sendable {
        let words: [String]
        /// Index into `people`.
        let person: Int
        let kind: Kind
    }

    struct Match: Sendable, Hashable {
        let person: Int
        /// Index of the first matched word in the text's words, and how many.
        let word: Int
        let length: Int
        let kind: Kind

        static func == (a: Match, b: Match) -> Bool { a.person == b.person && a.word == b.word }
        func hash(into hasher: inout Hasher) { hasher.combine(person); hasher.combine(word) }
    }

    /// The protected people, as written (real names: never published).
    let people: [Person]
    /// Protected people's photos: not published, and no body or other person may show them.
    let photos: Set<String>
    /// Each protected person's published name in a language whose translation gives one
    /// (its initials, its pseudonym): what a message about a file in that language offers.
    private(set) var publishedNames: [[String: String]]
    /// Patterns by the key of their first word.
    private var byKey: [String: [Pattern]] = [:]
    /// Every word of every pattern.
    private var nameWords = NameWords()
    /// The names looked for inside longer words (`joinedMatch`), by their first four bytes.
    private var joinedByKey: [String: [Joined]] = [:]

    struct Joined: Sendable {
        let bytes: [UInt8]
        /// Without its last vowel ("sekretov"), for a name of more than `joinedMinimum` letters.
        let stem: [UInt8]?
        let person: Int
        let kind: Kind
    }

    /// Nil when nobody is protected: then nothing is scanned at all.
    init?(people: [Person], translations: [ParsedTranslation]) {
        let protected = people.filter(\.protection.hidesName)
        guard !protected.isEmpty else { return nil }
        self.people = protected
        // Never published, even when another person's file names the same photo (ProtectedMedia says so).
        photos = Set(protected.compactMap(\.photo?.id))
        let index = Dictionary(protected.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var names: [[(String, Kind)]] = protected.map { person in [(person.name, .name)] + person.aliases.map { ($0, .alias) } }
        publishedNames = Array(repeating: [:], count: protected.count)
        for parsed in translations where parsed.translation.info.kind == .people {
            guard let person = index[parsed.translation.id] else { continue }
            publishedNames[person][parsed.translation.language] = Protection.publishedName(protected[person], translation: parsed.translation)
            if let name = parsed.translation.name { names[person].append((name, .name)) }
            names[person] += (parsed.translation.aliases ?? []).map { ($0, .alias) }
        }
        var seen: Set<[String]> = []
        for (person, texts) in names.enumerated() {
            seen.removeAll()
            var patterns: [Pattern] = []
            for (text, kind) in texts {
                let words = LeakFold.wholeWords(text)
                guard !words.isEmpty else { continue }
                var found = [Pattern(words: words, person: person, kind: kind)]
                if kind == .name {
                    found += NameParts.surnames(text).map { Pattern(words: $0, person: person, kind: .surname) }
                    found += NameParts.orders(text).map { Pattern(words: $0, person: person, kind: .name) }
                }
                // The same words as a text shows them with CamelCase read apart ("McDonald": "Mc Donald").
                if LeakFold.camelApart(text) != nil {
                    var apart: [String: [String]] = [:]
                    for raw in text.split(whereSeparator: \.isWhitespace) {
                        let whole = LeakFold.wholeWords(String(raw)), split = LeakFold.words(String(raw))
                        if whole.count == 1, split.count > 1 { apart[whole[0]] = split }
                    }
                    if !apart.isEmpty {
                        found += found.map { Pattern(words: $0.words.flatMap { apart[$0] ?? [$0] }, person: person, kind: $0.kind) }
                    }
                }
                patterns += found
            }
            // A surname written apart ("Тулеген кызы") is its two words, not "кызы" alone, which any daughter is.
            patterns += patterns.filter { $0.kind == .name }.compactMap { pattern in
                guard pattern.words.count >= 3, let last = pattern.words.last, Self.patronymicEndings.contains(last) else { return nil }
                return Pattern(words: Array(pattern.words.suffix(2)), person: person, kind: .surname)
            }
            patterns = patterns.filter { $0.words.count > 1 || !Self.patronymicEndings.contains($0.words[0]) }
            patterns += patterns.flatMap(Self.patronymicSpellings)
            // Two name words written as one ("zhanarsekretova", "sekretovazhanar"), each of four letters or more.
            patterns += patterns.compactMap { pattern in
                pattern.words.count > 1 && pattern.words.allSatisfy { $0.count >= 4 }
                    ? Pattern(words: [pattern.words.joined()], person: person, kind: pattern.kind) : nil
            }
            for pattern in patterns where seen.insert(pattern.words).inserted { add(pattern) }
        }
    }

    /// "Son of", "daughter of" in Kazakh surnames, folded: written joined ("Болатұлы",
    /// "Bolatuly") and apart ("Болат ұлы", "Bolat-uly") alike.
    static let patronymicEndings: [String] = Array(Set(["ұлы", "улы", "uly", "ugly", "қызы", "кызы", "kyzy", "qyzy", "qizi", "kizi"]
        .compactMap { LeakFold.wholeWords($0).first }))

    /// The pattern with each such surname written the other way: apart when joined, joined when apart.
    static func patronymicSpellings(_ pattern: Pattern) -> [Pattern] {
        var apart: [String] = [], joined: [String] = []
        for word in pattern.words {
            if let ending = patronymicEndings.first(where: { word.count >= $0.count + 3 && word.hasSuffix($0) }) {
                apart += [String(word.dropLast(ending.count)), ending]
            } else {
                apart.append(word)
            }
            if let last = joined.last, patronymicEndings.contains(word), last.count >= 3 {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        return [apart, joined].filter { $0 != pattern.words }.map { Pattern(words: $0, person: pattern.person, kind: pattern.kind) }
    }

    private mutating func add(_ pattern: Pattern) {
        // The longest first: "Sekretova Zhanar" is reported as the name, not the surname.
        var patterns = byKey[Self.key(pattern.words[0])] ?? []
        patterns.insert(pattern, at: patterns.firstIndex { $0.words.count < pattern.words.count } ?? patterns.endIndex)
        byKey[Self.key(pattern.words[0])] = patterns
        for word in pattern.words { nameWords.insert(word) }
        if pattern.words.count == 1, pattern.words[0].count >= Self.joinedMinimum {
            let name = pattern.words[0]
            let bytes = Array(name.utf8)
            let stem = name.count > Self.joinedMinimum && "aeiou".contains(name.last!) ? Array(name.dropLast().utf8) : nil
            joinedByKey[String(decoding: bytes.prefix(4), as: UTF8.self), default: []]
                .append(Joined(bytes: bytes, stem: stem, person: pattern.person, kind: pattern.kind))
        }
    }

    /// Whether a folded word is a word of some protected name, or an inflection of one.
    func isNameWord(_ word: String) -> Bool {
        nameWords.contains(word)
    }

    /// The first four letters: a word and its inflected forms share them.
    static func key(_ word: String) -> String {
        word.count > 4 ? String(word.prefix(4)) : word
    }

    /// Whether a text's word is the pattern's word or an inflection of it: a name of five
    /// letters or more followed by up to five more (Kazakh "Қамбарованың", English
    /// "Qambarova's"), or its last vowel changed (Russian "Камбаровой", "Камбарову").
    static func matches(_ word: String, _ pattern: String) -> Bool {
        if word == pattern { return true }
        let count = pattern.count
        guard count >= 5, word.count > 4 else { return false }
        if word.hasPrefix(pattern) { return word.count - count <= 5 }
        guard let last = pattern.last, "aeiou".contains(last) else { return false }
        return word.hasPrefix(pattern.dropLast()) && word.count - (count - 1) <= 3
    }

    /// Every match in a text's folded words, one per person and starting word.
    func matches(in words: [String]) -> [Match] {
        var found: [Match] = []
        for start in words.indices {
            guard let patterns = byKey[Self.key(words[start])] else { continue }
            for pattern in patterns where start + pattern.words.count <= words.count
                && found.last.map({ $0.person != pattern.person || $0.word != start }) ?? true {
                if zip(words[start...], pattern.words).allSatisfy(Self.matches) {
                    found.append(Match(person: pattern.person, word: start, length: pattern.words.count, kind: pattern.kind))
                }
            }
        }
        return found
    }

    /// The fewest letters a name needs to be found inside a longer word.
    static let joinedMinimum = 5

    /// A protected name inside a longer word, as hashtags, handles, addresses, ids and file
    /// names join it to other letters ("zsekretova", "freesekretova", "svobodusekretovoi"):
    /// a word of one word's name, surname or alias, of `joinedMinimum` letters or more, or
    /// two name words written as one, anywhere in the word, or with its last vowel changed.
    func joinedMatch(in word: String) -> (person: Int, kind: Kind)? {
        let bytes = Array(word.utf8)
        guard bytes.count > Self.joinedMinimum, !joinedByKey.isEmpty else { return nil }
        for start in 0...(bytes.count - 4) {
            guard let names = joinedByKey[String(decoding: bytes[start..<start + 4], as: UTF8.self)] else { continue }
            let rest = bytes[start...]
            for name in names where rest.starts(with: name.bytes) || name.stem.map({ rest.starts(with: $0) }) == true {
                return (name.person, name.kind)
            }
        }
        return nil
    }

    /// Every pattern's words: where one set of protected people has all the patterns of
    /// another, a text the first let through names none of the second's (the dev server
    /// asks whether its last good pages may still be shown).
    var signature: Set<[String]> { Set(byKey.values.joined().map(\.words)) }

    /// Whether a text names any protected person, read as `LeakReading` reads it: the
    /// plain answer `LeakScanner` is held to.
    func names(_ text: String, addresses: Bool = false) -> Bool {
        !findings(in: LeakReading(lines: [text[...]], addresses: addresses)).isEmpty
    }
}
