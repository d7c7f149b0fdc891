import Foundation

/// A sentence as a sheet writes it in one cell (`3 года лишения свободы`, `5 лет условно`,
/// `1 год 6 месяцев`, `пожизненное`, `3 years imprisonment`, `3 жыл бас бостандығынан
/// айыру`): its type and its length in whole years and months, what the columns
/// sentence_type, sentence_years and sentence_months give (docs/import.md, "A sentence in
/// words"). Anything else is a problem that says how to write it.
enum SentenceText {
    struct Read: Equatable {
        var type: String?
        var years: Int?
        var months: Int?
    }

    enum Outcome: Equatable { case read(Read), problem(String) }

    static let yearWords: Set<String> = ["год", "года", "лет", "г", "years", "year", "yrs", "yr", "y", "жыл", "жылға", "жылдан", "жылы"]
    static let monthWords: Set<String> = ["мес", "месяц", "месяца", "месяцев", "months", "month", "mo", "ай", "айға", "айдан"]
    /// Words around a sentence that say nothing of it: "сроком на", "in prison", "мерзімге".
    static let fillers: Set<String> = ["на", "сроком", "срок", "в", "виде", "к", "of", "in", "to", "a", "мерзімге", "мерзімі", "мерзімімен", "s"]
    /// Words that make a sentence suspended (with "лишения свободы" or alone).
    static let suspendedWords: Set<String> = ["условно", "условного", "условное", "условным", "условный", "suspended", "шартты", "түрде"]
    static let fineWords: Set<String> = ["штраф", "штрафа", "штрафом", "fine", "айыппұл", "айыппұл салу"]

    /// Casebook's own words for the built-in types, beside their labels: the forms a
    /// sheet writes after a number ("лишения свободы") or alone ("пожизненное").
    static let builtIn: [String: [String]] = [
        "imprisonment": ["лишения свободы", "лишение свободы", "лишением свободы", "imprisonment", "prison", "бас бостандығынан айыру"],
        "freedom-limitation": ["ограничения свободы", "ограничение свободы", "ограничением свободы", "restriction freedom", "restricted freedom",
                               "бас бостандығын шектеу"],
        "life": ["пожизненное", "пожизненно", "пожизненное лишение свободы", "пожизненного лишения свободы", "пожизненное заключение",
                 "life", "life imprisonment", "life sentence", "өмір бойы", "өмір бойы бас бостандығынан айыру"],
        "fine": ["штраф", "fine", "айыппұл"],
        "community-work": ["общественные работы", "community work", "қоғамдық жұмыстар"],
    ]

    /// `entries`: the site's sentence types' keys and labels (`ImportPlan.entries`);
    /// `keys`: the types site.yml has.
    static func read(_ cell: String, entries: [(key: String, label: String)], keys: Set<String>) -> Outcome {
        let text = cell.lowercased().replacingOccurrences(of: "ё", with: "е")
        if SpreadsheetDate.read(cell) != nil {
            return .problem("'\(cell)' is a date, not a sentence: if the column holds the verdict's date, head it 'verdict_date' ('дата приговора', 'үкім күні')")
        }
        var words: [String] = [], numbers: [String] = []
        var current = "", isNumber = false
        func flush() {
            if !current.isEmpty { if isNumber { numbers.append(current); words.append("#\(numbers.count - 1)") } else { words.append(current) } }
            current = ""
        }
        for character in text {
            let digit = character.isASCII && character.isNumber
            if digit || (isNumber && (character == "," || character == ".")) && !current.isEmpty {
                if !isNumber { flush() }
                isNumber = true; current.append(character)
            } else if character.isLetter {
                if isNumber { flush() }
                isNumber = false; current.append(character)
            } else { flush(); isNumber = false }
        }
        flush()
        var read = Read(), rest: [String] = [], amount: String?
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.hasPrefix("#"), let slot = Int(word.dropFirst()) else {
                if !fillers.contains(word) { rest.append(word) }
                index += 1; continue
            }
            let number = numbers[slot].trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            let unit = index + 1 < words.count ? words[index + 1] : ""
            let isYears = yearWords.contains(unit), isMonths = monthWords.contains(unit)
            guard isYears || isMonths else { amount = number; index += 1; continue }
            guard let value = Int(number), number.allSatisfy(\.isNumber) else {
                let parts = number.split(whereSeparator: { $0 == "," || $0 == "." })
                let whole = parts.first.flatMap { Int($0) }, fraction = parts.count == 2 ? Double("0." + parts[1]) : nil
                let meant = isYears && whole != nil && fraction.map { ($0 * 12).rounded() == $0 * 12 } == true
                    ? " is \(whole!) year\(whole == 1 ? "" : "s") and \(Int(fraction! * 12)) months" : ""
                return .problem("'\(cell)' gives '\(number) \(unit)', not a whole number of \(isYears ? "years" : "months"): '\(number) \(unit)'\(meant.isEmpty ? " is not whole" : meant); "
                    + "write whole years and months, like '1 год 6 месяцев', '1 year 6 months', '1 жыл 6 ай', or fill in sentence_years and sentence_months")
            }
            if isYears { if read.years != nil { return .problem(unclear(cell)) }; read.years = value }
            else { if read.months != nil { return .problem(unclear(cell)) }; read.months = value }
            index += 2
        }
        let phrase = rest.filter { !suspendedWords.contains($0) && $0 != "sentence" }.joined(separator: " ")
        if rest.contains(where: suspendedWords.contains) {
            guard phrase.isEmpty || builtIn["imprisonment"]!.contains(phrase) else { return .problem(unclear(cell)) }
            read.type = "suspended"
        } else if !rest.isEmpty {
            let joined = rest.joined(separator: " ")
            let folded = ImportPlan.folded(joined)
            read.type = entries.first { ImportPlan.folded($0.label) == folded }?.key
                ?? builtIn.keys.sorted().first { builtIn[$0]!.contains(joined) }
            if read.type == nil, let fine = rest.first, fineWords.contains(fine), amount != nil { read.type = "fine" }
            guard read.type != nil else { return .problem(unclear(cell)) }
        }
        if let amount {
            guard read.type == "fine" else { return .problem(unclear(cell)) }
            return .problem("'\(cell)' gives a fine's amount (\(amount)), which the import does not write: write '\(rest.first!)' here, and the amount in the case's file after the import "
                + "(amount: \(amount), with currency: KZT for tenge; an amount in МРП, monthly calculation indices, as note: \(amount) МРП)")
        }
        guard read.type != nil || read.years != nil || read.months != nil else { return .problem(unclear(cell)) }
        if let type = read.type, !keys.contains(type) {
            return .problem("'\(cell)' is a sentence of the type '\(type)', which site.yml sentence_types does not have; add it there, or write a type it has")
        }
        if read.type == "life", read.years != nil || read.months != nil {
            return .problem("'\(cell)' gives a life sentence a length; a life sentence has none: write 'пожизненное' (life) alone, or the length with another type")
        }
        return .read(read)
    }

    /// How to write a sentence, with examples in the cell's language.
    static func unclear(_ cell: String) -> String {
        let examples: String
        if cell.contains(where: { "әғқңөұүһі".contains($0) }) || cell.lowercased().contains("жыл") {
            examples = "'3 жыл бас бостандығынан айыру', '1 жыл 6 ай бас бостандығын шектеу', '5 жыл шартты түрде', 'өмір бойы', 'айыппұл'"
        } else if cell.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) {
            examples = "'3 года лишения свободы', '1 год 6 месяцев ограничения свободы', '5 лет условно', 'пожизненное', 'штраф'"
        } else {
            examples = "'3 years imprisonment', '1 year 6 months freedom limitation', '5 years suspended', 'life', 'fine'"
        }
        return "'\(cell)' is not a sentence the import reads: write its length in years and months and its type (a label of site.yml sentence_types), "
            + "like \(examples); or fill in sentence_type, sentence_years and sentence_months instead"
    }
}
