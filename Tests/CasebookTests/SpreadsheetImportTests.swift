import Foundation
import Testing
@testable import CasebookKit

/// `casebook import`: spreadsheet rows into files that build, people and courts matched by
/// name or alias, every mistake at its row and column, and nothing written on a mistake.
@Suite struct SpreadsheetImportTests {
    static let header = ImportColumns.names.joined(separator: ",")

    /// A row of the template's columns, from the values given by column name.
    static func row(_ values: [String: String]) -> String {
        ImportColumns.names.map { name in
            let value = values[name] ?? ""
            return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }.joined(separator: ",")
    }

    static let base = ["case_title": "Blogger detained over a post", "status": "detained", "court": "Taraz City Court",
                       "charges": "kz-cc-405", "detention_date": "2024-03-05", "person_name": "Aigerim Testova",
                       "source_urls": "https://example.org/report", "source_titles": "A report"]

    @Test func theTemplateRowImportsIntoANewArchiveAndBuilds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try ArchiveInit.create(at: root, displayName: "archive")
        try Data(ImportColumns.template).write(to: root.appendingPathComponent("sheet.csv"))
        let dry = SpreadsheetImport.run(["sheet.csv"], relativeTo: root, dryRun: true)
        #expect(dry.succeeded, "\(dry.diagnostics)")
        #expect(dry.files.map(\.path) == ["content/people/aigerim-example.md", "content/cases/example-blogger-detained-over-a-post.md"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/people/aigerim-example.md").path))
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: root))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        // The court of the row is the example court, matched by its name.
        let text = try String(contentsOf: root.appendingPathComponent("content/cases/example-blogger-detained-over-a-post.md"), encoding: .utf8)
        #expect(text.contains("court: example-court\n"))
        // A second import of the same rows makes no second case, and writes nothing: the
        // case is kept as it is, and said so.
        let again = SpreadsheetImport.run(["sheet.csv"], relativeTo: root, dryRun: false)
        #expect(again.succeeded && again.diagnostics.isEmpty, "\(again.diagnostics)")
        #expect(again.files.isEmpty)
        #expect(again.kept.map { "\($0.path) (\($0.rows))" } == ["content/cases/example-blogger-detained-over-a-post.md (sheet.csv row 2)"])
    }

    @Test func rowsOfOneCaseShareItAndPeopleAreMatchedByNameOrAlias() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var second = Self.base
        second["person_name"] = "Назира Лесова"  // an alias of nazira-lesova in the sample
        second["sentence_type"] = "imprisonment"
        second["sentence_years"] = "5"
        try site.write("sheet.csv", [Self.header, Self.row(Self.base), Self.row(second)].joined(separator: "\r\n") + "\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(outcome.files.map(\.path) == ["content/people/aigerim-testova.md", "content/organizations/taraz-city-court.md",
                                              "content/cases/blogger-detained-over-a-post.md"])
        let text = try site.read("content/cases/blogger-detained-over-a-post.md")
        #expect(text.contains("  - person: nazira-lesova\n    role: defendant\n    sentence:\n      - type: imprisonment\n        years: 5\n"))
        #expect(site.build().exitStatus == 0)
    }

    @Test func badRowsAreReportedAtRowAndColumnAndNothingIsWritten() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/people/other-lesova.md", "---\nname: Nazira Lesova\n---\n")
        var status = Self.base, date = Self.base, ambiguous = Self.base
        status["status"] = "detaned"
        date["detention_date"] = "4/3/2021"
        date["case_title"] = "Another case"
        ambiguous["person_name"] = "Nazira Lesova"
        ambiguous["case_title"] = "A third case"
        try site.write("sheet.csv", [Self.header, Self.row(status), Self.row(date), Self.row(ambiguous)].joined(separator: "\n"))
        let before = SiteFixture.snapshot(site.content)
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:2: error: 'detaned' is not one of the site's statuses; did you mean 'detained'? (allowed: investigation, detained, trial, sentenced, appeal, serving, released, acquitted, closed, died-in-custody)",
            "sheet.csv:3:7: error: '4/3/2021' is not a date: with slashes the day may come first or the month (British or American settings); write YYYY-MM-DD, YYYY-MM or YYYY, like '2021-03-04' if the day comes first or '2021-04-03' if the month does",
            "sheet.csv:4:9: error: 'Nazira Lesova' is the name or alias of people/nazira-lesova.md and people/other-lesova.md: write the id in person_id",
        ])
        #expect(outcome.exitStatus == 1)
        #expect(SiteFixture.snapshot(site.content) == before)
    }

    /// What a spreadsheet says that no column read, once dropped without a word: a cell cut at
    /// a comma not in quotes, a column named twice, a sentence's length without its type. A
    /// row of empty cells, as spreadsheets save an empty row, is no row; a quote left open
    /// is told where it opens.
    @Test func nothingInTheSheetIsDroppedSilently() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.content)
        var years = Self.base
        years["sentence_years"] = "5"
        let empty = String(repeating: ",", count: ImportColumns.names.count - 1)
        try site.write("sheet.csv", [Self.header, Self.row(years) + ",part 2 of the series", empty].joined(separator: "\n"))
        try site.write("twice.csv", Self.header + ",person_name\n" + Self.row(Self.base) + ",Other Name\n")
        try site.write("open.csv", Self.header + "\n" + Self.row(Self.base).replacingOccurrences(of: "A report", with: "\"A report") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv", "twice.csv", "open.csv"], relativeTo: site.root, dryRun: false)
        let count = ImportColumns.names.count
        let years_ = ImportColumns.names.firstIndex(of: "sentence_years")! + 1
        let person = ImportColumns.names.firstIndex(of: "person_name")! + 1
        let title = ImportColumns.names.firstIndex(of: "source_titles")! + 1
        #expect(outcome.diagnostics.map(\.description) == [
            "open.csv:2:\(title): error: row 2 opens a quoted field here that is never closed; close it with '\"' (a quote inside it is written twice, '\"\"')",
            "sheet.csv:2:\(years_): error: a sentence's length needs its type: fill in sentence_type (a key or label of site.yml sentence_types)",
            "sheet.csv:2:\(count + 1): error: the row has \(count + 1) cells, but the header names \(count) columns; a cell that holds the separator must be in double quotes",
            "twice.csv:1:\(count + 1): error: the column 'person_name' is named twice (columns \(person) and \(count + 1)); keep one",
        ])
        #expect(SiteFixture.snapshot(site.content) == before)
    }
}
