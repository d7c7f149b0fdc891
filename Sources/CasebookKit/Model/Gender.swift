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
        return Self.firstWord(of: label, from: Self.russianFeminine)
    }

    /// The label as it describes several people at once in `language`: in Russian, its first
    /// word in the plural when casebook knows it ("Осуждён" -> "Осуждены"), whatever their
    /// genders, as Russian plurals have none; else as it is.
    public static func plural(_ label: String, language: String) -> String {
        guard LanguageCode.primary(language) == "ru" else { return label }
        return firstWord(of: label, from: russianPlural)
    }

    /// The label with its first word replaced by its form in `forms`, its capital kept
    /// ("Осуждён" -> "Осуждена", "осуждён" -> "осуждена").
    static func firstWord(of label: String, from forms: [String: String]) -> String {
        let words = label.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = words.first, let form = forms[first.lowercased()] else { return label }
        let shown = first.first?.isUppercase == true ? form.prefix(1).uppercased() + form.dropFirst() : form
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

    /// The same first words and their plural forms.
    static let russianPlural: [String: String] = {
        let pairs = [
            ("осуждён", "осуждены"), ("осужден", "осуждены"), ("освобождён", "освобождены"), ("освобожден", "освобождены"),
            ("оправдан", "оправданы"), ("задержан", "задержаны"), ("арестован", "арестованы"), ("приговорён", "приговорены"),
            ("приговорен", "приговорены"), ("помилован", "помилованы"), ("амнистирован", "амнистированы"), ("обвинён", "обвинены"),
            ("обвинен", "обвинены"), ("объявлен", "объявлены"), ("отпущен", "отпущены"), ("этапирован", "этапированы"),
            ("экстрадирован", "экстрадированы"), ("депортирован", "депортированы"), ("выслан", "высланы"), ("умер", "умерли"),
            ("погиб", "погибли"), ("скончался", "скончались"), ("эмигрировал", "эмигрировали"), ("покинул", "покинули"),
            ("обвиняемый", "обвиняемые"), ("подозреваемый", "подозреваемые"), ("подсудимый", "подсудимые"),
            ("осуждённый", "осуждённые"), ("осужденный", "осужденные"), ("задержанный", "задержанные"),
            ("потерпевший", "потерпевшие"), ("заключённый", "заключённые"), ("заключенный", "заключенные"),
            ("политзаключённый", "политзаключённые"), ("политзаключенный", "политзаключенные"),
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

    /// A key's label as it describes `count` people at once: the plural for more than one.
    public func label(_ key: String, for gender: Gender?, count: Int, in language: String) -> String {
        count > 1 ? Gender.plural(label(key), language: language) : label(key, for: gender, in: language)
    }
}
