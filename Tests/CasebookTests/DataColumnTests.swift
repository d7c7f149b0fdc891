import Foundation
import Testing
@testable import CasebookKit

/// Columns the open data lacked though the pages gave the facts: a case's `country` in
/// cases.csv, a person's `gender` and `died` in people.csv. Each only in an archive that gives
/// them, a protected person's row no more than their page, and `casebook import` reads them back.
@Suite struct DataColumnTests {
    static func table(_ site: SiteFixture, _ name: String) throws -> (header: [String], rows: [[String: String]]) {
        try #require(OutputReading.csvRows(try site.data("data/\(name)")))
    }

    @Test func casesCSVGivesTheCountryInEveryLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/cases/lesova-lepesova-2021.md", "\nstatus:", with: "\ncountry: KZ\nstatus:")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        let table = try Self.table(site, "cases.csv")
        // After every column of one language, and its names among the other languages' columns.
        #expect(Array(table.header.suffix(10)) == ["country", "country_name", "case_title_ru", "person_name_ru", "court_name_ru", "country_name_ru",
                                                   "case_title_kk", "person_name_kk", "court_name_kk", "country_name_kk"])
        let lesova = table.rows.filter { $0["case_id"] == "lesova-lepesova-2021" }
        #expect(lesova.count == 2)
        #expect(lesova.allSatisfy { $0["country"] == "KZ" && $0["country_name"] == "Kazakhstan" && $0["country_name_ru"] == "Казахстан" && $0["country_name_kk"] == "Қазақстан" })
        #expect(table.rows.filter { $0["case_id"] != "lesova-lepesova-2021" }.allSatisfy { $0["country"] == "" && $0["country_name_kk"] == "" })
        #expect(try site.read("public/data/index.html").contains("<dt><code>country_name</code></dt>"))
        #expect(try site.read("public/ru/data/index.html").contains("код ISO 3166-1 alpha-2"))
        #expect(try site.read("public/kk/data/index.html").contains("ISO 3166-1 alpha-2 коды"))
    }

    /// An archive whose cases give no country writes cases.csv as before.
    @Test func noCountryNoColumn() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        #expect(!(try Self.table(site, "cases.csv")).header.contains { $0.hasPrefix("country") })
    }

    /// A site in `kk-KZ` was shown English country names: the names are by the primary subtag.
    @Test func countryNamesByThePrimaryLanguage() {
        #expect(Country.name("KZ", in: "kk-KZ") == "Қазақстан")
        #expect(Country.name("KZ", in: "ru-RU") == "Казахстан")
        #expect(Country.name("KZ", in: "uz") == "Kazakhstan")
        #expect(!Country.hasNames(in: "uz") && Country.hasNames(in: "kk-KZ"))
    }

    @Test func peopleCSVGivesGenderAndDeathAndOfAProtectedPersonOnlyWhatTheirPageShows() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.write("content/people/person-p.md", """
            ---
            name: Aigerim Testova
            protect: initials
            gender: female
            born: 1990
            aliases: [Aigerim Testova-Bekova]
            died: {date: 2020-01-05, sources: [s]}
            sources:
              - {id: s, title: A report, url: https://example.org/report}
            ---

            """)
        try site.write("content/cases/test-2019.md", """
            ---
            title: A case of 2019
            status: closed
            people:
              - person: person-p
                role: defendant
            sources:
              - {id: s, title: A report, url: https://example.org/report}
            ---
            The case.

            """)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        let table = try Self.table(site, "people.csv")
        #expect(Array(table.header.suffix(7)) == ["gender", "died", "died_in_custody", "name_ru", "aliases_ru", "name_kk", "aliases_kk"])
        let row = try #require(table.rows.first { $0["id"] == "person-p" })
        #expect(row["name"] == "A. T." && row["aliases"] == "" && row["born"] == "" && row["gender"] == "")
        #expect(row["died"] == "2020-01-05" && row["died_in_custody"] == "false")
        #expect(try site.read("public/people/person-p/index.html").contains(#"<p class="died">Died on <time datetime="2020-01-05">"#))
        let askarov = try #require(table.rows.first { $0["id"] == "azimjan-askarov" })
        #expect(askarov["died"] == "2020-07-25" && askarov["died_in_custody"] == "true" && askarov["gender"] == "")
        #expect(table.rows.first { $0["id"] == "nazira-lepesova" }?["gender"] == "female")
        #expect(table.rows.filter { $0["died_in_custody"] == "true" }.count == 1)
        #expect(table.rows.filter { $0["died"] == "" }.allSatisfy { $0["died_in_custody"] == "" })
        for file in ["people.csv", "cases.csv", "cases.json"] {
            #expect(!String(decoding: try site.data("data/\(file)"), as: UTF8.self).contains("Testova"), "\(file)")
        }
    }

    /// cases.csv with `country` and people.csv with `gender` and `died` come back through
    /// `casebook import` to the same bytes; values that are not what the data write are errors.
    @Test func theNewColumnsRoundTripAndBadValuesAreErrors() throws {
        let sample = try SiteFixture(.sample)
        defer { sample.remove() }
        try sample.replace("content/cases/lesova-lepesova-2021.md", "\nstatus:", with: "\ncountry: KZ\nstatus:")
        #expect(sample.build().succeeded)
        let empty = try OpenDataImportTests.emptySample()
        defer { empty.remove() }
        for name in ["custody", "organizations", "cases", "people"] {
            try FileManager.default.copyItem(at: sample.output.appendingPathComponent("data/\(name).csv"),
                                             to: empty.root.appendingPathComponent("\(name).csv"))
        }
        let files = ["custody.csv", "organizations.csv", "cases.csv", "people.csv"]
        let outcome = SpreadsheetImport.run(files, relativeTo: empty.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        let askarov = try empty.read("content/people/azimjan-askarov.md")
        #expect(askarov.contains("\ndied:\n  date: ") && askarov.contains("2020-07-25") && askarov.contains("\n  in_custody: true\n"), "\(askarov)")
        let result = empty.build()
        #expect(result.succeeded, "\(result.diagnostics.filter { $0.severity == .error })")
        for name in ["cases", "people"] {
            let before = try Data(contentsOf: sample.output.appendingPathComponent("data/\(name).csv"))
            let after = try Data(contentsOf: empty.output.appendingPathComponent("data/\(name).csv"))
            #expect(before == after, "\(name).csv differs")
        }

        let bad = try OpenDataImportTests.emptySample()
        defer { bad.remove() }
        try bad.write("people.csv", "id,name,aliases,gender,died,died_in_custody\r\nx,X,,woman,2020-13-01,yes\r\ny,Y,,,,true\r\n")
        let problems = SpreadsheetImport.run(["people.csv"], relativeTo: bad.root, dryRun: true).diagnostics.map(\.description)
        #expect(problems.contains("people.csv:2:4: error: 'woman' is not a gender; write female, male or nothing"))
        #expect(problems.contains { $0.hasPrefix("people.csv:2:5: error: '2020-13-01' is not a date") })
        #expect(problems.contains("people.csv:2:6: error: 'yes' is not true or false"))
        #expect(problems.contains("people.csv:3:6: error: 'true', but the row gives no died date: give the date, or leave died_in_custody empty"))
    }
}
