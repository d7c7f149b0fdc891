/// A date as people write it in a spreadsheet or a file, read only to suggest its
/// `YYYY-MM-DD` form: a month in words (`5 March 2021`, `March 5, 2021`, `5 марта 2021 г.`,
/// `2021 жылғы 5 наурыз`, `январь 2024`), slashes or dots after the year (`2021/03/05`),
/// and the day number Excel shows when a date column is read as numbers (`44260`).
/// Never read as the date itself: the editor writes the form the format takes.
enum WrittenDate {
    /// Each month in English (the word or its abbreviation: `Mar`, `Sept`), Russian (a stem
    /// with its case endings: `март`, `марта`, `марте`) and Kazakh (the word, with an ending:
    /// `наурыз`, `наурызда`). A longer word (`Marchenko`) is no month.
    static let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"]
    static let russian = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
    static let kazakh = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]

    /// The month a word names (1-12), else nil.
    static func month(_ word: String) -> Int? {
        for index in 0..<12 {
            if word.count >= 3, english[index].hasPrefix(word) { return index + 1 }
            let stem = russian[index]
            if index == 4 ? ["май", "мая", "мае"].contains(word) : word.hasPrefix(stem) && word.count - stem.count <= 2 { return index + 1 }
            if word.hasPrefix(kazakh[index]), word.count - kazakh[index].count <= 3 { return index + 1 }
        }
        return nil
    }

    /// Words that may stand beside a date in words: "г.", "года", "жылғы", "of".
    static let fillers: Set<String> = ["г", "года", "год", "гг", "жылғы", "жыл", "ж", "of", "the"]

    static func suggestion(for raw: String) -> String? {
        excelDay(raw) ?? inWords(raw) ?? slashed(raw)
    }

    /// `2021/03/05`, `2021.3.5`: the year first, other separators.
    static func slashed(_ raw: String) -> String? {
        guard raw.contains("/") || raw.contains("."), raw.first?.isNumber == true else { return nil }
        let dashed = String(raw.map { $0 == "/" || $0 == "." ? "-" : $0 })
        if case .success(let date) = PartialDate.parse(dashed) { return date.description }
        return DateSuggestion.padded(dashed)
    }

    /// Excel's day number for a date between 1954 and 2119 (1 is 1 January 1900, and Excel
    /// counts a 29 February 1900 that was not: day 0 is 30 December 1899 for these).
    static func excelDay(_ raw: String) -> String? {
        guard raw.count == 5, raw.allSatisfy({ $0.isASCII && $0.isNumber }), let serial = Int(raw),
              (20_000...80_000).contains(serial) else { return nil }
        let day = PartialDate.dayNumber(year: 1899, month: 12, day: 30) + serial
        return PartialDate(dayNumber: day).description
    }

    /// A month in words with a year of four digits and maybe a day.
    static func inWords(_ raw: String) -> String? {
        let words = raw.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var month: Int?, year: Int?, day: Int?
        for word in words {
            if word.allSatisfy({ $0.isASCII && $0.isNumber }) {
                guard let number = Int(word) else { return nil }
                if word.count == 4, year == nil { year = number } else if word.count <= 2, day == nil, (1...31).contains(number) { day = number } else { return nil }
            } else if let named = Self.month(word) {
                guard month == nil else { return nil }
                month = named
            } else if !fillers.contains(word) {
                return nil
            }
        }
        guard let month, let year, let date = PartialDate(year: year, month: month, day: day) else { return nil }
        return date.description
    }
}
