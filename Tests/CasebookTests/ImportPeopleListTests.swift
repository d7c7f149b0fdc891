import Foundation
import Testing
@testable import CasebookKit

/// A list of political prisoners, one row per person and no case column, was told only
/// "the header has no column 'case_title'".
@Suite struct ImportPeopleListTests {
    @Test func aListOfPeopleWithoutCasesIsToldToTitleTheirCases() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("list.csv", "ФИО;Статус;Статья;Источник\r\nИван Петров;sentenced;kz-cc-405;https://example.org/a\r\n")
        let outcome = SpreadsheetImport.run(["list.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "list.csv:1:1: error: the header has no column 'case_title', which every case needs: a row is a person in a case, and a list of people without their cases (one row per person) "
                + "needs a column 'case_title' (or 'Дело', 'Іс') with the title of each person's case (rows of one case share its title; a person in two cases has a row in each); the import does not title cases after people",
        ])
        #expect(outcome.files.isEmpty)
    }
}
