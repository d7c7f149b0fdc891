import Foundation
import Testing
@testable import CasebookKit

/// A sheet kept by several volunteers, as a new group brings it: a total row under the table,
/// dashes and `н/д` for what is not known, dates typed `05.03.2021 г.`, a column headed `Срок`
/// or `№`, and charges written as the group writes them before site.yml has any.
@Suite struct ImportVolunteerSheetTests {
    static let header = "Дело;ФИО;Статус;Суд;Статья;Дата задержания;Дата приговора;Наказание;Срок (лет);Ссылка\r\n"

    static func run(_ rows: [String], header: String = Self.header) throws -> (SiteFixture, SpreadsheetImport.Outcome) {
        let site = try SiteFixture()
        try site.write("sheet.csv", "\u{FEFF}" + header + rows.map { $0 + "\r\n" }.joined())
        return (site, SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true))
    }

    /// "Итого" under the table was a case 'Итого' with no status and no source, its count a person.
    @Test func aTotalRowUnderTheTableIsSkippedWithAWarning() throws {
        let (site, outcome) = try Self.run([
            "Дело блогера;Иван Петров;detained;Taraz City Court;kz-cc-405;05.03.2021;;;;https://example.org/a",
            ";;;;;;;;;",
            "Итого:;200 человек;;;;;;;;",
        ])
        defer { site.remove() }
        #expect(outcome.diagnostics.map(\.description) == ["sheet.csv:4:1: warning: row 4 is a total ('Итого:'), not a person in a case; it is skipped"])
        #expect(outcome.files.map(\.path) == ["content/people/ivan-petrov.md", "content/organizations/taraz-city-court.md", "content/cases/delo-blogera.md"])
        // A title that begins with such a word is a case, on its rows without a source too.
        let (other, titled) = try Self.run(["Всего лишь пост;Иван Петров;detained;;;;;;;https://example.org/b",
                                           "Всего лишь пост;Анна Петрова;;;;;;;;"])
        defer { other.remove() }
        #expect(titled.diagnostics.isEmpty, "\(titled.diagnostics)")
        #expect(titled.files.map(\.path) == ["content/people/ivan-petrov.md", "content/people/anna-petrova.md", "content/cases/vsego-lish-post.md"])
        let (counted, all) = try Self.run(["Дело блогера;Иван Петров;detained;;;;;;;https://example.org/a", "Всего 1;;;;;;;;;"])
        defer { counted.remove() }
        #expect(all.diagnostics.map(\.description) == ["sheet.csv:3:1: warning: row 3 is a total ('Всего 1'), not a person in a case; it is skipped"])
    }

    /// `-`, `—`, `н/д`, `?` were "not a date", "no id can be made from '-'", "not a whole number".
    @Test func aDashOrNotKnownIsAnEmptyCellSaidOnce() throws {
        let (site, outcome) = try Self.run(["Дело блогера;Иван Петров;detained;-;kz-cc-405;н/д;?;—;-;https://example.org/a"])
        defer { site.remove() }
        let said = { (cell: String, column: String) in "'\(cell)' in \(column) stands for nothing known, and is read as an empty cell; leave such cells empty in the sheet" }
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:4: warning: \(said("-", "court ('Суд')"))",
            "sheet.csv:2:6: warning: \(said("н/д", "detention_date ('Дата задержания')"))",
            "sheet.csv:2:7: warning: \(said("?", "verdict_date ('Дата приговора')"))",
            "sheet.csv:2:8: warning: \(said("—", "sentence_type ('Наказание')"))",
            "sheet.csv:2:9: warning: \(said("-", "sentence_years ('Срок (лет)')"))",
        ])
        #expect(outcome.exitStatus == 0)
        #expect(outcome.files.map(\.path) == ["content/people/ivan-petrov.md", "content/cases/delo-blogera.md"])
        // A name is never guessed empty: '-' is still no name.
        let (other, named) = try Self.run(["Дело блогера;-;detained;;;;;;;https://example.org/a"])
        defer { other.remove() }
        #expect(named.exitStatus == 1)
        #expect(!named.diagnostics.contains { $0.message.contains("stands for nothing known") })
    }

    /// `05.03.2021 г.` was "not a date", though `5 марта 2021 г.` was read.
    @Test func aDottedDateWithTheYearsWordIsRead() throws {
        let (site, outcome) = try Self.run(["Дело блогера;Иван Петров;detained;;kz-cc-405;05.03.2021 г.;06.04.2022г.;;;https://example.org/a",
                                           "Дело журналиста;Анна Петрова;detained;;kz-cc-405;5.3.2021 ж.;;;;https://example.org/b"])
        defer { site.remove() }
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
        let cases = outcome.files.filter { $0.path.hasPrefix("content/cases/") }.map(\.text)
        #expect(cases.count == 2 && cases.allSatisfy { $0.contains("  - date: 2021-03-05\n") })
        #expect(cases[0].contains("  - date: 2022-04-06\n"))
    }

    /// `Срок` was "did you mean 'сот' (court)?", `№` "did you mean 'ай' (sentence_months)?".
    @Test func aColumnHeadedWithTheFirstWordOfNamesIsToldThemAll() throws {
        let (site, outcome) = try Self.run([], header: "№;Дело;ФИО;Статус;Срок;Ссылка\r\n")
        defer { site.remove() }
        let advice = "; the columns are those of `casebook import --template` or their Russian and Kazakh names (docs/import.md, \"The header\"): rename it, or delete it from the copy you import"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:1:1: error: unknown column '№'\(advice)",
            "sheet.csv:1:5: error: unknown column 'Срок'; did you mean 'срок (лет)' (sentence_years) or 'срок (месяцев)' (sentence_months)?\(advice)",
        ])
    }

    /// `Ссылка` beside `Источник` (the outlet's name) was "keep one", as if one were spare.
    @Test func anAddressColumnBesideASourceColumnIsToldTheTitlesColumn() throws {
        let (site, outcome) = try Self.run(["Дело блогера;Иван Петров;detained;https://example.org/a;Радио Азаттык"], header: "Дело;ФИО;Статус;Ссылка;Источник\r\n")
        defer { site.remove() }
        #expect(outcome.diagnostics.first?.description ==
            "sheet.csv:1:5: error: 'Ссылка' and 'Источник' are both the column 'source_urls' (columns 4 and 5); keep one; "
                + "if one holds the sources' names rather than their addresses, head it 'source_titles' ('название источника')")
    }

    /// A charge the new archive lacks said only which exist (the example), not where to add it.
    @Test func aChargeTheSiteLacksSaysWhereToAddIt() throws {
        let (site, outcome) = try Self.run(["Дело блогера;Иван Петров;detained;;ст. 174 ч.1 УК РК;;;;;https://example.org/a"])
        defer { site.remove() }
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:5: error: 'ст. 174 ч.1 УК РК' is not one of the site's charges: no charge's law in site.yml gives article 174 (part 1) (allowed: kz-cc-405, kz-cc1997-164, kz-cc1997-170, kz-cc1997-235); "
                + "if it is a charge the archive does not have yet, add it to 'charges' in site.yml, with 'ст. 174 ч.1 УК РК' as its label (docs/content.md, \"site.yml\") and its law, like 'law: Уголовный кодекс, статья 174'",
        ])
    }
}
