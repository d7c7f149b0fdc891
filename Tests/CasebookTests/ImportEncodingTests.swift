import Foundation
import Testing
@testable import CasebookKit

/// Spreadsheets as Excel, LibreOffice and Google Sheets save them with Russian and Kazakh
/// settings: Excel's plain "CSV" in Windows-1251 with semicolons (read; a '?' Excel wrote
/// for a Kazakh letter an error at its cell), Excel's "Unicode Text" (UTF-16, tabs: read),
/// another separator or a workbook given by mistake (told what to save), a header pasted
/// twice, and a sheet imported a second time.
@Suite struct ImportEncodingTests {
    typealias Sheet = SpreadsheetImportTests

    static func column(_ name: String) -> Int { ImportColumns.names.firstIndex(of: name)! + 1 }

    /// The rows, in the template's columns, joined by the separator (no cell holds it).
    static func table(_ rows: [[String: String]], separator: String = ";", lineEnd: String = "\r\n") -> String {
        ([ImportColumns.names] + rows.map { row in ImportColumns.names.map { row[$0] ?? "" } })
            .map { $0.joined(separator: separator) }.joined(separator: lineEnd) + lineEnd
    }

    static let russian: [String: String] = ["case_title": "Дело Петра Иванова", "status": "detained", "charges": "kz-cc-405",
                                            "detention_date": "2024-03-05", "person_name": "Пётр Иванов",
                                            "source_urls": "https://example.org/ivanov?id=1", "source_titles": "Отчёт «Иванов» — № 1"]

    /// Windows-1251 bytes of a text whose letters it has (`CSVText.marks` and А-я).
    static func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            if scalar.value < 0x80 { return UInt8(scalar.value) }
            if (0x0410...0x044F).contains(scalar.value) { return UInt8(scalar.value - 0x0410 + 0xC0) }
            return CSVText.marks.first { $0.value == scalar.value }!.key
        }
    }

    /// Every position is the same whatever ends the lines (LF, CRLF, a lone CR as old Mac
    /// Excel saves): a link column's cell, a byte that is not UTF-8, a quote never closed.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func positionsDoNotDependOnTheLineEnds(_ end: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let link = ImportEncodingTests.column("source_urls")
        let rows = [Self.russian, Self.russian.merging(["case_title": "Другое дело", "person_name": "Анна Сидорова", "source_urls": "ссылка"]) { $1 }]
        try site.write("link.csv", Self.table(rows, separator: ",", lineEnd: end))
        let head = "case_title,status,person_name,source_urls" + end + "A,detained,Ann One,https://example.org/a" + end
        try Data(Array((head + "B,detained,Bob Two,https://example.org/").utf8) + [0xE9] + Array(end.utf8)).write(to: site.root.appendingPathComponent("byte.csv"))
        try site.write("quote.csv", head + "B,detained,Bob Two,\"https://example.org/b" + end)
        let outcome = SpreadsheetImport.run(["link.csv", "byte.csv", "quote.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map { "\($0.file):\($0.position.line):\($0.position.column)" } == ["byte.csv:3:4", "link.csv:3:\(link)", "quote.csv:3:4"])
    }

    @Test func excelsPlainCSVInWindows1251IsRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Data(Self.windows1251(Self.table([Self.russian]))).write(to: site.root.appendingPathComponent("cp1251.csv"))
        let outcome = SpreadsheetImport.run(["cp1251.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
        let text = try #require(outcome.files.first { $0.path == "content/cases/delo-petra-ivanova.md" }?.text)
        #expect(text.contains("title: Дело Петра Иванова\n"))
        #expect(text.contains("title: \"Отчёт «Иванов» — № 1\"\n"))
        #expect(outcome.files.first { $0.path == "content/people/pyotr-ivanov.md" }?.text.contains("name: Пётр Иванов\n") == true)
    }

    /// Excel saves Kazakh letters, which Windows-1251 lacks, as '?': `?амбарова` was a new person.
    @Test func aQuestionMarkInAWindows1251FileIsALostLetterAtItsCell() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var row = Self.russian
        row["person_name"] = "?сел ?амбарова"  // Әсел Қамбарова
        row["case_title"] = "Дело ?амбаровой"
        try Data(Self.windows1251(Self.table([row]))).write(to: site.root.appendingPathComponent("kazakh.csv"))
        let outcome = SpreadsheetImport.run(["kazakh.csv"], relativeTo: site.root, dryRun: true)
        let advice = "perhaps a lost letter: the file is saved in Windows-1251 (\"CSV\" with Russian or Kazakh settings), which has no letters Ә Ғ Қ Ң Ө Ұ Ү Һ and saves a '?' for each; save the spreadsheet as \"CSV UTF-8\", which keeps every letter"
        // The address's '?' starts its query: not reported. The cells are not quoted, and the
        // rows not read further: a protected name with a letter lost is no name LeakMask knows.
        #expect(outcome.diagnostics.map(\.description) == [
            "kazakh.csv:2:\(Self.column("case_title")): error: the cell has '?' at character 6, \(advice)",
            "kazakh.csv:2:\(Self.column("person_name")): error: the cell has '?' at character 1, \(advice)",
        ])
        try site.write("content/people/person-q.md", "---\nname: Әсел Қамбарова\nprotect: initials\n---\n")
        row["status"] = "detaned"
        try Data(Self.windows1251(Self.table([row]))).write(to: site.root.appendingPathComponent("kazakh.csv"))
        let masked = SpreadsheetImport.run(["kazakh.csv"], relativeTo: site.root, dryRun: true)
        #expect(masked.diagnostics.count == 2 && !masked.diagnostics.contains { $0.message.contains("амбаров") }, "\(masked.diagnostics.map(\.description))")
        #expect(!outcome.succeeded)
    }

    /// Latin-1's `é` and KOI8-R's Cyrillic read as Windows-1251 letters that look right and
    /// are not: refused at the first byte, as before.
    @Test func latin1AndKOI8AreNotTakenForWindows1251() throws {
        let latin1 = Array("Ren".utf8) + [0xE9] + Array("e Latin;".utf8) + Self.windows1251("Дело Иванова")  // Renée
        #expect(CSVText.windows1251(ArraySlice(latin1)) == nil)
        let koi8: [UInt8] = [0xE9, 0xD7, 0xC1, 0xCE, 0x20, 0xF0, 0xC5, 0xD4, 0xD2, 0xCF, 0xD7]  // Иван Петров
        #expect(CSVText.windows1251(ArraySlice(koi8)) == nil)
        #expect(CSVText.windows1251(ArraySlice(Self.windows1251("Иван Петров"))) == "Иван Петров")
        let firm = "Дело директора ООО «ТехноСтрой» Ивана Петрова о мошенничестве в особо крупном размере"
        #expect(CSVText.windows1251(ArraySlice(Self.windows1251(firm))) == firm)
        // UTF-8 with one stray byte: its Cyrillic letters' second bytes are no Russian marks.
        #expect(CSVText.windows1251(ArraySlice(Array("Дело Петрова;".utf8) + [0xE9])) == nil)
    }

    @Test func excelsUnicodeTextInUTF16WithTabsIsRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var row = Self.russian
        row["person_name"] = "Әсел Қамбарова"
        let text = Self.table([row], separator: "\t")
        try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: site.root.appendingPathComponent("unicode.txt"))
        try site.write("tabs.csv", Self.table([row], separator: "\t", lineEnd: "\n"))
        // Without a byte order mark, as some programs save it: the header's zero bytes tell.
        try Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }).write(to: site.root.appendingPathComponent("unmarked.txt"))
        for file in ["unicode.txt", "tabs.csv", "unmarked.txt"] {
            let outcome = SpreadsheetImport.run([file], relativeTo: site.root, dryRun: true)
            #expect(outcome.diagnostics.isEmpty, "\(file): \(outcome.diagnostics.map(\.description))")
            #expect(outcome.files.contains { $0.path == "content/people/asel-qambarova.md" && $0.text.contains("name: Әсел Қамбарова\n") })
        }
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).write(to: site.root.appendingPathComponent("broken.txt"))
        #expect(SpreadsheetImport.run(["broken.txt"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "broken.txt:1:1: error: the file starts as UTF-16 text (Excel's \"Unicode Text\") but is not UTF-16 throughout; save the spreadsheet as \"CSV UTF-8\"",
        ])
    }

    /// `sep=;` above the header (written for Excel, which hides it) was a header of one column.
    @Test func aSepLineAboveTheHeaderNamesTheSeparator() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var bad = Self.russian
        bad["status"] = "detaned"
        try site.write("sep.csv", "sep=;\r\n" + Self.table([Self.russian, bad.merging(["case_title": "Other"]) { $1 }]))
        let outcome = SpreadsheetImport.run(["sep.csv"], relativeTo: site.root, dryRun: true)
        // Rows counted as Excel shows them: the header is row 1.
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.description.hasPrefix("sep.csv:3:2: error: 'detaned' is not one of the site's statuses") == true)
    }

    /// `сase_title` typed with a Cyrillic с was "unknown column; did you mean 'case_title'?"
    /// and "the header has no column 'case_title'": two messages, neither saying why.
    @Test func aHeaderNameWithALookAlikeLetterSaysWhichLetter() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", "\u{441}ase_title," + ImportColumns.names.dropFirst().joined(separator: ",") + "\n" + Sheet.row(Sheet.base) + "\n")
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "sheet.csv:1:1: error: '\u{441}ase_title' has U+0441 CYRILLIC SMALL LETTER ES at character 1, which looks like Latin 'c'; type it again in Latin letters",
        ])
    }

    /// A header joined by '|' or spaces was one unknown column and four missing ones.
    @Test func anotherSeparatorOrAWorkbookIsToldWhatToSave() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("pipe.csv", Self.table([Sheet.base], separator: "|"))
        try site.write("spaces.csv", ImportColumns.names.joined(separator: " ") + "\n")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x87]).write(to: site.root.appendingPathComponent("cases.xlsx"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00]).write(to: site.root.appendingPathComponent("cases.csv"))
        let outcome = SpreadsheetImport.run(["pipe.csv", "spaces.csv", "cases.xlsx", "cases.csv"], relativeTo: site.root, dryRun: true)
        let save = "which the import does not read: save the spreadsheet with commas, semicolons or tabs between the cells (LibreOffice: \"Text CSV\", field delimiter ',' or ';')"
        let how = "open it and save it as CSV (Excel: File > Save As > \"CSV UTF-8 (Comma delimited)\"; LibreOffice: File > Save As > \"Text CSV\", character set \"Unicode (UTF-8)\"; Google Sheets: File > Download > \"Comma-separated values\")"
        #expect(outcome.diagnostics.map(\.description) == [
            "cases.csv:1:1: error: is an Excel 97-2003 workbook (.xls), not CSV text: \(how)",
            "cases.xlsx:1:1: error: is a workbook (.xlsx or .ods), not CSV text: \(how)",
            "pipe.csv:1:1: error: the header's cells are separated by '|', \(save)",
            "spaces.csv:1:1: error: the header's cells are separated by spaces, \(save)",
        ])
        #expect(outcome.exitStatus == 2)
    }

    @Test func aRepeatedHeaderIsSkippedAndOneInAnotherOrderIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var second = Sheet.base
        second["case_title"] = "Another case"
        second["source_urls"] = "https://example.org/another"
        let header = ImportColumns.names.map { " " + $0.uppercased() }.joined(separator: ",") + ",,"
        try site.write("pasted.csv", [Sheet.header, Sheet.row(Sheet.base), header, Sheet.row(second)].joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["pasted.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == ["pasted.csv:3:1: warning: row 3 repeats the header (as sheets pasted one under another do); it is skipped"])
        #expect(outcome.files.filter { $0.path.hasPrefix("content/cases/") }.count == 2)
        let reordered = ImportColumns.names.reversed().joined(separator: ",")
        try site.write("reordered.csv", [Sheet.header, Sheet.row(Sheet.base), reordered].joined(separator: "\n") + "\n")
        #expect(SpreadsheetImport.run(["reordered.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "reordered.csv:3:1: error: row 3 is a header with its columns in another order than row 1's, and the rows below it would be read in row 1's columns: put them in row 1's order, or save them as another file",
        ])
    }

    /// A title over the table made its first row the header: an unknown column, four missing.
    @Test func aTitleAboveTheHeaderIsToldToBeDeleted() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("titled.csv", "Список дел на 01.03.2024;;\n;;\n" + Self.table([Self.russian], lineEnd: "\n"))
        try site.write("bare.csv", "Список дел на 01.03.2024\n\n" + Self.table([Self.russian], lineEnd: "\n"))
        #expect(SpreadsheetImport.run(["titled.csv", "bare.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "bare.csv:3:1: error: row 3 is the header, and the rows above it are not: delete them (a title over the table), so that the header is row 1",
            "titled.csv:3:1: error: row 3 is the header, and the rows above it are not: delete them (a title over the table), so that the header is row 1",
        ])
    }

    /// A second import said "the row has no status" on every later row of a case imported
    /// before; now its rows are left out, the case listed once with all of them.
    @Test func aSecondImportKeepsTheCaseAndListsEachOfItsRows() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var second = Sheet.base
        second["status"] = ""
        second["person_name"] = "Bob Second"
        try site.write("sheet.csv", [Sheet.header, Sheet.row(Sheet.base), Sheet.row(second)].joined(separator: "\n") + "\n")
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false).succeeded)
        let again = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
        #expect(again.kept.map { "\($0.path) (\($0.rows))" } == ["content/cases/blogger-detained-over-a-post.md (sheet.csv rows 2, 3)"])
    }
}
