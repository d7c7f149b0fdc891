/// A date cell as spreadsheets save it, beyond `YYYY-MM-DD`, `YYYY-MM` and `YYYY`: read when
/// only one date can be meant, else refused with what to write. Read: the day first with
/// dots (`05.03.2021`, `5.3.2021`, `03.2021`), as Russian and Kazakh settings save every date
/// (no settings write the month first with dots), and a date with the midnight a date-time
/// cell adds (`2021-03-05 00:00:00`, `05.03.2021 0:00`), and a month in words (`5 марта 2021`). Refused: slashes with both numbers 12 or less
/// (`5/3/2021` is 5 March with British settings and 3 May with American ones), a year of
/// two digits, a time other than midnight, and the day number a cell formatted as a
/// number shows (`44260`).
enum SpreadsheetDate {
    static func read(_ value: String) -> PartialDate? {
        if case .success(let date) = PartialDate.parse(value) { return date }
        if let dotted = dotted(value) { return dotted }
        // `05.03.2021 г.` (года), `05.03.2021 ж.` (жыл): the year's word a date typed by hand
        // carries, as `5 марта 2021 г.` does; it was "not a date".
        if let dotted = dotted(withoutYearWord(value)) { return dotted }
        // A month in words (`5 марта 2021 г.`, `2021 жылғы 5 наурыз`, `5 March 2021`), as a
        // column of long dates saves it or a monitor types it: the words leave one date.
        if let written = WrittenDate.inWords(value), case .success(let date) = PartialDate.parse(written) { return date }
        // The date of a date-time at midnight: Excel writes `00:00:00`, LibreOffice and
        // Google Sheets `00:00:00` or `0:00:00`, some exports `T00:00:00`.
        for separator in [" ", "T"] {
            let parts = value.split(separator: Character(separator), maxSplits: 1).map(String.init)
            guard parts.count == 2, isMidnight(parts[1]), let date = day(parts[0]) else { continue }
            return date
        }
        return nil
    }

    /// A day, `2021-03-05` or `05.03.2021`: the date of a date-time.
    static func day(_ value: String) -> PartialDate? {
        if value.count == 10, case .success(let date) = PartialDate.parse(value), date.precision == .day { return date }
        return dotted(value).flatMap { $0.precision == .day ? $0 : nil }
    }

    /// `D.M.YYYY` or `M.YYYY`, each number of one or two digits, the year of four.
    static func dotted(_ value: String) -> PartialDate? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), parts.last!.count == 4,
              parts.dropLast().allSatisfy({ (1...2).contains($0.count) }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        return parts.count == 3 ? PartialDate(year: numbers[2], month: numbers[1], day: numbers[0])
                                : PartialDate(year: numbers[1], month: numbers[0])
    }

    /// The value without a Russian or Kazakh word for "year" after it: `г.`, `г`, `года`, `ж.`, `жыл`.
    static func withoutYearWord(_ value: String) -> String {
        for word in ["года", "жыл", "г.", "г", "ж.", "ж"] where value.hasSuffix(word) {
            let rest = value.dropLast(word.count)
            if rest.last?.isNumber == true || rest.last == " " { return rest.trimmingCharacters(in: .whitespaces) }
        }
        return value
    }

    static func isMidnight(_ time: String) -> Bool {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let digits = part.split(separator: ".", maxSplits: 1).first ?? ""
            return !part.isEmpty && part.allSatisfy { $0 == "0" || $0 == "." } && (1...2).contains(digits.count)
        }
    }

    /// Why a cell is no date, and what to write.
    static func problem(_ value: String) -> String {
        let write = "write YYYY-MM-DD, YYYY-MM or YYYY"
        let parts = value.split(separator: "/").map(String.init)
        if parts.count == 3, parts[2].count == 4, let first = Int(parts[0]), let second = Int(parts[1]),
           (1...12).contains(first), (1...12).contains(second), first != second, let year = Int(parts[2]),
           let dayFirst = PartialDate(year: year, month: second, day: first), let monthFirst = PartialDate(year: year, month: first, day: second) {
            return "'\(value)' is not a date: with slashes the day may come first or the month (British or American settings); "
                + "\(write), like '\(dayFirst)' if the day comes first or '\(monthFirst)' if the month does"
        }
        if let day = WrittenDate.excelDay(value) {
            return "'\(value)' is a date as a spreadsheet counts days, from 1900 (Excel's and LibreOffice's usual count; a workbook counting from 1904 "
                + "is 4 years off): format the column as dates before saving, or \(write), like '\(day)' if the workbook counts from 1900"
        }
        let dots = value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if dots.count == 3, dots[2].count == 2, let year = Int(dots[2]), let date = dotted(dots.dropLast().joined(separator: ".") + ".20" + dots[2]) {
            return "'\(value)' has a year of two digits, which may be 19\(dots[2]) or 20\(dots[2]); \(write), like '\(date)' if it is \(2000 + year)"
        }
        if value.contains(":"), let date = value.split(whereSeparator: { $0 == " " || $0 == "T" }).first, let day = day(String(date)) {
            return "'\(value)' is a date with a time, and only a date is written; \(write), like '\(day)' (the time, if it matters, goes in the event's text)"
        }
        let like = DateSuggestion.suggestion(for: value).map { ", like '\($0)'" } ?? ""
        return "'\(value)' is not a date; \(write)\(like)"
    }
}
