import Testing
@testable import CasebookKit

/// Every first character a spreadsheet could run as a formula gets the same apostrophe.
@Suite struct CSVCellTests {
    @Test(arguments: ["=", "+", "-", "@", "\t", "\r", "\u{0}"])
    func formulaStartsAreNeutralised(_ first: String) {
        let field = CSVTable.field(first + "SUM(A1)")
        let quoted = first == "\r"
        #expect(field == (quoted ? "\"'" : "'") + first + "SUM(A1)" + (quoted ? "\"" : ""))
    }

    @Test func otherCellsAreLeftAlone() {
        #expect(CSVTable.field("SUM(A1)") == "SUM(A1)")
        #expect(CSVTable.field("x\u{0}=1") == "x\u{0}=1")
        #expect(CSVTable.field("") == "")
        #expect(CSVTable.field("'quoted") == "'quoted")
        #expect(CSVTable.field("'") == "'")
    }

    /// A value that starts with an apostrophe before a formula start was written as it is,
    /// and taking the guard off (a spreadsheet, `casebook import`) turned `'=x` into `=x`.
    @Test func anApostropheBeforeAFormulaStartGetsAnother() {
        #expect(CSVTable.field("'=x") == "''=x")
        #expect(CSVTable.field("'-5, or so") == "\"''-5, or so\"")
        let row = ImportRow(CasebookKit.CSVRows.Row(number: 2, fields: ["''=x", "'=x", "'x"]), columns: ["a": 0, "b": 1, "c": 2], file: "t.csv")
        #expect(row.cell("a") == "'=x" && row.cell("b") == "=x" && row.cell("c") == "'x")
    }
}
