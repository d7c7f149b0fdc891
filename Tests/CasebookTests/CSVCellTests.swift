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
    }
}
