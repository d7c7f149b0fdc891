import Foundation
import Testing
@testable import CasebookKit

/// What a case's rows add up to: a retitled case imported again is refused, a later row's
/// spellings and source titles are kept or reported (never dropped), events name people and
/// cite their own row's sources, a case needs a source on one row, not on each, and a row's
/// mistake is not reported again on the case's other rows.
@Suite struct ImportRowsTests {
    typealias Sheet = SpreadsheetImportTests

    static func write(_ site: SiteFixture, _ rows: [[String: String]]) throws {
        let lines = rows.map { values in Sheet.row(Sheet.base.merging(values) { $1 }) }
        try site.write("sheet.csv", ([Sheet.header] + lines).joined(separator: "\n") + "\n")
    }

    static func column(_ name: String) -> Int { ImportColumns.names.firstIndex(of: name)! + 1 }

    @Test func aCaseRetitledSinceItsImportIsFoundByItsIDOrItsSource() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.write(site, [["case_title": "Case One", "source_urls": "https://example.org/one"]])
        #expect(SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false).succeeded)
        try site.replace("content/cases/case-one.md", "title: Case One", with: "title: Case One (edited)")
        let again = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
        #expect(again.files.isEmpty && again.kept.map(\.path) == ["content/cases/case-one.md"])
        // Retitled and a new title in the sheet: the address it cites still tells.
        try Self.write(site, [["case_title": "Case One, in other words", "source_urls": "https://example.org/one/"]])
        let third = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(third.diagnostics.map(\.description) == [
            "sheet.csv:2:\(Self.column("source_urls")): error: the archive has this case already: content/cases/case-one.md cites 'https://example.org/one/' too; remove the row, or, if it is another case this source also reports, leave the address out here and add the source to the case file after importing",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/case-one-2.md").path))
    }

    @Test func laterRowsSpellingsAreKeptAndConflictingSourceTitlesReported() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.write(site, [
            ["case_title": "Case A", "person_name": "Aigerim Testova", "other_spellings": "Aigerim T."],
            ["case_title": "Case B", "person_name": "Айгерим Тестова", "other_spellings": "Aygerim Testova; Aigerim T."],
            ["case_title": "Case B", "person_name": "Nazira Lesova", "other_spellings": "Nazira L."],
        ])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:4:\(Self.column("other_spellings")): warning: 'Nazira L.' not added: an import never changes people/nazira-lesova.md; add them to its aliases by hand",
        ])
        #expect(outcome.files.first?.text == "---\nname: Aigerim Testova\naliases: [Aigerim T., Айгерим Тестова, Aygerim Testova]\n---\n")
        // The warning leaves its row in: Nazira Lesova is in case B.
        #expect(outcome.files.last?.text.contains("  - person: nazira-lesova\n") == true)

        try Self.write(site, [
            ["case_title": "Case A", "source_urls": "https://example.org/a", "source_titles": "First title"],
            ["case_title": "Case A", "person_name": "Other Person", "source_urls": "https://example.org/a", "source_titles": "Second title"],
        ])
        let titles = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(titles.diagnostics.map(\.description) == [
            "sheet.csv:3:\(Self.column("source_titles")): error: the source 'https://example.org/a' is titled 'First title' on row 2 and 'Second title' here; write the same title, or leave it empty",
        ])
    }

    @Test func eventsNamePeopleAndCiteTheirOwnRowsSources() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/people/secret.md", "---\nname: Zhanar Sekretova\nprotect: initials\n---\n")
        try Self.write(site, [
            ["case_title": "Case A", "person_name": "Anna One", "detention_date": "2024-01-02",
             "source_urls": "https://example.org/a", "source_titles": "About Anna"],
            ["case_title": "Case A", "person_name": "Zhanar Sekretova", "detention_date": "2024-01-03",
             "source_urls": "https://example.org/z", "source_titles": "About Zhanar"],
        ])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        let text = try site.read("content/cases/case-a.md")
        #expect(text.contains("""
            events:
              - date: 2024-01-02
                type: detention
                summary: "Detained: Anna One"
                people: [anna-one]
                sources: [s1]
              - date: 2024-01-03
                type: detention
                summary: "Detained: Z. S."
                people: [secret]
                sources: [s2]

            """), "\(text)")
        #expect(site.build().exitStatus == 0)
    }

    /// Merged cells keep a case's source on its first row only.
    @Test func aCaseNeedsASourceOnOneOfItsRows() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.write(site, [
            ["case_title": "Case A", "person_name": "Anna One"],
            ["case_title": "Case A", "person_name": "Anna Two", "source_urls": "", "source_titles": ""],
            ["case_title": "Case B", "person_name": "Anna Three", "source_urls": "", "source_titles": ""],
            ["case_title": "Case B", "person_name": "Anna Four", "source_urls": "", "source_titles": ""],
        ])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:4:\(Self.column("source_urls")): error: no row of the case 'Case B' gives a source address; every case needs at least one source",
        ])
    }

    /// A row's own mistake is said once, at its cell, beside every other of the row: the
    /// case's later rows are still its rows (which may leave status and sources empty), and a
    /// title and a name that both make no id are both reported in the one run.
    @Test func aRejectedRowCausesNoErrorsOnOtherRows() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let later = ["status": "", "source_urls": "", "source_titles": ""]
        try Self.write(site, [
            ["case_title": "Дело блогеров", "detention_date": "5/3/2021", "person_name": "Иван Тестов"],
            later.merging(["case_title": "Дело блогеров", "detention_date": "2021-03-06", "person_name": "Пётр Тестов"]) { $1 },
            later.merging(["case_title": "Дело блогеров", "detention_date": "2021-03-07", "person_name": "Анна Тестова"]) { $1 },
            ["case_title": "李明案", "person_name": "李明", "source_urls": "https://example.org/b"],
            ["case_title": "Case Ftp", "status": "detaned", "person_name": "Bob Two", "source_urls": "ftp://example.org/x", "source_titles": ""],
            later.merging(["case_title": "Case Ftp", "person_name": "Bob Three"]) { $1 },
        ])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let statuses = "investigation, detained, trial, sentenced, appeal, serving, released, acquitted, closed, died-in-custody"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(Self.column("detention_date")): error: '5/3/2021' is not a date: with slashes the day may come first or the month (British or American settings); write YYYY-MM-DD, YYYY-MM or YYYY, like '2021-03-05' if the day comes first or '2021-05-03' if the month does",
            "sheet.csv:5:1: error: no id can be made from '李明案': it has no Latin, Cyrillic or Kazakh letters or digits",
            "sheet.csv:5:\(Self.column("person_name")): error: no id can be made from '李明': give one in person_id",
            "sheet.csv:6:\(Self.column("status")): error: 'detaned' is not one of the site's statuses; did you mean 'detained'? (allowed: \(statuses))",
            "sheet.csv:6:\(Self.column("source_urls")): error: 'ftp://example.org/x' is not an http or https address",
        ])
    }

    /// A Russian group's spreadsheet names statuses, roles and sentence types as its site
    /// shows them in Russian, and a key may be typed in capitals: both were refused.
    @Test func labelsInEveryLanguageOfTheSiteAndKeysInCapitalsAreRead() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.write("sheet.csv", """
            case_title,status,charges,person_name,role,sentence_type,sentence_years,source_urls,source_titles
            Новое дело проверки,Осуждён,KZ-CC-405,Иван Тестов,Обвиняемый,ограничение свободы,2,https://example.org/zz,Z

            """)
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty, "\(outcome.diagnostics.map(\.description))")
        let text = try String(contentsOf: site.content.appendingPathComponent("cases/novoe-delo-proverki.md"), encoding: .utf8)
        #expect(text.contains("status: sentenced"))
        #expect(text.contains("charges: [kz-cc-405]"))
        #expect(text.contains("role: defendant"))
        #expect(text.contains("type: freedom-limitation"))
    }

    /// `other_spellings` repeating the name, or a spelling twice, wrote them as aliases: the
    /// person's page gave their name as its own other spelling.
    @Test func otherSpellingsRepeatingTheNameAreNotAliases() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.write(site, [["person_name": "Anna Google", "other_spellings": "anna google; Anna G.; Anna G."]])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.files.first?.text == "---\nname: Anna Google\naliases: [Anna G.]\n---\n")
    }

    /// A Russian sheet for an archive whose site.yml labels its vocabularies in English only
    /// (as `casebook init` writes it): "Обвиняемый", "Осуждён", "лишение свободы" were each
    /// "not one of the site's" roles, statuses, sentence types.
    @Test func casebooksOwnLabelsInRussianAndKazakhAreRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.write(site, [["status": "Осуждён", "role": "Айыпталушы", "sentence_type": "лишение свободы", "sentence_years": "2"]])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
        let text = try #require(outcome.files.last?.text)
        #expect(text.contains("status: sentenced\n") && text.contains("    role: defendant\n") && text.contains("      - type: imprisonment\n"))
    }

    /// A new person's other spelling that is another person's name was made their alias
    /// without a word: the two could no longer be told apart by it.
    @Test func anOtherSpellingThatIsAnotherPersonsNameIsAWarning() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // On the row that makes the person, and on a later row of theirs.
        try Self.write(site, [["person_name": "Anna Clash", "other_spellings": "Назира Лесова; A. Clash"],
                              ["case_title": "Case B", "person_name": "Anna Clash", "other_spellings": "Lesova Nazira; Nazira Lesova", "source_urls": "https://example.org/b"]])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        let advice = "too: if this row's person is them, write 'nazira-lesova' in person_id; if not, the spelling will name two people (an import will ask which), so leave it out unless both are known by it"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(Self.column("other_spellings")): warning: 'Назира Лесова' is the name or an alias of people/nazira-lesova.md ('Nazira Lesova') \(advice)",
            "sheet.csv:3:\(Self.column("other_spellings")): warning: 'Nazira Lesova' is the name or an alias of people/nazira-lesova.md ('Nazira Lesova') \(advice)",
        ])
    }

    /// Two titles that differ only where an id does not (`Дело №1`, `Дело № 1`) made two case
    /// files, `delo-1` and `delo-1-2`, of what is most likely one case typed twice.
    @Test func twoTitlesThatMakeOneIdAreAskedAbout() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.write(site, [["case_title": "Дело №1"], ["case_title": "Дело № 1", "person_name": "Bob Two", "source_urls": "https://example.org/2"]])
        let outcome = SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:3:1: error: 'Дело № 1' makes the id of the case 'Дело №1' of row 2 ('delo-1'): if it is that case, write its title as row 2 does; if another, give it a title that makes another id",
        ])
    }
}
