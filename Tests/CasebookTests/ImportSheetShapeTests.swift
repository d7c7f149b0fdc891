import Foundation
import Testing
@testable import CasebookKit

/// Spreadsheets as monitoring groups keep them: imported again after they grew (the new rows
/// in, the files editors changed kept byte for byte), headed in Russian or Kazakh, and with
/// a case's cells merged over its defendants' rows.
@Suite struct ImportSheetShapeTests {
    typealias Sheet = SpreadsheetImportTests

    static func lines(_ rows: [[String: String]]) -> [String] {
        rows.map { values in Sheet.row(Sheet.base.merging(values) { $1 }) }
    }

    /// Importing a grown sheet failed on every row imported before, so nothing new came in
    /// unless the editor deleted the old rows from the sheet first.
    @Test func aSheetThatGrewBringsInItsNewRowsAndKeepsEveryFileItHas() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let old = [["case_title": "Case One", "source_urls": "https://example.org/one"],
                   ["case_title": "Case One", "status": "", "person_name": "Bob Second", "source_urls": "", "source_titles": ""]]
        try site.write("sheet.csv", ([Sheet.header] + Self.lines(old)).joined(separator: "\r\n") + "\r\n")
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false).succeeded)
        // An editor works on the files made.
        try site.replace("content/cases/case-one.md", "title: Case One", with: "title: Case One\nsummary: Edited by hand.")
        try site.replace("content/people/bob-second.md", "name: Bob Second", with: "name: Bob Second\naliases: [Bob S.]")
        let before = SiteFixture.snapshot(site.content)
        // The sheet grows: a new case, and on the old case a new person, a verdict and another status.
        let grown = old + [["case_title": "Case Two", "person_name": "Carl Third", "source_urls": "https://example.org/two"],
                           ["case_title": "Case One", "status": "sentenced", "person_name": "Dana Fourth", "detention_date": "",
                            "verdict_date": "05.03.2025", "source_urls": "", "source_titles": ""],
                           ["case_title": "Case One", "status": "", "person_name": "Bob S.", "sentence_type": "imprisonment", "charges": "kz-cc-405; kz-cc1997-164",
                            "sentence_years": "3", "source_urls": "https://example.org/one/; https://example.org/one-verdict", "source_titles": ""]]
        try site.write("sheet.csv", ([Sheet.header] + Self.lines(grown)).joined(separator: "\r\n") + "\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        let kept = "the archive has this case already, and an import never changes its file: change it by hand (or give the row another case_title if it is another case)"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:5:2: warning: the row's status is 'sentenced', content/cases/case-one.md's 'detained'; \(kept)",
            "sheet.csv:5:8: warning: content/cases/case-one.md has no verdict event on 2025-03-05; \(kept)",
            "sheet.csv:5:9: warning: 'Dana Fourth' is not among the people of content/cases/case-one.md; \(kept)",
            "sheet.csv:6:6: warning: content/cases/case-one.md does not charge 'kz-cc1997-164'; \(kept)",
            "sheet.csv:6:13: warning: content/cases/case-one.md gives this person no sentence; \(kept)",
            "sheet.csv:6:16: warning: content/cases/case-one.md does not cite 'https://example.org/one-verdict'; \(kept)",
        ])
        #expect(outcome.exitStatus == 0)
        #expect(outcome.kept.map { "\($0.path) (\($0.rows))" } == ["content/cases/case-one.md (sheet.csv rows 2, 3, 5, 6)"])
        #expect(outcome.summary(dryRun: false) == "Imported: 2 files made; 1 case the archive has already left as it is (kept). Run casebook check.")
        // Only the new case and its person are made; no file for Dana, whose row was left out.
        #expect(outcome.files.map(\.path) == ["content/people/carl-third.md", "content/cases/case-two.md"])
        var after = SiteFixture.snapshot(site.content)
        for path in ["cases/case-two.md", "people/carl-third.md"] { #expect(after.removeValue(forKey: path) != nil) }
        #expect(after == before)
        #expect(site.build().exitStatus == 0)
        // Retitled and renamed since (its old id in former_ids): still the archive's case.
        try FileManager.default.moveItem(at: site.content.appendingPathComponent("cases/case-two.md"), to: site.content.appendingPathComponent("cases/case-2.md"))
        try site.replace("content/cases/case-2.md", "title: Case Two", with: "title: The second case\nformer_ids: [case-two]")
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true).kept.map(\.path).last == "content/cases/case-2.md")
        // Its rows in two files: each file's rows, under the case once.
        try site.write("more.csv", ([Sheet.header] + Self.lines([["case_title": "CASE ONE", "status": "", "source_urls": "", "source_titles": ""]])).joined(separator: "\n") + "\n")
        let two = SpreadsheetImport.run(["sheet.csv", "more.csv"], relativeTo: site.root, dryRun: true)
        #expect(two.kept.map { "\($0.path) (\($0.rows))" } == ["content/cases/case-one.md (sheet.csv rows 2, 3, 5, 6; more.csv row 2)",
                                                              "content/cases/case-2.md (sheet.csv row 4)"])
    }

    /// A sheet headed "ФИО", "Статья", "Дата приговора" was nine errors, every column unknown.
    @Test func columnsNamedInRussianOrKazakhAreReadAsTheColumnsTheyName() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("ru.csv", "\u{FEFF}Дело;Статус;Статья;Дата задержания;Ф.И.О.;Ссылка;Название источника\r\n"
            + "Дело блогера;detained;kz-cc-405;05.03.2021;Иван Петров;https://example.org/ru;Новость\r\n")
        try site.write("kk.csv", "Іс атауы,Мәртебе,Сот,Бап,Аты-жөні,Сілтеме\nБлогер ісі,detained,Taraz City Court,kz-cc-405,Асан Серікұлы,https://example.org/kk\n")
        let outcome = SpreadsheetImport.run(["ru.csv", "kk.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.files.map(\.path) == ["content/people/ivan-petrov.md", "content/people/asan-serikuly.md",
                                              "content/organizations/taraz-city-court.md", "content/cases/delo-blogera.md", "content/cases/bloger-isi.md"])
        #expect(outcome.files[3].text.contains("  - date: 2021-03-05\n    type: detention\n"))
        // Words for the underscore: `Case Title`, `Source URLs`.
        try site.write("en.csv", "Case Title,Status,Charges,Person Name,Source-URLs\nCase E,detained,kz-cc-405,Anna E,https://example.org/e\n")
        #expect(SpreadsheetImport.run(["en.csv"], relativeTo: site.root, dryRun: true).diagnostics.isEmpty)
        #expect(outcome.files[3].text.contains("    title: Новость\n    url: \"https://example.org/ru\"\n"))
        // A column it does not read, named as written; one named twice, in both its names.
        try site.write("bad.csv", "Дело,Статус,ФИО,Ссылка,Примечание,Дата задержание,person_name\nA,detained,B,https://example.org/b,note,,C\n")
        let bad = SpreadsheetImport.run(["bad.csv"], relativeTo: site.root, dryRun: true)
        let read = "the columns are those of `casebook import --template` or their Russian and Kazakh names (docs/import.md, \"The header\"): rename it, or delete it from the copy you import"
        #expect(bad.diagnostics.map(\.description) == [
            "bad.csv:1:5: error: unknown column 'Примечание'; \(read)",
            "bad.csv:1:6: error: unknown column 'Дата задержание'; did you mean 'дата задержания' (detention_date)?; \(read)",
            "bad.csv:1:7: error: 'ФИО' and 'person_name' are both the column 'person_name' (columns 3 and 7); keep one",
        ])
    }

    /// A column named twice was reported, and then the rows were read from the second: a
    /// row with its status in the first was also told "the row has no status", and an outlet's
    /// name under a second `Источник` "is not an http or https address".
    @Test func aColumnNamedTwiceIsOneMessageWithBothPlacesAndNoRowIsRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("twice.csv", "case_title,status,person_name,source_urls,Статус\r\nA,detained,Ann One,https://example.org/a,\r\n")
        try site.write("urls.csv", "Дело,Статус,ФИО,Ссылка,Источник\nA,detained,Ann One,https://example.org/a,Azattyq\n")
        let outcome = SpreadsheetImport.run(["twice.csv", "urls.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "twice.csv:1:5: error: 'status' and 'Статус' are both the column 'status' (columns 2 and 5); keep one",
            "urls.csv:1:5: error: 'Ссылка' and 'Источник' are both the column 'source_urls' (columns 4 and 5); keep one; "
                + "if one holds the sources' names rather than their addresses, head it 'source_titles' ('название источника')",
        ])
        #expect(outcome.exitStatus == 1 && outcome.files.isEmpty)
    }

    /// A charge site.yml lacks, written on every row as a new group's sheet writes it, was one
    /// error per row, each with the same advice: 200 rows, 200 messages.
    @Test func aValueNoVocabularyHasOnManyRowsIsOneMessageNamingTheRows() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var lines = ["case_title,status,charges,person_name,source_urls"]
        for n in 1...12 { lines.append("Case \(n),detained,ст. 174 УК РК; kz-cc-405,Person \(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"][n - 1]),https://example.org/\(n)") }
        lines += ["Case 13,detaned,ст. 274,Person M,https://example.org/13", "Case 14,detaned,ст. 274,Person N,https://example.org/14"]
        try site.write("sheet.csv", lines.joined(separator: "\r\n") + "\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let allowed = try #require(outcome.diagnostics.first?.message.firstRange(of: "(allowed: ").map { outcome.diagnostics[0].message[$0.lowerBound...].prefix { $0 != ")" } })
        // A charge written by its article is told its number and the law to give it (ImportArticleTests).
        let add = { (label: String, article: String) in "; if it is a charge the archive does not have yet, add it to 'charges' in site.yml, with '\(label)' as its label (docs/content.md, \"site.yml\") and its law, like 'law: Уголовный кодекс, статья \(article)'" }
        let none = { (article: String) in ": no charge's law in site.yml gives article \(article)" }
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:3: error: 'ст. 174 УК РК' is not one of the site's charges\(none("174")) \(allowed))\(add("ст. 174 УК РК", "174")); the same on rows 3, 4, 5, 6, 7 and 6 more (12 rows in all)",
            "sheet.csv:14:2: error: 'detaned' is not one of the site's statuses; did you mean 'detained'? (allowed: investigation, detained, trial, sentenced, appeal, serving, released, acquitted, closed, died-in-custody); the same on row 15 (2 rows in all)",
            "sheet.csv:14:3: error: 'ст. 274' is not one of the site's charges\(none("274")) \(allowed))\(add("ст. 274", "274")); the same on row 15 (2 rows in all)",
        ])
        #expect(outcome.exitStatus == 1)
    }

    /// A message that names a column names it as the sheet heads it too: "give the row
    /// another case_title" pointed at no column of a sheet headed "Дело".
    @Test func aMessageNamesAColumnAsTheSheetHeadsIt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("ru.csv", "Дело,Статус,ФИО,Ссылка\nДело блогера,detained,Иван Петров,https://example.org/ru\n")
        #expect(SpreadsheetImport.run(["ru.csv"], relativeTo: site.root, dryRun: false).diagnostics.isEmpty)
        // Imported again with another status: the case is kept, and the row told of.
        try site.write("ru.csv", "Дело,Статус,ФИО,Ссылка\nДело блогера,sentenced,Иван Петров,https://example.org/ru\n")
        let again = SpreadsheetImport.run(["ru.csv"], relativeTo: site.root, dryRun: true)
        let warning = try #require(again.diagnostics.first { $0.message.contains("status is") }?.message)
        #expect(warning.contains("another case_title ('Дело') if it is another case"), "\(warning)")
        #expect(!warning.contains("('Дело') ('Дело')"))
        // A sheet headed with the import's own names is told them as they are.
        try site.write("en.csv", "case_title,status,person_name,source_urls\nДело блогера,sentenced,Иван Петров,https://example.org/ru\n")
        let english = SpreadsheetImport.run(["en.csv"], relativeTo: site.root, dryRun: true)
        #expect(english.diagnostics.first { $0.message.contains("status is") }?.message.contains("another case_title if it is another case") == true)
    }

    /// Cells merged over a case's rows are saved on its first row only: each row below it
    /// was "the row has no case_title".
    @Test func rowsUnderACaseWhoseCellsWereMergedAreRowsOfThatCase() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let merged = ["case_title": "", "status": "", "court": "", "source_urls": "", "source_titles": "", "detention_date": ""]
        var rows = Self.lines([["case_title": "Group case"], merged.merging(["person_name": "Bob Second"]) { $1 },
                               merged.merging(["person_name": "Carl Third"]) { $1 }])
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.files.map(\.path).filter { $0.contains("/cases/") } == ["content/cases/group-case.md"])
        #expect(outcome.files.last?.text.contains("  - person: bob-second\n    role: defendant\n  - person: carl-third\n") == true)
        // A row that gives a case's cell of its own, or comes after an empty row, is no row of the case above.
        rows = Self.lines([["case_title": "Group case"], merged.merging(["person_name": "Bob Second", "status": "trial"]) { $1 }])
            + [""] + Self.lines([merged.merging(["person_name": "Carl Third"]) { $1 }])
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let apart = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(apart.diagnostics.map(\.description) == [
            "sheet.csv:3:1: error: the row has no case_title; if it is a row of the case on row 2 (its cells merged over both rows), leave its status, court, region and city empty too, else write its title",
            "sheet.csv:5:1: error: the row has no case_title",
        ])
        // A status or a name merged over rows of several cases: each row after the first lacks it.
        rows = Self.lines([["case_title": "Case A"], ["case_title": "Case B", "status": "", "person_name": "", "source_urls": "https://example.org/b"]])
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let unmerged = "above has one: a cell merged over several rows is saved on the first only; unmerge it and write the value on each row"
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "sheet.csv:3:2: error: the row has no status, and row 2 \(unmerged)",
            "sheet.csv:3:9: error: the row has no person_name, and row 2 \(unmerged)",
        ])
    }
}
