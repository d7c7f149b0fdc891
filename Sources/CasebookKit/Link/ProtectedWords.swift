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
    /// Patterns by the key of their first word.
    private var byKey: [String: [Pattern]] = [:]
    /// Every word of every pattern.
    private var nameWords = NameWords()

    /// Nil when nobody is protected: then nothing is scanned at all.
    init?(people: [Person], translations: [ParsedTranslation]) {
        let protected = people.filter(\.protection.hidesName)
        guard !protected.isEmpty else { return nil }
        self.people = protected
        // Never published, even when another person's file names the same photo (ProtectedMedia says so).
        photos = Set(protected.compactMap(\.photo?.id))
        let index = Dictionary(protected.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var names: [[(String, Kind)]] = protected.map { person in [(person.name, .name)] + person.aliases.map { ($0, .alias) } }
        for parsed in translations where parsed.translation.info.kind == .people {
            guard let person = index[parsed.translation.id] else { continue }
            if let name = parsed.translation.name { names[person].append((name, .name)) }
            names[person] += (parsed.translation.aliases ?? []).map { ($0, .alias) }
        }
        var seen: Set<[String]> = []
        for (person, texts) in names.enumerated() {
            seen.removeAll()
            for (text, kind) in texts {
                let words = LeakFold.words(text)
                guard let last = words.last else { continue }
                if kind == .name, words.count > 1, seen.insert([last]).inserted { add(Pattern(words: [last], person: person, kind: .surname)) }
                if seen.insert(words).inserted { add(Pattern(words: words, person: person, kind: kind)) }
            }
        }
    }

    private mutating func add(_ pattern: Pattern) {
        byKey[Self.key(pattern.words[0]), default: []].append(pattern)
        for word in pattern.words { nameWords.insert(word) }
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

    /// Whether a text names any protected person: the scan of every published text.
    func names(_ text: String) -> Bool {
        !matches(in: LeakFold.words(text)).isEmpty
    }
}

/// The folded words the leak check compares: `SearchNormalizer.words`, with a Latin "c"
/// read as "k" (but "ch" kept), so that "Secretova" is caught as "Sekretova" is.
enum LeakFold {
    static func words(_ text: String) -> [String] {
        // Invisible characters (a soft hyphen, a zero-width joiner, a tag character) inside a name leave it whole on the page.
        var text = text.utf8.contains(where: { $0 == 0xAD || $0 == 0xE2 || $0 == 0xEF || $0 == 0xD8 || $0 == 0xE1 || $0 == 0xF3 })
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .format })) : text
        // Styled, fullwidth and small-capital letters, and Greek ones that look Latin.
        if LeakLookAlikes.mayHold(text) { text = LeakLookAlikes.plain(text) }
        // ASCII letters are one byte each in UTF-8: replaced in place, the text stays valid.
        var bytes = Array(text.utf8)
        var changed = false
        for index in bytes.indices where bytes[index] | 0x20 == 0x63 {
            let next = index + 1 < bytes.count ? bytes[index + 1] | 0x20 : 0
            if next != 0x68 {
                bytes[index] += 8  // c -> k, C -> K
                changed = true
            }
        }
        return SearchNormalizer.words(changed ? String(decoding: bytes, as: UTF8.self) : text)
    }
}
