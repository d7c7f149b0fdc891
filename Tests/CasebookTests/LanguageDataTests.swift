import Foundation
import Testing
@testable import CasebookKit

/// The open data of a site of several languages: one set of files at the root, in the
/// default language, with `<name>_<language>` columns and keys for the other languages.
@Suite struct LanguageDataTests {
    static let lesova = "lesova-lepesova-2021"

    /// The sample archive in English, Russian and Kazakh, partly translated: the Lesova case
    /// into both, Nazira Lesova and the Taraz court into both, the Qambarova case into none.
    static func archive(_ site: SiteFixture) -> Archive {
        TranslatedArchive.make(site.archive(), languages: ["en", "ru", "kk"], [
            TranslatedArchive.text(.cases, lesova, "ru", title: "Таразский суд приговорил Назиру Лесову и Назиру Лепесову",
                                   summary: "По два года ограничения свободы", events: ["Суд начался.", nil],
                                   sources: ["Ещё двух активисток осудили"]),
            TranslatedArchive.text(.cases, lesova, "kk", title: "Тараз соты Назира Лесова мен Назира Лепесоваға үкім шығарды"),
            TranslatedArchive.text(.people, "nazira-lesova", "ru", name: "Назира Лесова", aliases: ["Nazira Lessova", "Лесова Н."]),
            TranslatedArchive.text(.people, "nazira-lesova", "kk", name: "Назира Лесова"),
            TranslatedArchive.text(.organizations, "taraz-court-2", "ru", name: "Таразский городской суд № 2", shortName: "Суд № 2"),
            TranslatedArchive.text(.organizations, "taraz-court-2", "kk", name: "Тараз қалалық № 2 соты"),
        ]) { site in
            site.translatedTitle["ru"] = "Монитор политических дел Казахстана"
            site.statuses.translated["ru"] = ["sentenced": "Осуждён"]
        }
    }

    static func csv(_ archive: Archive, _ file: DataFile) throws -> (header: [String], rows: [[String: String]]) {
        let bytes = try #require(DataOutputs(archive: archive).make(file, pages: []).first?.bytes)
        return try #require(OutputReading.csvRows(Data(bytes)))
    }

    @Test func csvFilesAddColumnsLanguageByLanguageAtTheEnd() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let one = site.archive(), archive = Self.archive(site)
        let cases = try Self.csv(archive, .casesCSV), base = try Self.csv(one, .casesCSV)
        #expect(cases.header == base.header + ["case_title_ru", "person_name_ru", "court_name_ru",
                                               "case_title_kk", "person_name_kk", "court_name_kk"])
        let lesova = try #require(cases.rows.first { $0["person_id"] == "nazira-lesova" })
        #expect(lesova["case_title_ru"] == "Таразский суд приговорил Назиру Лесову и Назиру Лепесову")
        #expect(lesova["person_name_kk"] == "Назира Лесова")
        #expect(lesova["court_name_ru"] == "Таразский городской суд № 2")
        #expect(lesova["court_name_kk"] == "Тараз қалалық № 2 соты")
        // Untranslated: empty, and the default-language columns as they were.
        let lepesova = try #require(cases.rows.first { $0["person_id"] == "nazira-lepesova" })
        #expect(lepesova["person_name_ru"] == "" && lepesova["case_title_kk"] != "")
        let qambarova = try #require(cases.rows.first { $0["case_id"] == "qambarova-2021" })
        #expect(qambarova["case_title_ru"] == "" && qambarova["case_title"] == "Taraz court sentences Zhazira Qambarova")
        for (row, old) in zip(cases.rows, base.rows) {
            #expect(base.header.allSatisfy { row[$0] == old[$0] })
        }

        let people = try Self.csv(archive, .peopleCSV)
        #expect(people.header.suffix(4) == ["name_ru", "aliases_ru", "name_kk", "aliases_kk"])
        let person = try #require(people.rows.first { $0["id"] == "nazira-lesova" })
        #expect(person["aliases_ru"] == "Nazira Lessova; Лесова Н." && person["aliases_kk"] == "" && person["name"] == "Nazira Lesova")
        let organizations = try Self.csv(archive, .organizationsCSV)
        #expect(organizations.header.suffix(4) == ["name_ru", "short_name_ru", "name_kk", "short_name_kk"])
        let court = try #require(organizations.rows.first { $0["id"] == "taraz-court-2" })
        #expect(court["short_name_ru"] == "Суд № 2" && court["short_name_kk"] == "")
    }

    /// A site of one language (`languages: [en]`, or none) writes the files it always did,
    /// even with a stray translation in the archive.
    @Test func oneLanguageSitesKeepTheirFiles() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let plain = site.archive()
        let one = TranslatedArchive.make(plain, languages: ["en"], [TranslatedArchive.text(.people, "nazira-lesova", "ru", name: "Назира")])
        for file in [DataFile.casesJSON, .casesCSV, .peopleCSV, .organizationsCSV, .searchIndex] {
            #expect(DataOutputs(archive: one).make(file, pages: []).first?.bytes == DataOutputs(archive: plain).make(file, pages: []).first?.bytes)
        }
        let page = DataPageContext(archive: one, words: .english).page()
        #expect(page.files.allSatisfy { $0.languageColumnsHTML == nil })
    }

    static func casesJSON(_ archive: Archive) throws -> [String: Any] {
        let bytes = try #require(DataOutputs(archive: archive).make(.casesJSON, pages: []).first?.bytes)
        return try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func casesJSONFollowsEachTextWithItsTranslations() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = Self.archive(site)
        let json = CasesJSON(archive: archive, urls: SiteURLs(base: nil))
        let lesova = try #require(archive.caseRecord(Self.lesova))
        guard case .object(let members) = json.caseObject(lesova) else { Issue.record("not an object"); return }
        #expect(Array(members.map(\.0).prefix(8)) == ["id", "url", "title", "title_ru", "title_kk", "summary", "summary_ru", "summary_kk"])

        let file = try Self.casesJSON(archive)
        let cases = try #require(file["cases"] as? [[String: Any]])
        let first = try #require(cases.first { $0["id"] as? String == Self.lesova })
        #expect(first["summary_ru"] as? String == "По два года ограничения свободы")
        #expect(first["summary_kk"] is NSNull)
        let people = try #require(first["people"] as? [[String: Any]])
        #expect(people[0]["name_ru"] as? String == "Назира Лесова" && people[1]["name_ru"] is NSNull)
        let court = try #require(first["court"] as? [String: Any])
        #expect(court["name_kk"] as? String == "Тараз қалалық № 2 соты")
        let organizations = try #require(first["organizations"] as? [[String: Any]])
        #expect(organizations.allSatisfy { $0["name_ru"] is NSNull })
        let sources = try #require(first["sources"] as? [[String: Any]])
        #expect(sources[0]["title_ru"] as? String == "Ещё двух активисток осудили" && sources[1]["title_ru"] is NSNull)
        let qambarova = try #require(cases.first { $0["id"] as? String == "qambarova-2021" })
        #expect(qambarova["title_ru"] is NSNull && qambarova["title_kk"] is NSNull)
        // Every key a case has is documented: the fields, and the keys of the other languages.
        let documented = Set(CasesJSON.fields.flatMap { $0.name.components(separatedBy: ", ") })
            .union(LanguageColumns(archive: archive).jsonKeys.filter { !$0.contains(".") })
        #expect(Set(first.keys) == documented)

        #expect(file["title_ru"] as? String == "Монитор политических дел Казахстана" && file["title_kk"] is NSNull)
        #expect(file["description_ru"] is NSNull)
        let russian = try #require((file["vocabularies_ru"] as? [String: Any])?["statuses"] as? [String: Any])
        #expect(russian["sentenced"] as? String == "Осуждён" && russian["trial"] is NSNull)
        #expect(Set(russian.keys) == Set(archive.site.statuses.keys))
        #expect(file["vocabularies_kk"] is [String: Any])
    }

    /// A translation gives event summaries and correction notes in the order of its file;
    /// cases.json lists them by date, each with its own translation.
    @Test func eventsAndCorrectionsKeepTheirTranslationsWhenSortedByDate() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/order-test.md", """
            ---
            title: Order test
            status: trial
            people:
              - {person: nazira-lesova, role: defendant}
            events:
              - {date: 2022-05-01, type: trial, summary: Later event.}
              - {date: 2022-01-01, type: detention, summary: Earlier event.}
              - {date: 2022-03-01, type: charge, summary: Middle event.}
            corrections:
              - {date: 2022-06-01, note: Later note.}
              - {date: 2022-02-01, note: Earlier note.}
            ---
            Body.
            """)
        let archive = TranslatedArchive.make(site.archive(), languages: ["en", "ru"], [
            TranslatedArchive.text(.cases, "order-test", "ru", events: ["Позже.", "Раньше."], corrections: [nil, "Ранняя правка."]),
        ])
        let cases = try #require(try Self.casesJSON(archive)["cases"] as? [[String: Any]])
        let test = try #require(cases.first { $0["id"] as? String == "order-test" })
        let events = try #require(test["events"] as? [[String: Any]])
        #expect(events.map { $0["summary"] as? String } == ["Earlier event.", "Middle event.", "Later event."])
        #expect(events.map { $0["summary_ru"] as? String } == ["Раньше.", nil, "Позже."])
        #expect(events[1]["summary_ru"] is NSNull)
        let corrections = try #require(test["corrections"] as? [[String: Any]])
        #expect(corrections.map { $0["note"] as? String } == ["Earlier note.", "Later note."])
        #expect(corrections.map { $0["note_ru"] as? String } == ["Ранняя правка.", nil])
    }
}
