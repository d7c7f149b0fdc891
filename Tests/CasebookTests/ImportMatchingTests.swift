import Foundation
import Testing
@testable import CasebookKit

/// Who a spreadsheet's row is: a name matches a file only when it is that file's name or
/// alias with case, accents and the script aside. A name search would take for another
/// ("Ana" for "Anna"), a person_id whose file has another name, an invisible character, a
/// party named as a court: each an error at its cell, nothing written, never a guess.
@Suite struct ImportMatchingTests {
    typealias Sheet = SpreadsheetImportTests

    /// The rows, each the base row with these values, imported (dry run) into `site`.
    static func run(_ site: SiteFixture, _ rows: [[String: String]]) throws -> SpreadsheetImport.Outcome {
        let lines = rows.map { values in Sheet.row(Sheet.base.merging(values) { $1 }) }
        try site.write("sheet.csv", ([Sheet.header] + lines).joined(separator: "\n") + "\n")
        return SpreadsheetImport.run(["sheet.csv"], relativeTo: site.root, dryRun: true)
    }

    static func column(_ name: String) -> Int { ImportColumns.names.firstIndex(of: name)! + 1 }

    @Test func namesSpelledOnlyAlikeAreNotMergedButReported() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let pairs = [("Anna Ivanova", "Ana Ivanova"), ("Алла Петрова", "Ала Петрова"), ("Marat Bek", "Marat Bekk")]
        var rows: [[String: String]] = []
        for (index, pair) in pairs.enumerated() {
            rows.append(["case_title": "Case \(index)a", "person_name": pair.0])
            rows.append(["case_title": "Case \(index)b", "person_name": pair.1])
        }
        rows.append(["case_title": "Case 3", "person_name": "Nazira Lessova"])  // the archive's Nazira Lesova
        let outcome = try Self.run(site, rows)
        let p = Self.column("person_name")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:3:\(p): error: 'Ana Ivanova' is not the name of people/anna-ivanova.md ('Anna Ivanova'), made from row 2, only spelled like it: if it is the same person, write 'anna-ivanova' in person_id; if another, write a new id in person_id (like 'ana-ivanova'), or change the name",
            "sheet.csv:5:\(p): error: 'Ала Петрова' is not the name of people/alla-petrova.md ('Алла Петрова'), made from row 4, only spelled like it: if it is the same person, write 'alla-petrova' in person_id; if another, write a new id in person_id (like 'ala-petrova'), or change the name",
            "sheet.csv:7:\(p): error: 'Marat Bekk' is not the name of people/marat-bek.md ('Marat Bek'), made from row 6, only spelled like it: if it is the same person, write 'marat-bek' in person_id; if another, write a new id in person_id (like 'marat-bekk'), or change the name",
            "sheet.csv:8:\(p): error: 'Nazira Lessova' is not the name of people/nazira-lesova.md ('Nazira Lesova'), only spelled like it: if it is the same person, write 'nazira-lesova' in person_id; if another, write a new id in person_id (like 'nazira-lessova'), or change the name",
        ])
        #expect(outcome.files.isEmpty)
    }

    /// What the message tells the editor to do works both ways; the script and accents still match.
    @Test func personIDSettlesALooseMatchAndTransliterationsStillMatch() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outcome = try Self.run(site, [
            ["case_title": "Case A", "person_name": "Anna Ivanova"],
            ["case_title": "Case B", "person_name": "Ana Ivanova", "person_id": "anna-ivanova"],
            ["case_title": "Case C", "person_name": "Ana Ivanova", "person_id": "ana-ivanova"],
            ["case_title": "Case D", "person_name": "НАЗИРА ЛЕСОВА"],
            ["case_title": "Case E", "person_name": "Nazíra Lesova"],
        ])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let people = outcome.files.map(\.path).filter { $0.contains("/people/") }
        #expect(people == ["content/people/anna-ivanova.md", "content/people/ana-ivanova.md"])
        let cases = outcome.files.filter { $0.path.contains("/cases/") }.map(\.text)
        #expect(cases.map { $0.contains("person: nazira-lesova") } == [false, false, false, true, true])
    }

    /// The ways Cyrillic is written in Latin letters meet; a letter more or less does not.
    @Test func theStrictKeyKeepsEveryLetterButNotTheSpelling() {
        for (a, b) in [("Айгерим Тестова", "Aigerim Testova"), ("Қамбарова", "Kambarova"), ("Ерлан", "Yerlan"),
                       ("Жанар", "Janar"), ("Халиков", "Khalikov"), ("NAZÍRA  lesova", "Назира Лесова")] {
            #expect(ImportNames.key(a) == ImportNames.key(b), "\(a) \(b)")
        }
        for (a, b) in [("Anna", "Ana"), ("Алла", "Ала"), ("Bek", "Bekk"), ("Lesova", "Lessova"), ("李明", "王明")] {
            #expect(ImportNames.key(a) != ImportNames.key(b), "\(a) \(b)")
        }
    }

    @Test func aPersonIDWhoseFileHasAnotherNameIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outcome = try Self.run(site, [
            ["case_title": "Case A", "person_name": "Talgat Ayan", "person_id": "nazira-lesova"],
            ["case_title": "Case B", "person_name": "Anna One", "person_id": "anna"],
            ["case_title": "Case C", "person_name": "Maria Two", "person_id": "anna"],
        ])
        let p = Self.column("person_name")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(p): error: 'Talgat Ayan' is not the name or an alias of people/nazira-lesova.md ('Nazira Lesova'): correct person_name or person_id, or add 'Talgat Ayan' to the file's aliases",
            "sheet.csv:4:\(p): error: 'Maria Two' is not the name or an alias of people/anna.md ('Anna One'), made from row 3: correct person_name or person_id",
        ])
    }

    @Test func invisibleCharactersInNamesAndTitlesAreErrorsAtTheirCell() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outcome = try Self.run(site, [
            ["case_title": "Case 6", "person_name": "Anna Zero"],
            ["case_title": "Case\u{200B} 6", "person_name": "An\u{200B}na Zero"],
            ["case_title": "Case 7", "person_name": "Anna\u{00AD}Soft", "court": "Taraz\u{2060} Court"],
            // Joiners are letters' business in Persian and emoji: not reported.
            ["case_title": "Case 8", "person_name": "Mehr\u{200C}dad"],
        ])
        let t = Self.column("case_title"), p = Self.column("person_name"), c = Self.column("court")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:3:\(t): error: 'Case<U+200B> 6' has U+200B ZERO WIDTH SPACE at character 5, an invisible character; delete it",
            "sheet.csv:3:\(p): error: 'An<U+200B>na Zero' has U+200B ZERO WIDTH SPACE at character 3, an invisible character; delete it",
            "sheet.csv:4:\(c): error: 'Taraz<U+2060> Court' has U+2060 WORD JOINER at character 6, an invisible character; delete it",
            "sheet.csv:4:\(p): error: 'Anna<U+00AD>Soft' has U+00AD SOFT HYPHEN at character 5, an invisible character; delete it",
        ])
        // Matching and ids leave them out too.
        #expect(ImportNames.key("An\u{200B}na Zero\u{FEFF}") == ImportNames.key("Anna Zero"))
        #expect(ImportPlan.titleKey("Case\u{200B} 6") == ImportPlan.titleKey("Case 6"))
    }

    /// Titles and court names written only in a translation file are the archive's too.
    @Test func titlesAndCourtsAreMatchedThroughTranslations() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let outcome = try Self.run(site, [
            ["case_title": "Суд в Таразе заочно приговорил Мухтара Аблязова к пожизненному заключению"],
            ["case_title": "A new case", "court": "Чуйский областной суд"],
        ])
        // The case is the archive's: kept, and what its row says that the file does not, a warning.
        let kept = "the archive has this case already, and an import never changes its file: change it by hand (or give the row another case_title if it is another case)"
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:2: warning: the row's status is 'detained', content/cases/ablyazov-2018.md's 'sentenced'; \(kept)",
            "sheet.csv:2:6: warning: content/cases/ablyazov-2018.md does not charge 'kz-cc-405'; \(kept)",
            "sheet.csv:2:7: warning: content/cases/ablyazov-2018.md has no detention event on 2024-03-05; \(kept)",
            "sheet.csv:2:9: warning: 'Aigerim Testova' is not among the people of content/cases/ablyazov-2018.md; \(kept)",
            "sheet.csv:2:16: warning: content/cases/ablyazov-2018.md does not cite 'https://example.org/report'; \(kept)",
        ])
        #expect(outcome.kept.map(\.path) == ["content/cases/ablyazov-2018.md"])
        let again = try Self.run(site, [["case_title": "A new case", "court": "Чуйский областной суд"]])
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
        #expect(again.files.map(\.path) == ["content/people/aigerim-testova.md", "content/cases/a-new-case.md"])
        #expect(again.files.last?.text.contains("court: chui-regional-court\n") == true)
    }

    @Test func anOrganizationThatIsNotACourtIsAnErrorAtTheCourtCell() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outcome = try Self.run(site, [["court": "Koshe Party"], ["case_title": "Other", "court": "Taraz Citty Court No. 2"]])
        let c = Self.column("court")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(c): error: 'Koshe Party' is organizations/koshe-party.md, which is not a court (its kind is 'party'): write a court's id or name, or set kind: court in that file if it is one",
            "sheet.csv:3:\(c): error: 'Taraz Citty Court No. 2' is not the name of organizations/taraz-court-2.md ('Taraz City Court No. 2'), only spelled like it: if it is that court, write its id 'taraz-court-2'; if another, make it with `casebook new organization` and write its id",
        ])
        #expect(outcome.files.isEmpty)
    }

    /// `Суд №11` beside `Суд №1` was "only spelled like it" (search counts a doubled letter
    /// once, a doubled digit too): numbers are never a typo, so it is another court, made new.
    @Test func aCourtOfAnotherNumberIsAnotherCourt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outcome = try Self.run(site, [["court": "Taraz City Court No 22"], ["case_title": "Other", "court": "Taraz City Court No 2",
                                                                                "source_urls": "https://example.org/other"]])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.files.filter { $0.path.contains("organizations/") }.map(\.path) == ["content/organizations/taraz-city-court-no-22.md"])
        #expect(outcome.files.last?.text.contains("court: taraz-court-2\n") == true)
        #expect(ImportNames.numbers("Суд №11") == ["11"])
        #expect(ImportNames.numbers("Суд № 01 и 2") == ["1", "2"])
    }

    /// `Ulan O'zbekov` was "only spelled like" `Ulan Oʻzbekov` (U+02BB, the Uzbek oʻ), while
    /// `O’Brien` was `O'Brien`: every apostrophe is one, a name without it still another, and
    /// the new id offered for it is not the id of the file it is not (`ulan-ozbekov`).
    @Test func everyApostropheIsOne() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let names = ["Ulan Oʻzbekov", "Ulan O'zbekov", "Ulan O’zbekov", "Ulan Oʼzbekov", "Ulan Ozbekov"]
        let outcome = try Self.run(site, names.enumerated().map { ["case_title": "Case \($0.offset)", "person_name": $0.element,
                                                                   "source_urls": "https://example.org/\($0.offset)"] })
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:6:\(Self.column("person_name")): error: 'Ulan Ozbekov' is not the name of people/ulan-ozbekov.md ('Ulan Oʻzbekov'), made from row 2, only spelled like it: if it is the same person, write 'ulan-ozbekov' in person_id; if another, write a new id in person_id (like 'ulan-ozbekov-2'), or change the name",
        ])
    }

    /// `Ivan-Ivanov` in person_id (a spreadsheet's capitals) said only what an id is.
    @Test func anIdWithCapitalsSaysTheIdItMeant() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outcome = try Self.run(site, [["person_name": "Ivan Ivanov", "person_id": "Ivan-Ivanov"], ["case_title": "Other", "person_name": "Bob Two", "person_id": "Боб", "source_urls": "https://example.org/other"]])
        let p = Self.column("person_id")
        #expect(outcome.diagnostics.map(\.description) == [
            "sheet.csv:2:\(p): error: 'Ivan-Ivanov' is not a valid id: lower-case ASCII letters, digits and single hyphens, like 'ivan-ivanov'",
            "sheet.csv:3:\(p): error: 'Боб' is not a valid id: lower-case ASCII letters, digits and single hyphens, like 'bob'",
        ])
    }
}
