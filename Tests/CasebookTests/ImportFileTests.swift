import Foundation
import Testing
@testable import CasebookKit

/// What is wrong with a spreadsheet file as a whole, said once and where: a byte that is not
/// UTF-8 at its row and column, empty columns a spreadsheet saved after the last; and the
/// count of files made in words that agree with it.
@Suite struct ImportFileTests {
    typealias Sheet = SpreadsheetImportTests

    @Test func aByteThatIsNotUTF8IsReportedAtItsRowAndColumn() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var bytes = Array((Sheet.header + "\n" + Sheet.row(Sheet.base) + "\n").utf8)
        var third = Sheet.base
        third["person_name"] = "Ren@e Latin"
        third["case_title"] = "Another, \"quoted\"\nover two lines"
        bytes += Array((Sheet.row(third) + "\n").utf8)
        let at = bytes.lastIndex(of: UInt8(ascii: "@"))!
        bytes[at] = 0xE9  // é in Latin-1, as Excel's plain "CSV" saves it
        try Data(bytes).write(to: site.root.appendingPathComponent("latin1.csv"))
        let outcome = SpreadsheetImport.run(["latin1.csv"], relativeTo: site.root, dryRun: true)
        let column = ImportColumns.names.firstIndex(of: "person_name")! + 1
        #expect(outcome.diagnostics.map(\.description) == [
            "latin1.csv:3:\(column): error: the byte 0xE9 here is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"",
        ])
    }

    @Test func emptyColumnsAfterTheLastAreIgnoredOrNamedOnce() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let count = ImportColumns.names.count
        try site.write("trailing.csv", Sheet.header + ",,\n" + Sheet.row(Sheet.base) + ",,\n")
        let ignored = SpreadsheetImport.run(["trailing.csv"], relativeTo: site.root, dryRun: true)
        #expect(ignored.diagnostics.isEmpty, "\(ignored.diagnostics)")
        #expect(ignored.files.count == 3)
        try site.write("filled.csv", Sheet.header + ",,\n" + Sheet.row(Sheet.base) + ",note,more\n")
        let filled = SpreadsheetImport.run(["filled.csv"], relativeTo: site.root, dryRun: true)
        #expect(filled.diagnostics.map(\.description) == [
            "filled.csv:1:\(count + 1): error: columns \(count + 1), \(count + 2) have no name in the header but cells below: name the columns, or delete them",
        ])
    }

    @Test func oneFileIsOneFile() {
        var outcome = SpreadsheetImport.Outcome()
        outcome.files = [("content/cases/a.md", "")]
        #expect(outcome.summary(dryRun: true) == "1 file would be made; nothing was written (--dry-run)")
        #expect(outcome.summary(dryRun: false) == "Imported: 1 file made. Run casebook check.")
        outcome.files.append(("content/cases/b.md", ""))
        #expect(outcome.summary(dryRun: false) == "Imported: 2 files made. Run casebook check.")
    }

    /// `import --template cases.csv` printed the template and exited 0: the file named was
    /// neither written nor read, and nothing said so.
    @Test func aFileBesideTemplateIsAUsageError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let run = try CommandRun.run(["import", "--template", "cases.csv"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: --template writes the template to standard output and reads no file: to save it, casebook import --template > cases.csv; to import 'cases.csv', leave --template out\n"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("cases.csv").path))
    }

    /// `casebook import .` was told to "replace it with a file or remove it": the current folder.
    @Test func aFolderIsToldToNameItsFiles() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("my sheets"), withIntermediateDirectories: true)
        let outcome = SpreadsheetImport.run(["my sheets"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == ["my sheets:1:1: error: is a folder; import reads CSV files: name them, as in casebook import 'my sheets/'*.csv"])
    }

    /// `import --format json` printed "would make …" after the JSON, on standard output: no
    /// JSON reader could read it.
    @Test func jsonOutputIsTheJSONAlone() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", [Sheet.header, Sheet.row(Sheet.base)].joined(separator: "\n") + "\n")
        let run = try CommandRun.run(["import", "--dry-run", "--format", "json", "sheet.csv"], in: site.root)
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["errors"] as? Int == 0)
        #expect(run.errors.contains("would make content/cases/blogger-detained-over-a-post.md\n"), "\(run.errors)")
    }

    /// A header alone, or with empty rows only, imported nothing and said "0 files would be made".
    @Test func aHeaderWithoutRowsIsAWarning() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("sheet.csv", Sheet.header + "\r\n,,,\r\n\r\n")
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:1:1: warning: the spreadsheet has a header and no rows under it (or only empty ones): nothing to import from it",
        ])
        #expect(outcome.succeeded && outcome.files.isEmpty)
    }

    /// A mistake in the first spreadsheet's rows left the second's unread: its mistakes came
    /// only in the next run.
    @Test func everySpreadsheetsRowsAreReadWhateverTheOthersHold() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("one.csv", [Sheet.header, Sheet.row(Sheet.base.merging(["status": "detaned"]) { $1 })].joined(separator: "\n") + "\n")
        try site.write("two.csv", [Sheet.header, Sheet.row(Sheet.base.merging(["case_title": "Other", "status": "sentencd"]) { $1 })].joined(separator: "\n") + "\n")
        let outcome = SpreadsheetImport.run(["one.csv", "two.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map { "\($0.file):\($0.position.line)" } == ["one.csv:2", "two.csv:2"])
    }
}
