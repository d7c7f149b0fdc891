import Foundation
import Testing
@testable import CasebookKit

/// Cells that imported as something else without a word: a quote inside a quoted cell not
/// written twice, a control character (reported at a file never written, and only once the
/// other rows were right), a source_urls cell holding two addresses or a space. Each is an
/// error at its row and column, in the same run as every other.
@Suite struct ImportCellTests {
    typealias Sheet = SpreadsheetImportTests

    static func column(_ name: String) -> Int { ImportColumns.names.firstIndex(of: name)! + 1 }

    /// The base row with these cells written as they are (no quoting added).
    static func raw(_ values: [String: String]) -> String {
        ImportColumns.names.map { name in
            if let value = values[name] { return value }
            let value = Sheet.base[name] ?? ""
            return value.contains(",") ? "\"\(value)\"" : value
        }.joined(separator: ",")
    }

    @Test func aQuoteInsideAQuotedCellNotWrittenTwiceIsAnErrorAtTheCell() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let rows = [
            Self.raw(["case_title": #""Case of the "Koshe" party""#, "source_titles": #""Report "Kadyr" on it""#]),
            // The separator between its quotes stays in the cell: no "the row has 18 cells" too.
            Self.raw(["case_title": #""He said "hi, there" in court""#, "person_name": "Bob Two", "source_urls": "https://example.org/2"]),
            // Written twice, as spreadsheets save it: the quotes are the cell's.
            Self.raw(["case_title": #""The ""Koshe"" case""#, "person_name": "Bob Three", "source_urls": "https://example.org/3"]),
        ]
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let t = Self.column("case_title"), s = Self.column("source_titles")
        let advice = #"the cell is in quotes, and a quote inside it is not written twice; write each quote inside as '""', like "#
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(t): error: \(advice)\"Case of the \"\"Koshe\"\" party\"",
            "sheet.csv:2:\(s): error: \(advice)\"Report \"\"Kadyr\"\" on it\"",
            "sheet.csv:3:\(t): error: \(advice)\"He said \"\"hi, there\"\" in court\"",
        ])
        #expect(!outcome.succeeded)
        // A cell's closing quote followed by a space, as before: the quote closes it.
        guard case .success(let table) = CasebookKit.CSVRows.read(Array("a,b\n\"x\" ,\"y\"\n".utf8)) else { Issue.record("not read"); return }
        #expect(table.rows.map(\.fields) == [["x ", "y"]])
        #expect(table.strayQuotes.isEmpty)
    }

    @Test func aControlCharacterIsReportedAtItsCellWithTheOtherRowsProblems() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try ImportRowsTests.write(site, [
            ["case_title": "Case Ctrl", "region": "Almaty\u{7}", "person_name": "Anna One\u{1B}[31m\u{1B}"],
            ["case_title": "Case Bad", "status": "detaned", "person_name": "Bob Two"],
        ])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let r = Self.column("region"), p = Self.column("person_name"), st = Self.column("status")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(r): error: 'Almaty\\u{7}' has U+0007 (BEL, a control character) at character 7, which is not allowed in text; delete it",
            "sheet.csv:2:\(p): error: 'Anna One\\u{1B}[31m\\u{1B}' has U+001B (ESC, a control character) at character 9, which is not allowed in text; delete it (1 more after it in the cell)",
            "sheet.csv:3:\(st): error: 'detaned' is not one of the site's statuses; did you mean 'detained'? (allowed: investigation, detained, trial, sentenced, appeal, serving, released, acquitted, closed, died-in-custody)",
        ])
    }

    @Test func aSourceCellHoldingTwoAddressesOrASpaceIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try ImportRowsTests.write(site, [
            ["case_title": "Case K", "source_urls": "https://a.example.org/x\nhttps://b.example.org/y", "source_titles": "A; B"],
            ["case_title": "Case L", "source_urls": "https://a.example.org/l, https://b.example.org/l", "source_titles": ""],
            ["case_title": "Case M", "source_urls": "https://a.example.org/m https://b.example.org/m", "source_titles": "Title M"],
            ["case_title": "Case N", "source_urls": "https://a.example.org/n,HTTPS://b.example.org/n", "source_titles": ""],
            ["case_title": "Case O", "source_urls": "https://exa mple.org/; https://example.org/a b", "source_titles": ""],
            // A comma inside an address is the address's.
            ["case_title": "Case P", "source_urls": "https://example.org/a,b", "source_titles": ""],
        ])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let u = Self.column("source_urls"), t = Self.column("source_titles")
        let semicolons = "separate addresses with semicolons, like"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(u): error: 'https://a.example.org/x\\nhttps://b.example.org/y' is 2 addresses separated by a line break: \(semicolons) 'https://a.example.org/x; https://b.example.org/y'",
            "sheet.csv:3:\(u): error: 'https://a.example.org/l, https://b.example.org/l' is 2 addresses separated by a comma: \(semicolons) 'https://a.example.org/l; https://b.example.org/l'",
            "sheet.csv:4:\(u): error: 'https://a.example.org/m https://b.example.org/m' is 2 addresses separated by a space: \(semicolons) 'https://a.example.org/m; https://b.example.org/m'",
            "sheet.csv:4:\(t): error: 1 title for 2 addresses: give one title per address, separated by semicolons",
            "sheet.csv:5:\(u): error: 'https://a.example.org/n,HTTPS://b.example.org/n' is 2 addresses separated by a comma: \(semicolons) 'https://a.example.org/n; HTTPS://b.example.org/n'",
            "sheet.csv:6:\(u): error: 'https://exa mple.org/' has a space in its host at character 12: a host has no spaces; delete it",
            "sheet.csv:6:\(u): error: 'https://example.org/a b' has a space at character 22: an address has no spaces; write one as %20",
        ])
        // None of them is also "no row of the case gives a source address".
        #expect(!outcome.diagnostics.contains { $0.message.contains("gives a source") })
        let fine = outcome.diagnostics.filter { $0.position.line == 7 }
        #expect(fine.isEmpty, "\(fine)")
    }

    /// A name written "Иван\r\nИванов" (a line break typed in the cell) was a name of two
    /// lines with a carriage return in it, and "Иван Иванов" on a later row only its alias.
    @Test func aLineBreakInACellIsASpaceExceptBetweenAddresses() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let rows = [
            Self.raw(["case_title": "\"Case of\r\nIvan Ivanov\"", "person_name": "\"Ivan\r\n Ivanov\"", "source_titles": "\"A report\nin two lines\""]),
            Self.raw(["case_title": "Case of Ivan Ivanov", "person_name": "Petr Petrov", "status": "", "source_urls": "", "source_titles": ""]),
            Self.raw(["case_title": "Another case", "person_name": "Ivan Ivanov", "source_urls": "https://example.org/other"]),
        ]
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\r\n") + "\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
        #expect(outcome.files.first { $0.path == "content/people/ivan-ivanov.md" }?.text == "---\nname: Ivan Ivanov\n---\n")
        let text = try #require(outcome.files.first { $0.path == "content/cases/case-of-ivan-ivanov.md" }?.text)
        #expect(text.hasPrefix("---\ntitle: Case of Ivan Ivanov\n"))
        #expect(text.contains("    title: A report in two lines\n"))
        // In a list, one item a line: the line break separates them, as a semicolon does.
        try site.write("lists.csv", Sheet.header + "\n" + Self.raw(["charges": "\"kz-cc-405\nkz-cc1997-164\"", "other_spellings": "\"Айгерим Тестова\r\nAigerim Testowa\""]) + "\n")
        let lists = SpreadsheetImport.run(["lists.csv"], relativeTo: site.root, dryRun: true)
        #expect(lists.diagnostics.isEmpty, "\(lists.diagnostics.map(\.description))")
        #expect(lists.files.first { $0.path == "content/people/aigerim-testova.md" }?.text.contains("aliases: [Айгерим Тестова, Aigerim Testowa]\n") == true)
        #expect(lists.files.first { $0.path.hasPrefix("content/cases/") }?.text.contains("charges: [kz-cc-405, kz-cc1997-164]\n") == true)
        // Separated by a comma, charges are told to be separated by semicolons.
        try site.write("commas.csv", Sheet.header + "\n" + Self.raw(["charges": "\"kz-cc-405, KZ-CC1997-164\""]) + "\n")
        #expect(SpreadsheetImport.run(["commas.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "commas.csv:2:\(Self.column("charges")): error: 'kz-cc-405, KZ-CC1997-164' is 2 charges separated by a comma: separate charges with semicolons, like 'kz-cc-405; KZ-CC1997-164'",
        ])
        // Between addresses a line break is still the error that shows them with semicolons.
        try site.write("urls.csv", Sheet.header + "\n" + Self.raw(["source_urls": "\"https://example.org/a\nhttps://example.org/b\""]) + "\n")
        let urls = SpreadsheetImport.run(["urls.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description)
        #expect(urls.first?.contains("'https://example.org/a\\nhttps://example.org/b' is 2 addresses separated by a line break") == true, "\(urls)")
    }

    /// A linked cell saved as its text ("ссылка"), an address without https://, a hyperlink
    /// formula: each said only "is not an http or https address", the formula twice, cut at its ';'.
    @Test func anAddressWithoutItsSchemeOrALinksTextSaysWhatToWrite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let cells = ["ссылка", "www.example.org/news/1", "\"=HYPERLINK(\"\"https://example.org/x\"\";\"\"Отчёт\"\")\"", "ftp://example.org/y"]
        let rows = cells.enumerated().map { Self.raw(["case_title": "Case \($0.offset)", "person_name": "Person \($0.offset)x", "source_urls": $0.element, "source_titles": ""]) }
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let u = Self.column("source_urls")
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "sheet.csv:2:\(u): error: 'ссылка' is not an http or https address: the cell holds a word, perhaps the text of a link, which a spreadsheet saves instead of its address; write the address itself (https://…)",
            "sheet.csv:3:\(u): error: 'www.example.org/news/1' is not an http or https address; write it with its scheme, like 'https://www.example.org/news/1'",
            "sheet.csv:4:\(u): error: '=HYPERLINK(\"https://example.org/x\";\"Отчёт\")' is a formula, not an address: write the address itself, like 'https://example.org/x'",
            "sheet.csv:5:\(u): error: 'ftp://example.org/y' is not an http or https address",
        ])
    }

    /// `Ivan\u{A0}Ivanov` was the name, `Ivan  Ivanov` on a later row its alias, and
    /// `Almaty  Region` a region apart from `Almaty Region`.
    @Test func aRunOfSpacesOrANoBreakSpaceIsOneSpace() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let rows = [
            Self.raw(["case_title": "Case\u{A0} One", "person_name": "Ivan\u{A0}Ivanov", "region": "Almaty  Region", "source_titles": "A\u{2009}report"]),
            Self.raw(["case_title": "Case Two", "person_name": "Ivan  Ivanov", "region": "Almaty Region", "source_urls": "https://example.org/two"]),
        ]
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
        #expect(outcome.files.first { $0.path == "content/people/ivan-ivanov.md" }?.text == "---\nname: Ivan Ivanov\n---\n")
        let one = try #require(outcome.files.first { $0.path == "content/cases/case-one.md" }?.text)
        #expect(one.hasPrefix("---\ntitle: Case One\n") && one.contains("region: Almaty Region\n") && one.contains("    title: A report\n"), "\(one)")
        // A vertical tab is white space to Swift, and still a control character at its cell.
        try site.write("vt.csv", Sheet.header + "\n" + Self.raw(["person_name": "Ivan\u{0B}Ivanov"]) + "\n")
        #expect(SpreadsheetImport.run(["vt.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "vt.csv:2:\(Self.column("person_name")): error: 'Ivan\\u{B}Ivanov' has U+000B (VT, a control character) at character 5, which is not allowed in text; delete it",
        ])
    }

    /// A court or person named "Null" made the id `null`, written plain: YAML read `court: null`
    /// as no court (the case lost it without a word) and `person: null` as no person.
    @Test func aNameThatMakesTheIdNullIsWrittenAsThatId() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", [Sheet.header, Sheet.row(["case_title": "Null case", "status": "detained", "court": "Null",
            "person_name": "Null", "source_urls": "https://example.org/null"]), Sheet.row(["case_title": "Null case", "person_name": "Bob Two"])]
            .joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        let text = try site.read("content/cases/null-case.md")
        #expect(text.contains("court: \"null\"\n") && text.contains("  - person: \"null\"\n"))
        #expect(site.build().exitStatus == 0)
        // The case's page links its court and its person.
        let page = try String(contentsOf: site.output.appendingPathComponent("cases/null-case/index.html"), encoding: .utf8)
        #expect(page.contains("organizations/null/") && page.contains("people/null/"))
    }

    /// A cell whose formula failed is saved as its error: a person "#ЗНАЧ!" (`znach.md`) and a
    /// court "#REF!" were made without a word.
    @Test func aFormulasErrorIsAnErrorAtItsCell() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", [Sheet.header, Sheet.row(["case_title": "Case A", "status": "#N/A", "court": "#REF!", "detention_date": "#Н/Д",
            "person_name": " #ЗНАЧ! ", "region": "Err:502", "source_urls": "https://example.org/a"])].joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let failed = "is the error a spreadsheet shows for a formula that failed, not a value: correct the formula, or write the value in the cell, and save the spreadsheet again"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:2: error: '#N/A' \(failed)", "sheet.csv:2:3: error: '#REF!' \(failed)", "sheet.csv:2:4: error: 'Err:502' \(failed)",
            "sheet.csv:2:7: error: '#Н/Д' \(failed)", "sheet.csv:2:9: error: '#ЗНАЧ!' \(failed)",
        ])
        // A title or name that only holds such a sign is no error.
        try site.write("sheet.csv", [Sheet.header, Sheet.row(Sheet.base.merging(["case_title": "Case #N/A 5", "person_name": "Anna #REF"]) { $1 })].joined(separator: "\n") + "\n")
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true).diagnostics.isEmpty)
    }

    /// A case's row listing all its defendants in one cell, one a line (Alt+Enter) or separated
    /// by semicolons or commas, made one person of them all.
    @Test func aNameCellListingSeveralPeopleIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let rows = [
            Self.raw(["person_name": "\"Иванов Иван\r\nПетров Петр\""]),
            Self.raw(["case_title": "B", "person_name": "Иванов И.; Петров П.", "source_urls": "https://example.org/b"]),
            Self.raw(["case_title": "C", "person_name": "\"Иванов И., Петров П., Сидоров С.\"", "source_urls": "https://example.org/c"]),
            // One name: wrapped over two lines, or surname first with a comma.
            Self.raw(["case_title": "D", "person_name": "\"Мухтар Кабулович\nАблязов\"", "source_urls": "https://example.org/d"]),
            Self.raw(["case_title": "E", "person_name": "\"Лесова, Назира\"", "person_id": "lesova-n", "source_urls": "https://example.org/e"]),
        ]
        try site.write("sheet.csv", ([Sheet.header] + rows).joined(separator: "\r\n") + "\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let p = Self.column("person_name")
        let advice = "one row names one person: give each a row of their own (the case's cells may stay empty on them, as merged cells leave them)"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(p): error: 'Иванов Иван\\r\\nПетров Петр' is 2 names, one a line; \(advice), or write one name on one line",
            "sheet.csv:3:\(p): error: 'Иванов И.; Петров П.' is 2 names separated by semicolons; \(advice)",
            "sheet.csv:4:\(p): error: 'Иванов И., Петров П., Сидоров С.' is 3 names separated by commas; \(advice)",
        ])
    }

    /// U+FFFE in a cell made files YAML cannot read: reported at each file to be made ("could
    /// not be read as text"), not at the cell.
    @Test func aNoncharacterIsAnErrorAtItsCell() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", [Sheet.header, Sheet.row(Sheet.base.merging(["case_title": "Case \u{FFFE}A"]) { $1 })].joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:1: error: the cell has U+FFFE (a noncharacter, which no text file of the archive may hold) at character 6; delete it",
        ])
    }
}
