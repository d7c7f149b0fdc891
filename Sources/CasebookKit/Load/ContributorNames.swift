import Foundation

/// Who committed is never published: in the commit messages pages show, each word that is
/// part of a contributor's name (`Contributors`), a contributor's address's local part, or
/// any e-mail address is written "…" ("Edit by Jane Doe" shows as "Edit by …"). Done as
/// git's answers are read; the names are not kept. Words are compared as the leak check
/// compares protected names (`LeakFold`, `NameWords`): case, accents, look-alike and
/// fullwidth letters, apostrophes ("OBrien" for O'Brien, "Dupont’s") and case endings
/// ("Сейтовой" for Сейтова, "Kowalska" for Kowalskaya) do not matter; names of two letters
/// count too ("Li Na"), and so do two words of a name written as one ("aigerimbekova",
/// "#AigerimBekova").
struct ContributorNames {
    private var names = NameWords()
    private let localParts: [String]
    /// Messages repeat their words ("Add", "Fix"): each distinct word is judged once.
    private var judged: [Substring: Bool] = [:]

    init(_ contributors: Contributors) {
        for name in contributors.names {
            let words = Self.forms(name, joined: false).filter { $0.count >= 2 }
            for word in words { names.insert(word) }
            // Two words of one name written as one ("aigerimbekova", "bekovaaigerim"), each of three letters or more.
            let parts = LeakFold.wholeWords(name).filter { $0.count >= 3 }
            for first in parts.indices { for second in parts.indices where second != first { names.insert(parts[first] + parts[second]) } }
        }
        localParts = contributors.addresses.isEmpty ? [] : contributors.localParts.sorted()
    }

    /// Every commit's first line with the contributors hidden, then cut to its published length.
    static func leftOut(of commits: [ArchiveHistory.Commit], contributors: Contributors) -> [ArchiveHistory.Commit] {
        var mask = ContributorNames(contributors)
        return commits.map { commit in
            var commit = commit
            commit.subject = CommitMessage.shortened(mask.leftOut(of: commit.subject))
            return commit
        }
    }

    /// One line, for tests.
    static func leftOut(of line: String, names: Set<String>, addresses: Set<String> = []) -> String {
        var mask = ContributorNames(Contributors(names: names, addresses: addresses))
        return mask.leftOut(of: line)
    }

    mutating func leftOut(of line: String) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        var hidden = words.map { word in
            if let known = judged[word] { return known }
            let hides = hides(word)
            judged[word] = hides
            return hides
        }
        // A quoted local part holds spaces ("john smith"@example.org): hidden from its opening quote.
        for index in words.indices where hidden[index] {
            guard let at = words[index].firstIndex(where: Self.isAt),
                  words[index][..<at].filter({ $0 == "\"" }).count % 2 == 1 else { continue }
            var before = index - 1
            while before >= max(0, index - 8) {
                hidden[before] = true
                if words[before].contains("\"") { break }
                before -= 1
            }
        }
        guard hidden.contains(true) else { return line }
        var out: [Substring] = []
        for (word, hide) in zip(words, hidden) {
            if !hide { out.append(word) } else if out.last != "…" { out.append("…") }
        }
        return out.joined(separator: " ")
    }

    /// An address (any word with an `@`, fullwidth or small ones too, or `mailto:`), a word
    /// of a name, or an address's local part standing as a word of its own.
    private func hides(_ word: Substring) -> Bool {
        if word.contains(where: Self.isAt) { return true }
        let lower = word.lowercased()
        if lower.contains("mailto:") { return true }
        if !names.isEmpty, Self.forms(String(word)).contains(where: names.containsEitherWay) { return true }
        return localParts.contains { Self.occurs($0, in: lower) }
    }

    static func isAt(_ character: Character) -> Bool {
        character == "@" || character == "\u{FF20}" || character == "\u{FE6B}"
    }

    /// Whether `part` is in `text` with no letter or digit right before or after it.
    static func occurs(_ part: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: part) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            rest = text[text.index(after: range.lowerBound)...]
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// The folded words of a text (`LeakFold`), also with its accents dropped before folding
    /// ("Nunez" for Núñez, where folding spells ñ "ng") and with apostrophes read as spaces
    /// (a possessive of a short name: "Li's"); `joined`: a message's word, whose CamelCase
    /// joins are read apart too ("#AigerimBekova"), while a name is folded whole ("McDonald").
    static func forms(_ text: String, joined: Bool = true) -> [String] {
        var folded = LeakFold.wholeWords(text)
        if joined, LeakFold.camelApart(text) != nil { folded += LeakFold.words(text).filter { !folded.contains($0) } }
        // Plain ASCII without an apostrophe has no other form: most words of most messages.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "`") }) { return folded }
        let plain = text.precomposedStringWithCompatibilityMapping
        let unaccented = plain.folding(options: .diacriticInsensitive, locale: nil)
        let apart = plain.replacingOccurrences(of: "['’ʼ`]", with: " ", options: .regularExpression)
        var forms = folded
        for variant in [unaccented, apart] where variant != text {
            forms += LeakFold.wholeWords(variant).filter { !forms.contains($0) }
        }
        return forms
    }
}
