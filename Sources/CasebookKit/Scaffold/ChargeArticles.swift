/// Charges named by their article, as a monitor's sheet names them (`ст. 274 ч.2 УК РК`,
/// `274`, `статья 405`, `Article 405`, `405-бап`, `ч. 2 ст. 174`): the article numbers a
/// cell cites, and those each site.yml charge's `law` gives (docs/import.md, "Charges by
/// their article").
enum ChargeArticles {
    /// An article and the parts of it a cell or a law names (none: the whole article).
    struct Citation: Equatable {
        var article: String
        var parts: [String] = []
    }

    enum Role { case article, part, paragraph }

    static let articleWords: Set<String> = ["ст", "стст", "статья", "статьи", "статье", "статьей", "статей", "article", "articles", "art", "arts",
                                            "бап", "бабы", "баптың", "бабының", "баптар", "баптары", "баптарының"]
    static let partWords: Set<String> = ["ч", "чч", "часть", "части", "частью", "частей", "part", "parts", "pt", "бөлік", "бөлігі", "бөлігінің", "бөліктері"]
    /// The words Kazakh writes after the number (`405-бап`, `2-бөлігі`).
    static let kazakhArticleWords: Set<String> = ["бап", "бабы", "баптың", "бабының", "баптар", "баптары", "баптарының"]
    static let kazakhPartWords: Set<String> = ["бөлік", "бөлігі", "бөлігінің", "бөліктері"]
    /// A paragraph (`п. 1 ч. 2 ст. 174`) is finer than any charge: its number is read past.
    static let paragraphWords: Set<String> = ["п", "пп", "пункт", "пункта", "paragraph", "para", "тармақ", "тармағы", "тармақшасы"]
    /// Words a citation holds besides its numbers: the code, the country, "and".
    static let codeWords: Set<String> = criminalWords.union(administrativeWords).union([
        "рк", "рф", "кр", "рб", "кодекса", "кодекс", "республики", "казахстан", "казахстана", "қр", "кодексі", "кодексінің",
        "code", "of", "the", "kazakhstan", "rk", "и", "and", "және", "об", "о", "правонарушениях", "offences", "offenses",
        "года", "г", "жылғы", "ж", "year",
    ])
    static let criminalWords: Set<String> = ["ук", "уголовного", "уголовный", "қк", "қылмыстық", "criminal", "cc"]
    static let administrativeWords: Set<String> = ["коап", "административных", "административный", "әқбтк", "әкімшілік", "administrative"]

    enum Token: Equatable { case number(String), word(String), open, close, comma, hyphen }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text.lowercased().replacingOccurrences(of: "ё", with: "е"))
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCII && character.isNumber {
                var number = ""
                // `282.1` is an article of its own; `274.` before a space ends the number.
                while index < characters.count, characters[index].isASCII && characters[index].isNumber
                        || characters[index] == "." && index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber && !number.isEmpty {
                    number.append(characters[index]); index += 1
                }
                tokens.append(.number(number))
                continue
            }
            if character.isLetter {
                var word = ""
                while index < characters.count, characters[index].isLetter { word.append(characters[index]); index += 1 }
                tokens.append(.word(word))
                continue
            }
            switch character {
            case "(": tokens.append(.open)
            case ")": tokens.append(.close)
            case ",": tokens.append(.comma)
            case "-", "‐", "–": tokens.append(.hyphen)
            default: break
            }
            index += 1
        }
        return tokens
    }

    /// The articles a text cites. `strict` (a sheet's cell): every word must be one a
    /// citation holds, else nil, the cell being no citation; a law is read leniently.
    static func citations(_ text: String, strict: Bool) -> [Citation]? {
        let tokens = tokens(text)
        var numbers: [(role: Role, number: String)] = []
        var role = Role.article
        for (index, token) in tokens.enumerated() {
            switch token {
            case .word(let word):
                if articleWords.contains(word) { role = .article }
                else if partWords.contains(word) { role = .part }
                else if paragraphWords.contains(word) { role = .paragraph }
                else if strict && !codeWords.contains(word) { return nil }
            case .comma:
                // `ст. 174, 405`: articles each; `ч. 1, 2 ст. 174` (parts first) is parts.
                if numbers.first?.role != .part, role == .part { role = .article }
            case .number(let number):
                var own = role
                // `405-бап`, `2-бөлігі`: Kazakh names the number's kind after it.
                let after = tokens.dropFirst(index + 1).first { $0 != .hyphen }
                if case .word(let word)? = after {
                    if kazakhArticleWords.contains(word) { own = .article } else if kazakhPartWords.contains(word) { own = .part }
                }
                // `405(2)`: the part in brackets after the article.
                if index >= 2, tokens[index - 1] == .open, case .number = tokens[index - 2] { own = .part }
                // A year (`УК РК 1997 года`, `(1997)`) is no article: no code has so many.
                if own == .article, number.count == 4, let year = Int(number), year >= 1900 { continue }
                numbers.append((own, number))
            default: break
            }
        }
        var found: [Citation] = []
        let partsFirst = numbers.first?.role == .part
        var pending: [String] = []
        for (role, number) in numbers {
            switch role {
            case .paragraph: continue
            case .article:
                found.append(Citation(article: number, parts: partsFirst ? pending : []))
                pending = []
            case .part:
                if partsFirst || found.isEmpty { pending.append(number) } else { found[found.count - 1].parts.append(number) }
            }
        }
        if strict && (!pending.isEmpty || found.isEmpty) { return nil }
        return found
    }

    /// Which kind of code a text names: "criminal", "administrative", or nil.
    static func code(_ text: String) -> String? {
        let words = Set(tokens(text).compactMap { if case .word(let word) = $0 { return word } else { return nil } })
        let lower = text.lowercased()
        if !words.isDisjoint(with: administrativeWords) || lower.contains("административн") || lower.contains("administrative") || lower.contains("әкімшілік") {
            return "administrative"
        }
        if !words.isDisjoint(with: criminalWords) || lower.contains("уголовн") || lower.contains("criminal") || lower.contains("қылмыстық") {
            return "criminal"
        }
        return nil
    }

    /// Each charge's articles, with their parts (empty: the whole article), from its law in
    /// every language; a charge without a law that gives a number, from its key when one
    /// segment of it is a number (`kz-cc-405`). Made once per import.
    struct Index {
        var charges: [(key: String, law: String, code: String?, articles: [String: Set<String>])] = []

        init(_ charges: [Charge]) {
            for charge in charges where !charge.unspecified {
                let laws = ([charge.law].compactMap { $0 } + charge.translatedLaw.keys.sorted().map { charge.translatedLaw[$0]! })
                var articles: [String: Set<String>] = [:]
                for law in laws {
                    for citation in ChargeArticles.citations(law, strict: false) ?? [] {
                        articles[citation.article, default: []].formUnion(citation.parts)
                    }
                }
                if articles.isEmpty {
                    let numbers = charge.key.split(whereSeparator: { $0 == "-" || $0 == "_" }).filter { $0.allSatisfy { $0.isASCII && $0.isNumber } }
                    if numbers.count == 1 { articles[String(numbers[0])] = [] }
                }
                if !articles.isEmpty {
                    self.charges.append((charge.key, charge.law ?? charge.key, laws.lazy.compactMap(ChargeArticles.code).first, articles))
                }
            }
        }

        /// The charges a citation is: of its article and part, else of the whole article (a
        /// part the law does not give does not block it); of another code than the cell
        /// names, never.
        func charges(_ citation: Citation, code: String?) -> [(key: String, law: String)] {
            let found = charges.filter { $0.articles[citation.article] != nil && (code == nil || $0.code == nil || $0.code == code) }
            let whole = found.filter { $0.articles[citation.article]!.isEmpty }
            guard !citation.parts.isEmpty else { return (whole.isEmpty ? found : whole).map { ($0.key, $0.law) } }
            let exact = found.filter { !$0.articles[citation.article]!.isDisjoint(with: citation.parts) }
            return (exact.isEmpty ? whole : exact).map { ($0.key, $0.law) }
        }
    }
}
