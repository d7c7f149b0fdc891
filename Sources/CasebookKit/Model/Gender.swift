/// `gender: female` or `male` in a person's file: only for the grammar of the words that
/// describe them. Russian labels of a person's status and role agree with them ("Осуждена",
/// "Обвиняемая"), and a label written for a man read as an error on a woman's line.
public enum Gender: String, Sendable, CaseIterable {
    case female, male

    /// The label as it describes this person in `language`: for a woman in Russian, its
    /// first word in the feminine when it is a participle or adjective casebook knows
    /// ("Осуждён" -> "Осуждена", "Умер под стражей" -> "Умерла под стражей"), else as it is.
    /// Labels are written in the masculine, as Russian dictionaries give them.
    public func label(_ label: String, language: String) -> String {
        guard self == .female, LanguageCode.primary(language) == "ru" else { return label }
        let words = label.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = words.first else { return label }
        let lower = first.lowercased()
        guard let feminine = Self.russianFeminine[lower] else { return label }
        // The label's capital kept: "Осуждён" -> "Осуждена", "осуждён" -> "осуждена".
        let shown = first.first?.isUppercase == true ? feminine.prefix(1).uppercased() + feminine.dropFirst() : feminine
        return words.count > 1 ? shown + " " + words[1] : shown
    }

    /// Masculine first words of status and role labels and their feminine forms. Nouns that
    /// name a profession (адвокат, судья, свидетель) are used for women as they are.
    static let russianFeminine: [String: String] = {
        let pairs = [
            ("осуждён", "осуждена"), ("осужден", "осуждена"), ("освобождён", "освобождена"), ("освобожден", "освобождена"),
            ("оправдан", "оправдана"), ("задержан", "задержана"), ("арестован", "арестована"), ("приговорён", "приговорена"),
            ("приговорен", "приговорена"), ("помилован", "помилована"), ("амнистирован", "амнистирована"), ("обвинён", "обвинена"),
            ("обвинен", "обвинена"), ("объявлен", "объявлена"), ("отпущен", "отпущена"), ("этапирован", "этапирована"),
            ("экстрадирован", "экстрадирована"), ("депортирован", "депортирована"), ("выслан", "выслана"), ("умер", "умерла"),
            ("погиб", "погибла"), ("скончался", "скончалась"), ("эмигрировал", "эмигрировала"), ("покинул", "покинула"),
            ("обвиняемый", "обвиняемая"), ("подозреваемый", "подозреваемая"), ("подсудимый", "подсудимая"),
            ("осуждённый", "осуждённая"), ("осужденный", "осужденная"), ("задержанный", "задержанная"),
            ("потерпевший", "потерпевшая"), ("заключённый", "заключённая"), ("заключенный", "заключенная"),
            ("политзаключённый", "политзаключённая"), ("политзаключенный", "политзаключенная"),
        ]
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }()
}

extension Vocabulary {
    /// A key's label as it describes a person of `gender` in `language` (`Gender.label`);
    /// without a gender, the label as written.
    public func label(_ key: String, for gender: Gender?, in language: String) -> String {
        gender?.label(label(key), language: language) ?? label(key)
    }
}
