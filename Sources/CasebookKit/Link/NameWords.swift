/// Folded words of names, looked up with their inflections: one rule, shared by the leak
/// check (`ProtectedWords`) and the masking of contributors' names in commit messages
/// (`ContributorNames`), so a name one of them catches in a case ending the other does too.
struct NameWords: Sendable {
    /// Every word, by its key (`ProtectedWords.key`): a word and its inflections share it.
    private var byKey: [String: [String]] = [:]

    var isEmpty: Bool { byKey.isEmpty }

    mutating func insert(_ word: String) {
        let key = ProtectedWords.key(word)
        if !(byKey[key]?.contains(word) ?? false) { byKey[key, default: []].append(word) }
    }

    /// Whether a folded word is one of the words or an inflection of one
    /// (`ProtectedWords.matches`: "Камбаровой" for "Камбарова").
    func contains(_ word: String) -> Bool {
        byKey[ProtectedWords.key(word)]?.contains { ProtectedWords.matches(word, $0) } ?? false
    }

    /// `contains`, or the word is the shorter form of a name that is itself an inflection of
    /// it, by up to three letters ("Kowalska" for Kowalskaya, "Seitov" for Seitova): a
    /// contributor's name is hidden in either direction. (More letters would hide common
    /// words: "March" for Marchenko.)
    func containsEitherWay(_ word: String) -> Bool {
        byKey[ProtectedWords.key(word)]?.contains {
            ProtectedWords.matches(word, $0) || ($0.count - word.count <= 3 && ProtectedWords.matches($0, word))
        } ?? false
    }
}
