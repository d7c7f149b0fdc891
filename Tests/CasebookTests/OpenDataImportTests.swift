import Foundation
import Testing
@testable import CasebookKit

/// `casebook import` of the open data's own CSVs: an archive's cases.csv, people.csv and
/// organizations.csv (with custody.csv) imported into an empty archive build again to the
/// same files, byte for byte; bad rows are errors at row and column, and write nothing.
@Suite struct OpenDataImportTests {
    /// A copy of the sample whose content is only its site.yml.
    static func emptySample() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        for folder in ["cases", "people", "organizations", "pages"] {
            let url = site.content.appendingPathComponent(folder)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        return site
    }

    /// The texts the import writes into files are in the archive's default language: a
    /// Russian archive's imported case read "The latest development on record" on its pages.
    @Test func theTextsItWritesAreInTheArchivesLanguage() throws {
        var site = SiteConfig()
        #expect(OpenDataText.words(site).text("imported.source_without_address") == "A source without an address (imported from the open data)")
        site.languages = ["ru", "en"]
        #expect(OpenDataText.words(site).text("imported.source_without_address") == "Источник без адреса (импортирован из открытых данных)")
        site.languages = []
        site.language = "kk-KZ"
        #expect(OpenDataText.words(site).text("imported.event_summary").hasPrefix("Соңғы белгілі оқиға"))
        site.language = "uz"
        #expect(OpenDataText.words(site).text("imported.decision_note").hasPrefix("Imported from the open data"))
    }

    @Test func theSamplesCSVsRoundTripByteForByte() throws {
        let sample = try SiteFixture(.sample)
        defer { sample.remove() }
        #expect(sample.build().succeeded)
        let empty = try Self.emptySample()
        defer { empty.remove() }
        // Told by their header, not their names, and given in any order.
        for (name, renamed) in [("custody", "d"), ("organizations", "c"), ("cases", "a"), ("people", "b")] {
            try FileManager.default.copyItem(at: sample.output.appendingPathComponent("data/\(name).csv"),
                                             to: empty.root.appendingPathComponent("\(renamed).csv"))
        }
        let files = ["d.csv", "c.csv", "a.csv", "b.csv"]
        let dry = SpreadsheetImport.run(files, relativeTo: empty.root, dryRun: true)
        #expect(dry.succeeded, "\(dry.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: empty.content.appendingPathComponent("cases/kozlov-2012.md").path))
        let outcome = SpreadsheetImport.run(files, relativeTo: empty.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(outcome.files.map(\.path).contains("content/people/talgat-ayan.kk.md"))
        #expect(try empty.read("content/cases/askarov-2010.ru.md").contains("people:\n  - custody:\n      - place: Базар-Коргон\n      -\n"))
        let result = empty.build()
        #expect(result.succeeded, "\(result.diagnostics.filter { $0.severity == .error })")
        // custody.csv too, with its places in the other languages (from the cases' translations).
        for name in ["cases", "people", "organizations", "custody"] {
            let before = try Data(contentsOf: sample.output.appendingPathComponent("data/\(name).csv"))
            let after = try Data(contentsOf: empty.output.appendingPathComponent("data/\(name).csv"))
            #expect(before == after, "\(name).csv differs")
        }
        // Importing them again makes nothing twice.
        let again = SpreadsheetImport.run(["a.csv"], relativeTo: empty.root, dryRun: false)
        #expect(again.diagnostics.first?.description
                == "a.csv:2:1: error: the archive has this case already: content/cases/lesova-lepesova-2021.md; remove its rows, or import into an archive without it")
        #expect(again.files.isEmpty)
    }

    /// A court_id named a file to make without being checked as an id: `../../../x` made
    /// files outside the archive. Cells the rows' checks let through made files that failed
    /// the next check; a misspelt --content started a new archive.
    @Test func whatItWouldMakeIsCheckedBeforeAnythingIsWritten() throws {
        let sample = try SiteFixture(.sample)
        defer { sample.remove() }
        #expect(sample.build().succeeded)
        let cases = try String(contentsOf: sample.output.appendingPathComponent("data/cases.csv"), encoding: .utf8)
        let empty = try Self.emptySample()
        defer { empty.remove() }
        for (name, renamed) in [("custody", "d"), ("organizations", "c"), ("people", "b")] {
            try FileManager.default.copyItem(at: sample.output.appendingPathComponent("data/\(name).csv"),
                                             to: empty.root.appendingPathComponent("\(renamed).csv"))
        }
        func run(_ text: String, content: String = "content") throws -> SpreadsheetImport.Outcome {
            try text.write(to: empty.root.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
            return SpreadsheetImport.run(["a.csv", "b.csv", "c.csv", "d.csv"], content: content, relativeTo: empty.root, dryRun: false)
        }
        let escaped = try run(cases.replacingOccurrences(of: "mangystau-criminal-court", with: "../../../escaped"))
        #expect(escaped.diagnostics.contains { $0.message == "'../../../escaped' is not a valid id: lower-case ASCII letters, digits and single hyphens" })
        #expect(escaped.exitStatus == 1)
        let bell = try run(cases.replacingOccurrences(of: "Zhambyl Region", with: "Zhambyl\u{7} Region"))
        // At the cells that hold it, not at a line of a file never written.
        #expect(bell.diagnostics.contains { $0.file == "a.csv" && $0.message.hasPrefix("'Zhambyl\u{7} Region' has U+0007 (BEL, a control character) at character 8") }, "\(bell.diagnostics)")
        #expect(!bell.diagnostics.contains { $0.file.hasPrefix("content/") }, "\(bell.diagnostics)")
        #expect(!bell.succeeded)
        let misspelt = try run(cases, content: "contnet")
        #expect(misspelt.diagnostics.map(\.description) == ["contnet/:1:1: error: \(ContentLoader.missingFolder)"])
        #expect(misspelt.exitStatus == 2)
        // content/organizations/../../../escaped.md is beside the archive's folder.
        #expect(!FileManager.default.fileExists(atPath: empty.root.deletingLastPathComponent().appendingPathComponent("escaped.md").path))
        #expect(!FileManager.default.fileExists(atPath: empty.root.appendingPathComponent("contnet").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.content.appendingPathComponent("cases").path).isEmpty)
    }

    @Test func anArchiveThatInitMadeRoundTripsToo() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-roundtrip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = base.appendingPathComponent("first"), second = base.appendingPathComponent("second")
        _ = try ArchiveInit.create(at: first, displayName: "first")
        #expect(Builder.build(BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: first)).succeeded)
        try FileManager.default.createDirectory(at: second.appendingPathComponent("content"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: first.appendingPathComponent("content/site.yml"), to: second.appendingPathComponent("content/site.yml"))
        let names = ["cases", "people", "organizations"].map { first.appendingPathComponent("public/data/\($0).csv").path }
        let outcome = SpreadsheetImport.run(names, relativeTo: second, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(outcome.files.map(\.path) == ["content/organizations/example-court.md", "content/people/example-person.md", "content/cases/example-case.md"])
        #expect(Builder.build(BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: second)).succeeded)
        for name in ["cases", "people", "organizations"] {
            #expect(try Data(contentsOf: first.appendingPathComponent("public/data/\(name).csv"))
                    == Data(contentsOf: second.appendingPathComponent("public/data/\(name).csv")), "\(name).csv differs")
        }
    }

    @Test func peopleAndOrganizationsTheArchiveHasAreUsedNotReplaced() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let outcome = SpreadsheetImport.run(["public/data/people.csv", "public/data/organizations.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(outcome.files.isEmpty)
    }

    static let header = "case_id,case_title,status,status_as_of,latest_date,person_id,person_name,role,sentence_terms,source_count,source_urls"

    @Test func badRowsAreErrorsAtTheirRowAndColumnAndWriteNothing() throws {
        let site = try Self.emptySample()
        defer { site.remove() }
        try site.write("cases.csv", [
            Self.header,
            "a-2021,Case A,sentenced,2021-03-04,2021-03-04,aigerim-testova,Aigerim Testova,defendant,imprisonment years=2,1,https://example.org/a",
            "b-2021,Case B,detaned,2021-03-04,2021-03-04,aigerim-testova,Aigerim Testov,defendant,imprisonment years=two,1,https://example.org/b",
            "c-2021,Case C,sentenced,04.03.2021,2021,dana-testova,Dana Testova,defendant,imprisonment 5 years,1,https://example.org/c",
            "d-2021,Case D,sentenced,2021,2021,dana-2,Dana,defendant,\"prison years=5; fine amount=100 currency=KZX\",1,https://example.org/d",
        ].joined(separator: "\r\n") + "\r\n")
        let outcome = SpreadsheetImport.run(["cases.csv"], relativeTo: site.root, dryRun: false)
        #expect(outcome.diagnostics.map(\.description) == [
            "cases.csv:3:3: error: 'detaned' is not one of the site's statuses; did you mean 'detained'? (allowed: investigation, detained, trial, sentenced, appeal, serving, released, acquitted, closed, died-in-custody)",
            "cases.csv:3:7: error: 'aigerim-testova' is 'Aigerim Testova' on row 2, 'Aigerim Testov' here: one id is one person; give the same name, or another id",
            "cases.csv:3:9: error: 'imprisonment years=two' is not a sentence in terms: term 1 ('imprisonment'): years=two is not a number like 2 or 1.5; write terms like 'imprisonment years=2 months=6; fine amount=100000 currency=KZT'",
            "cases.csv:4:4: error: '04.03.2021' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, like '2021-03-04'",
            "cases.csv:4:9: error: 'imprisonment 5 years' is not a sentence in terms: term 1 ('imprisonment'): '5' is not name=value, like years=2; write terms like 'imprisonment years=2 months=6; fine amount=100000 currency=KZT'",
            "cases.csv:5:9: error: 'KZX' is not an ISO 4217 currency code; did you mean 'KZT'?",
            "cases.csv:5:9: error: 'prison' is not one of the site's sentence types (allowed: imprisonment, freedom-limitation, suspended, fine, community-work, activity-ban, psychiatric, life, confiscation)",
        ])
        #expect(outcome.exitStatus == 1 && outcome.files.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent("cases").path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent("people").path).isEmpty)
    }

    @Test func referencesAndVocabulariesOfPeopleAndOrganizationsAreChecked() throws {
        let site = try Self.emptySample()
        defer { site.remove() }
        try site.write("organizations.csv", "id,url,name,short_name,kind,banned,leaders\r\nx-party,,X Party,,partey,2020,nobody\r\n")
        try site.write("people.csv", "id,url,name,aliases,organizations,organization_links\r\nnobody-else,,Nobody Else,,x-party,alledged\r\n")
        let outcome = SpreadsheetImport.run(["organizations.csv", "people.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "organizations.csv:2:5: error: 'partey' is not one of the site's organization kinds; did you mean 'party'? (allowed: party, movement, court, media, ngo)",
            "organizations.csv:2:7: error: unknown person 'nobody': neither the archive nor the people.csv imported with it has it",
            "people.csv:2:6: error: 'alledged' (link 1) is not one of the site's affiliations; did you mean 'alleged'? (allowed: leader, member, founder, supporter, alleged)",
        ])
    }

    @Test func anOldCasesCSVWithoutSentenceTermsSaysWhatItLacks() throws {
        let site = try Self.emptySample()
        defer { site.remove() }
        try site.write("cases.csv", "case_id,case_title,status,person_id,person_name,role,sentence,sentence_typ\r\na-2021,Case A,sentenced,aigerim-testova,Aigerim Testova,defendant,2 years of imprisonment,imprisonment\r\n")
        let outcome = SpreadsheetImport.run(["cases.csv"], relativeTo: site.root, dryRun: true)
        #expect(outcome.diagnostics.map(\.description) == [
            "cases.csv:1:8: error: unknown column 'sentence_typ'; did you mean 'sentence_types'? in the open data's cases.csv of this archive (languages: en, ru, kk)",
        ])
        try site.write("cases.csv", "case_id,case_title,status,person_id,person_name,role,sentence\r\na-2021,Case A,sentenced,aigerim-testova,Aigerim Testova,defendant,2 years of imprisonment\r\n")
        #expect(SpreadsheetImport.run(["cases.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "cases.csv:2:7: error: a sentence in words cannot be read back: export the open data again with a casebook that writes the column 'sentence_terms'",
        ])
    }

    /// A site's open data in three languages imported into an archive of one: the message
    /// listed the archive's languages as "(languages: )" and asked to rename 'case_title_ru'.
    @Test func aColumnInALanguageTheArchiveLacksSaysToAddTheLanguage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("cases.csv", "case_id,case_title,status,person_id,person_name,role,sentence_terms,case_title_ru,sentence_typ\r\na-2021,Case A,sentenced,aigerim-testova,Aigerim Testova,defendant,,Дело А,\r\n")
        #expect(SpreadsheetImport.run(["cases.csv"], relativeTo: site.root, dryRun: true).diagnostics.map(\.description) == [
            "cases.csv:1:8: error: the column 'case_title_ru' gives texts in 'ru', which is not one of this archive's languages (en): add it to 'languages' in site.yml to import them, or delete the column",
            "cases.csv:1:9: error: unknown column 'sentence_typ'; did you mean 'sentence_types'? in the open data's cases.csv of this archive (languages: en)",
        ])
    }
}
