/// The machine-readable sentence of `cases.csv` (`sentence_terms`,
/// `first_instance_sentence_terms`): each term's type and numbers, which a spreadsheet
/// formula or a short script can split, and which `casebook import` reads back exactly:
///
///     imprisonment years=7 months=6 note="general-regime penal colony"; confiscation
///     suspended years=3 probation_years=4; fine amount=530250 currency=KZT
///
/// Terms are separated by `; `; a term is its type (a key of site.yml `sentence_types`)
/// and `name=value` fields in a fixed order. Numbers are written with the file's digits;
/// a note is in double quotes, a quote or backslash inside it after a backslash.
enum SentenceTerms {
    /// The fields, in the order they are written.
    static let fields = ["years", "months", "days", "hours", "amount", "currency",
                         "probation_years", "probation_months", "probation_days", "from_release", "charge", "note"]

    static func text(_ sentence: [SentenceComponent]) -> String {
        sentence.map(term).joined(separator: "; ")
    }

    /// A term's length and amount, those it gives, by the names of its file's keys: the
    /// import writes them back under the same names.
    static func lengthAndAmount(_ c: SentenceComponent) -> [(name: String, value: String)] {
        [("years", c.years?.digits), ("months", c.months?.digits), ("days", c.days?.digits), ("hours", c.hours?.digits),
         ("amount", c.amount?.digits), ("currency", c.currency)].compactMap { name, value in value.map { (name, $0) } }
    }

    static func term(_ c: SentenceComponent) -> String {
        var parts = [c.type] + lengthAndAmount(c).map { "\($0.name)=\($0.value)" }
        func add(_ name: String, _ value: String?) { if let value { parts.append("\(name)=\(value)") } }
        add("probation_years", c.probation?.years?.digits)
        add("probation_months", c.probation?.months?.digits)
        add("probation_days", c.probation?.days?.digits)
        add("from_release", c.fromRelease ? "true" : nil)
        add("charge", c.charge?.id)
        add("note", c.note.map(quoted))
        return parts.joined(separator: " ")
    }

    static func quoted(_ text: String) -> String {
        // Most notes need no escape; Foundation's replacing is slow even when it finds nothing.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return "\"" + text + "\"" }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The terms of a cell, or what is wrong with it (a phrase for a message at the cell).
    /// Types, currencies and charges are checked by the reader against the site.
    static func parse(_ cell: String) -> Result<[SentenceComponent], TermProblem> {
        var terms: [[String]] = [[]], token = "", quoted = false, escaped = false, hasToken = false
        func endToken() { if hasToken { terms[terms.count - 1].append(token) }; token = ""; hasToken = false }
        for c in cell {
            if quoted {
                if escaped { token.append(c); escaped = false }
                else if c == "\\" { escaped = true }
                else if c == "\"" { quoted = false }
                else { token.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true; hasToken = true
            case ";": endToken(); terms.append([])
            case " ", "\t": endToken()
            default: token.append(c); hasToken = true
            }
        }
        if quoted { return .failure(TermProblem("a note's quotes are not closed")) }
        endToken()
        if terms.count == 1, terms[0].isEmpty { return .success([]) }
        var sentence: [SentenceComponent] = []
        for (index, words) in terms.enumerated() {
            guard let type = words.first else { return .failure(TermProblem("term \(index + 1) is empty")) }
            switch component(type, Array(words.dropFirst())) {
            case .success(let c): sentence.append(c)
            case .failure(let problem): return .failure(TermProblem("term \(index + 1) ('\(type)'): \(problem.text)"))
            }
        }
        return .success(sentence)
    }

    struct TermProblem: Error, Equatable {
        let text: String
        init(_ text: String) { self.text = text }
    }

    static func component(_ type: String, _ words: [String]) -> Result<SentenceComponent, TermProblem> {
        guard !type.contains("=") else { return .failure(TermProblem("a term starts with its type, like 'imprisonment years=2'")) }
        var values: [String: String] = [:]
        for word in words {
            guard let equals = word.firstIndex(of: "=") else {
                return .failure(TermProblem("'\(word)' is not name=value, like years=2"))
            }
            let name = String(word[..<equals]), value = String(word[word.index(after: equals)...])
            guard fields.contains(name) else {
                return .failure(TermProblem("unknown field '\(name)'\(Suggestion.phrase(for: name, in: fields)) (fields: \(fields.joined(separator: ", ")))"))
            }
            guard values[name] == nil else { return .failure(TermProblem("'\(name)' is given twice")) }
            values[name] = value
        }
        var numbers: [String: DecimalNumber] = [:]
        for name in ["years", "months", "days", "hours", "amount", "probation_years", "probation_months", "probation_days"] {
            guard let value = values[name] else { continue }
            guard let number = DecimalNumber(value) else { return .failure(TermProblem("\(name)=\(value) is not a number like 2 or 1.5")) }
            numbers[name] = number
        }
        if let value = values["from_release"], value != "true" { return .failure(TermProblem("from_release is written from_release=true")) }
        var c = SentenceComponent(type: type, years: numbers["years"], months: numbers["months"], days: numbers["days"],
                                  hours: numbers["hours"], amount: numbers["amount"], note: values["note"])
        c.currency = values["currency"]
        c.charge = values["charge"].map { Ref($0, at: .start) }
        if numbers["probation_years"] != nil || numbers["probation_months"] != nil || numbers["probation_days"] != nil {
            c.probation = SentenceTerm(years: numbers["probation_years"], months: numbers["probation_months"], days: numbers["probation_days"])
        }
        c.fromRelease = values["from_release"] != nil
        return .success(c)
    }
}
