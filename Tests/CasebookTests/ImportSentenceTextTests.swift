import Foundation
import Testing
@testable import CasebookKit

/// A sheet's sentence in one cell, `3 года лишения свободы`, `5 лет условно`: the column
/// `приговор` was unknown, and the three columns sentence_type, sentence_years and
/// sentence_months the only way to give it.
@Suite struct ImportSentenceTextTests {
    static let entries = ImportPlan.entries(SiteConfig.Defaults.sentenceTypeVocabulary(in: ["en", "ru", "kk"]), column: "sentence_type")
    static let keys: Set<String> = ["imprisonment", "freedom-limitation", "suspended", "fine", "life", "community-work"]

    static func read(_ cell: String) -> SentenceText.Outcome { SentenceText.read(cell, entries: entries, keys: keys) }

    @Test func whatSheetsWriteIsRead() {
        let cases: [(String, SentenceText.Read)] = [
            ("3 года лишения свободы", .init(type: "imprisonment", years: 3)),
            ("2 года ограничения свободы", .init(type: "freedom-limitation", years: 2)),
            ("5 лет условно", .init(type: "suspended", years: 5)),
            ("3 года лишения свободы условно", .init(type: "suspended", years: 3)),
            ("1 год 6 месяцев", .init(years: 1, months: 6)),
            ("лишение свободы сроком на 7 лет", .init(type: "imprisonment", years: 7)),
            ("3 years imprisonment", .init(type: "imprisonment", years: 3)),
            ("2 years 6 months of freedom limitation", .init(type: "freedom-limitation", years: 2, months: 6)),
            ("пожизненное", .init(type: "life")),
            ("Life imprisonment", .init(type: "life")),
            ("штраф", .init(type: "fine")),
            ("3 жыл бас бостандығынан айыру", .init(type: "imprisonment", years: 3)),
            ("5 жыл шартты түрде", .init(type: "suspended", years: 5)),
            ("6 мес. ограничения свободы", .init(type: "freedom-limitation", months: 6)),
        ]
        for (cell, expected) in cases { #expect(Self.read(cell) == .read(expected), "\(cell)") }
    }

    @Test func whatIsNotClearSaysHowToWriteIt() {
        #expect(Self.read("осужден") == .problem("'осужден' is not a sentence the import reads: write its length in years and months and its type (a label of site.yml sentence_types), "
            + "like '3 года лишения свободы', '1 год 6 месяцев ограничения свободы', '5 лет условно', 'пожизненное', 'штраф'; or fill in sentence_type, sentence_years and sentence_months instead"))
        #expect(Self.read("штраф 500 МРП") == .problem("'штраф 500 МРП' gives a fine's amount (500), which the import does not write: write 'штраф' here, and the amount in the case's file after the import "
            + "(amount: 500, with currency: KZT for tenge; an amount in МРП, monthly calculation indices, as note: 500 МРП)"))
        #expect(Self.read("1,5 года лишения свободы") == .problem("'1,5 года лишения свободы' gives '1,5 года', not a whole number of years: '1,5 года' is 1 year and 6 months; "
            + "write whole years and months, like '1 год 6 месяцев', '1 year 6 months', '1 жыл 6 ай', or fill in sentence_years and sentence_months"))
        #expect(Self.read("12.01.2023") == .problem("'12.01.2023' is a date, not a sentence: if the column holds the verdict's date, head it 'verdict_date' ('дата приговора', 'үкім күні')"))
        #expect(Self.read("пожизненное 20 лет") == .problem("'пожизненное 20 лет' gives a life sentence a length; a life sentence has none: write 'пожизненное' (life) alone, or the length with another type"))
        // A type site.yml lacks is not made up.
        #expect(SentenceText.read("5 лет условно", entries: Self.entries, keys: ["imprisonment"])
            == .problem("'5 лет условно' is a sentence of the type 'suspended', which site.yml sentence_types does not have; add it there, or write a type it has"))
    }

    static func run(_ header: String, _ rows: [String]) throws -> (SiteFixture, SpreadsheetImport.Outcome) {
        let site = try SiteFixture()
        try site.write("sheet.csv", header + "\r\n" + rows.map { $0 + "\r\n" }.joined())
        return (site, SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true))
    }

    /// The column headed `Приговор` (or `sentence`, `үкім`) makes the sentence the three
    /// columns make; a length there takes its type from sentence_type; the two disagreeing
    /// is an error at the cell.
    @Test func theSentenceColumnMakesTheSentenceAndMustAgreeWithTheOthers() throws {
        let (site, outcome) = try Self.run("Дело;ФИО;Статус;Приговор;Наказание;Срок (лет);Ссылка", [
            "Дело А;Иван Петров;sentenced;3 года лишения свободы;;;https://example.org/a",
            "Дело Б;Анна Петрова;sentenced;1 год 6 месяцев;suspended;;https://example.org/b",
            "Дело В;Ерлан Б;sentenced;3 года лишения свободы;лишение свободы;3;https://example.org/c",
        ])
        defer { site.remove() }
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let sentences = outcome.files.filter { $0.path.hasPrefix("content/cases/") }.map { $0.text.components(separatedBy: "    sentence:\n")[1].components(separatedBy: "sources:")[0] }
        #expect(sentences == ["      - type: imprisonment\n        years: 3\n", "      - type: suspended\n        years: 1\n        months: 6\n", "      - type: imprisonment\n        years: 3\n"])
        let (other, told) = try Self.run("Дело;ФИО;Статус;Приговор;Наказание;Срок (лет);Ссылка", [
            "Дело А;Иван Петров;sentenced;3 года лишения свободы;штраф;2;https://example.org/a",
            "Дело Б;Анна Петрова;sentenced;1 год 6 месяцев;;;https://example.org/b",
        ])
        defer { other.remove() }
        #expect(told.diagnostics.map(\.description) == [
            "sheet.csv:2:4: error: '3 года лишения свободы' is the type 'imprisonment', but sentence_type ('Наказание') says 'fine', and 3 years, but sentence_years ('Срок (лет)') says '2': give the sentence once, in this column or in those, or the same in both",
            "sheet.csv:3:4: error: '1 год 6 месяцев' gives the sentence's length, not its type: write its length in years and months and its type (a label of site.yml sentence_types), like '3 года лишения свободы', '1 год 6 месяцев ограничения свободы', '5 лет условно', 'пожизненное', 'штраф'; or fill in sentence_type ('Наказание'), sentence_years ('Срок (лет)') and sentence_months instead",
        ])
    }

    /// `Наказание` (sentence_type) holding the sentence in words was "not one of the site's
    /// sentence types": it is read as the column sentence reads it.
    @Test func aSentenceInWordsUnderTheTypesColumnIsRead() throws {
        let (site, outcome) = try Self.run("Дело;ФИО;Статус;Наказание;Срок (лет);Ссылка", [
            "Дело А;Иван Петров;sentenced;5 лет условно;;https://example.org/a",
            "Дело Б;Анна Петрова;sentenced;лишение свободы;4;https://example.org/b",
        ])
        defer { site.remove() }
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let sentences = outcome.files.filter { $0.path.hasPrefix("content/cases/") }.map { $0.text.components(separatedBy: "    sentence:\n")[1].components(separatedBy: "sources:")[0] }
        #expect(sentences == ["      - type: suspended\n        years: 5\n", "      - type: imprisonment\n        years: 4\n"])
        let (other, told) = try Self.run("Дело;ФИО;Статус;Наказание;Срок (лет);Ссылка", ["Дело А;Иван Петров;sentenced;3 года лишения свободы;2;https://example.org/a"])
        defer { other.remove() }
        #expect(told.diagnostics.map(\.description) == [
            "sheet.csv:2:4: error: '3 года лишения свободы' is 3 years, but sentence_years ('Срок (лет)') says '2': give the sentence once, in this column or in those, or the same in both",
        ])
    }
}
