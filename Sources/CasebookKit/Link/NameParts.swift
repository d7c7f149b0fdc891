/// Which words of a protected person's `name` name them alone (their surname), and in
/// which other orders the name is written, whatever order the file writes it in:
///
/// - "Sekretova, Zhanar": the words before the comma are the surname;
/// - otherwise every word that ends as surnames do (-ov, -ova, -ev, -eva, -sky, -skaya,
///   -enko, -shvili, -dze, -uly, -kyzy, folded: "Sekretova" in "Sekretova Zhanar" or in
///   "Секретова Жанар Ахметовна"), and the last word, unless it is a patronymic
///   (-ovna, -evna, -ovich, -evich, -ichna) or the name plainly starts with its surname
///   (the first word ends as surnames do, the last does not).
///
/// A first name alone is never taken for a surname: "Zhanar" names thousands of people.
/// Names in other orders whose surname does not end so ("Li Wei") are written
/// "Li, Wei", or their surname is listed in `aliases`.
enum NameParts {
    /// Folded endings of surnames, for words of five letters or more.
    static let surnameEndings = ["ov", "ova", "ev", "eva", "ski", "skaia", "enko", "shvili", "dze", "uli", "kizi"]
    /// Folded endings of patronymics.
    static let patronymicEndings = ["ovna", "evna", "ovich", "evich", "ichna"]

    /// The surname of a name of two words or more, as folded word sequences (one each,
    /// or the words before a comma as one); none for a name of one word.
    static func surnames(_ name: String) -> [[String]] {
        if let comma = name.firstIndex(of: ",") {
            let before = LeakFold.wholeWords(String(name[..<comma]))
            if !before.isEmpty, !LeakFold.wholeWords(String(name[comma...])).isEmpty {
                return [before] + (before.count > 1 ? before.filter(looksLikeSurname).map { [$0] } : [])
            }
        }
        let words = LeakFold.wholeWords(name)
        guard words.count > 1, let last = words.last else { return [] }
        var found = words.filter(looksLikeSurname).map { [$0] }
        let surnameFirst = looksLikeSurname(words[0]) && !looksLikeSurname(last)
        if !looksLikePatronymic(last), !surnameFirst, !found.contains([last]) { found.append([last]) }
        return found
    }

    /// The name's other orders, as folded word sequences: given names before the surname
    /// and after it; with a patronymic, given name and patronymic ("Жанар Ахметовна", as
    /// Russian addresses someone) and given name and surname.
    static func orders(_ name: String) -> [[String]] {
        let written = LeakFold.wholeWords(name)
        guard written.count > 1 else { return [] }
        let surname: [String]
        if let comma = name.firstIndex(of: ","), !LeakFold.wholeWords(String(name[..<comma])).isEmpty {
            surname = LeakFold.wholeWords(String(name[..<comma]))
        } else if let word = surnames(name).first {
            surname = word
        } else {
            return []
        }
        guard let start = written.firstIndex(of: surname[0]) else { return [] }
        var rest = written
        rest.removeSubrange(start..<min(start + surname.count, written.count))
        guard !rest.isEmpty else { return [] }
        var orders = [rest + surname, surname + rest]
        if rest.count > 1, let patronymic = rest.last, looksLikePatronymic(patronymic) {
            let given = Array(rest.dropLast())
            orders += [given + [patronymic], given + surname, surname + given]
        }
        return orders.filter { $0 != written }
    }

    static func looksLikeSurname(_ word: String) -> Bool {
        word.count >= 5 && !looksLikePatronymic(word) && surnameEndings.contains { word.hasSuffix($0) }
    }

    static func looksLikePatronymic(_ word: String) -> Bool {
        word.count >= 6 && patronymicEndings.contains { word.hasSuffix($0) }
    }
}
