/// The names of people or organizations an import matches a spreadsheet's names against,
/// each kept under two keys. The strict key decides identity: case, accents, the script and
/// the ways one Cyrillic letter is spelled in Latin aside (`Айгерим Тестова` is `Aigerim
/// Testova`), every letter counts, in its order. The loose key is search's (`SearchNormalizer`):
/// a doubled letter counts once, so `Ana Ivanova` folds like `Anna Ivanova`, and the words
/// count in any order, so `Лесова Назира` (surname first) is `Nazira Lesova`; a match only
/// there is someone else's name, or the same person written another way, and an import must
/// not guess which (a wrong person named in public, or one person made two).
struct ImportNames {
    enum Match: Equatable {
        case none
        case one(String)
        /// Several files have the name: the editor says which.
        case several([String])
        /// Only the search folding meets these files' names.
        case loose([String])
    }

    private var byKey: [String: Set<String>] = [:]
    private var byFold: [String: Set<String>] = [:]
    /// Each id's names as added, its file's own name first: for messages and aliases.
    private(set) var names: [String: [String]] = [:]

    mutating func add(_ name: String, for id: String) {
        guard !name.isEmpty else { return }
        byKey[Self.key(name), default: []].insert(id)
        byFold[Self.loose(name), default: []].insert(id)
        if names[id]?.contains(name) != true { names[id, default: []].append(name) }
    }

    func match(_ name: String) -> Match {
        let strict = byKey[Self.key(name)] ?? []
        if strict.count > 1 { return .several(strict.sorted()) }
        if let id = strict.first { return .one(id) }
        // Numbers are never a typo: `Суд №11` is another court than `Суд №1`, whose folding
        // (a doubled letter counted once) it shares.
        let numbers = Self.numbers(name)
        let loose = (byFold[Self.loose(name)] ?? []).filter { id in
            names[id]?.contains { Self.loose($0) == Self.loose(name) && Self.numbers($0) == numbers } == true
        }
        return loose.isEmpty ? .none : .loose(loose.sorted())
    }

    /// The runs of digits in a name, in order of value: `Суд №11` has [11].
    static func numbers(_ name: String) -> [String] {
        name.split { !$0.isNumber }.map { String($0.drop { $0 == "0" }) }.sorted()
    }

    /// Whether the name is one of the id's written with its words in another order
    /// (`Лесова Назира` for `Nazira Lesova`), every letter counting.
    func reordered(_ name: String, of id: String) -> Bool {
        let words = Self.key(name).split(separator: " ").sorted()
        return names[id]?.contains { Self.key($0).split(separator: " ").sorted() == words } == true
    }

    /// Whether the name is one of the id's, strictly or as search folds it.
    func names(_ id: String, include name: String) -> Bool {
        byKey[Self.key(name)]?.contains(id) == true || byFold[Self.loose(name)]?.contains(id) == true
    }

    /// Lower case, in Latin letters (`Identifier`'s transliteration, as ids are made), marks
    /// dropped, words separated by one space, and each word's spellings of one sound made one
    /// (`spelled`). Letters of scripts with no Latin spelling stay themselves: dropped, every
    /// Chinese name would be the same.
    static func key(_ name: String) -> String {
        latin(name).split(separator: " ").map { spelled(String($0)) }.joined(separator: " ")
    }

    /// Search's spellings of one sound (zh and j, kh and h, q and k, y and i, Yerlan and Erlan:
    /// how Cyrillic is written in Latin letters varies), without its next step, which makes a
    /// doubled letter one: "Anna" and "Ana" are two names.
    static func spelled(_ word: String) -> String {
        var text = word
        for (from, to) in SearchNormalizer.spellings where text.contains(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        var out = ""
        var last: Character?
        let letters = Array(text)
        for (index, letter) in letters.enumerated() {
            // An "i" before "e" at the start or after a vowel: "ie" is how "е" is often written.
            if letter == "i", index + 1 < letters.count, letters[index + 1] == "e", last.map({ "aeiou".contains($0) }) ?? true { continue }
            out.append(letter)
            last = letter
        }
        return out
    }

    static func latin(_ name: String) -> String {
        var out = "", pendingSpace = false
        Identifier.latinPieces(visible(name)) { piece, latin in
            // ʻ and ʼ are letters to Unicode and apostrophes to people: `Oʻzbekov` is typed
            // `O'zbekov` or `O’zbekov` as often, and the apostrophe parts words as they do.
            let isLetter = (piece.properties.isAlphabetic || piece.properties.numericType != nil) && !Self.apostrophes.contains(piece.value)
            if latin.isEmpty, !isLetter { pendingSpace = !out.isEmpty; return }
            // ь and ъ spell nothing in Latin; other letters without a Latin spelling stay.
            let spelled = latin.isEmpty && Identifier.cyrillic[piece] == nil ? String(piece) : latin
            guard !spelled.isEmpty else { return }
            if pendingSpace { out += " "; pendingSpace = false }
            out += spelled
        }
        return out
    }

    /// Modifier letters written for an apostrophe: turned comma (Uzbek oʻ, gʻ) and apostrophe.
    static let apostrophes: Set<UInt32> = [0x02BB, 0x02BC]

    static func folded(_ name: String) -> String { SearchNormalizer.words(visible(name)).joined(separator: " ") }

    /// The folded words in alphabetical order: search finds a name whatever the order of its
    /// words, and spreadsheets often put the surname first.
    static func loose(_ name: String) -> String { SearchNormalizer.words(visible(name)).sorted().joined(separator: " ") }

    /// The text without the characters drawn as nothing (zero-width space, soft hyphen, byte
    /// order mark, word joiner, direction controls …), which would make "An\u{200B}na" another
    /// name. The joiners U+200C and U+200D stay: Persian and emoji need them.
    static func visible(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisible(scalar) { out.append(scalar) }
        return String(out)
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value != 0x200C, scalar.value != 0x200D else { return false }
        let kind = LookAlike.invisibleKind(scalar)
        return kind == .invisible || kind == .bidiControl
    }

    /// "'An<U+200B>na' has U+200B ZERO WIDTH SPACE at character 3, an invisible character;
    /// delete it", or nil: a cell's invisible characters, named where they are.
    static func invisibleProblem(_ text: String) -> String? {
        let found = LookAlike.findings(in: text, as: .text).filter { isInvisible($0.scalar) }
        return found.isEmpty ? nil : LookAlike.message(for: found, in: text)
    }
}
