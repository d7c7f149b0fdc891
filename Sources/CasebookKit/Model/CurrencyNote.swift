import Foundation

/// A fine's `note` that only names its currency ("tenge", "рублей", "USD"): the way to say
/// it before `currency` existed. The note is printed as it is, in brackets and untranslated
/// ("fine of 530,250 (tenge)"); `currency` words it in each language. `DecisionParser`
/// warns with the code to write.
enum CurrencyNote {
    /// The ISO 4217 code a note names, when the note is a currency's name and nothing more.
    static func code(_ note: String) -> String? {
        // "(tenge)", "in tenge", "в тенге", "руб." all name the currency alone.
        let written = note.trimmingCharacters(in: CharacterSet(charactersIn: "().,;:«»\"' \n\t"))
        // A code only in capitals: "all", "top" or "try" in a note are words.
        if written.utf8.count == 3, Currency.codes.contains(written) { return written }
        var key = written.lowercased()
        for prefix in ["in ", "в ", "во "] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return names[key]
    }

    /// Names as editors write them in English, Russian and Kazakh, with their signs.
    static let names: [String: String] = {
        let byCode: [String: [String]] = [
            "KZT": ["tenge", "тенге", "теңге", "тг", "₸"],
            "RUB": ["rouble", "roubles", "ruble", "rubles", "рубль", "рубля", "рублей", "руб", "₽"],
            "KGS": ["som", "сом", "сома", "сомов"],
            "UZS": ["sum", "soum", "so'm", "сум", "сума", "сумов"],
            "TJS": ["somoni", "сомони"],
            "BYN": ["belarusian rouble", "belarusian roubles", "belarusian ruble", "belarusian rubles",
                    "белорусский рубль", "белорусских рублей", "белорусского рубля", "беларусь рублі"],
            "USD": ["dollar", "dollars", "us dollar", "us dollars", "$", "доллар", "доллара", "долларов",
                    "долларов сша", "доллара сша", "доллар сша", "ақш доллары"],
            "EUR": ["euro", "euros", "евро", "еуро", "€"],
        ]
        var names: [String: String] = [:]
        for (code, list) in byCode { for name in list { names[name] = code } }
        return names
    }()
}
