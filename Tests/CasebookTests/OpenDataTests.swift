import Foundation
import Testing
@testable import CasebookKit

/// The open data files under data/ and the page that describes them.
@Suite struct OpenDataTests {
    static let caseColumns = ["case_id", "case_url", "case_title", "status", "status_label", "status_as_of", "latest_date",
                              "updated", "court_id", "court_name", "region", "city", "charges", "person_id", "person_name",
                              "role", "person_status", "person_charges", "sentence", "sentence_types",
                              "first_instance_sentence", "first_instance_sentence_types", "in_absentia", "organizations",
                              "tags", "source_count", "person_url", "related_cases", "source_urls",
                              "former_ids",  // the sample renamed a case (`former_ids`)
                              "sentence_terms", "first_instance_sentence_terms", "decision_charges"]

    @Test func casesCSVHasOneRowPerPersonInACase() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let data = try site.data("data/cases.csv")
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte order mark")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        let (header, rows) = try #require(OutputReading.csvRows(data), "cases.csv is not RFC 4180")
        #expect(header == Self.caseColumns)
        #expect(rows.count == 8)
        #expect(rows.map { $0["person_id"]! } == ["nazira-lesova", "nazira-lepesova", "zhazira-qambarova", "max-bokayev", "talgat-ayan",
                                                 "azimjan-askarov", "mukhtar-ablyazov", "vladimir-kozlov"])
        let lepesova = rows[1]
        #expect(lepesova["case_url"] == "https://cases.example.org/cases/lesova-lepesova-2021/")
        #expect(lepesova["sentence"] == "2 years of freedom limitation; 100 hours of community work; 5-year ban on public and political activity")
        #expect(lepesova["sentence_types"] == "freedom-limitation; community-work; activity-ban")
        #expect(lepesova["court_name"] == "Taraz City Court No. 2")
        #expect(lepesova["person_status"] == "sentenced" && lepesova["person_charges"] == "kz-cc-405")
        #expect(lepesova["tags"] == "freedom-limitation; social-media")
        #expect(lepesova["source_count"] == "3")
        // The counts on the site, from the file alone.
        let archive = site.archive()
        #expect(Set(rows.map { $0["case_id"]! }).count == archive.cases.count)
        #expect(Set(rows.filter { $0["role"] == "defendant" }.map { $0["person_id"]! }).count == archive.prosecutedPersonCount)
    }

    @Test func csvFieldsWithCommasQuotesAndLineBreaksAreQuoted() throws {
        #expect(CSVTable.field("plain") == "plain")
        #expect(CSVTable.field("Doe, Jane") == "\"Doe, Jane\"")
        #expect(CSVTable.field("the \"Koshe\" party") == "\"the \"\"Koshe\"\" party\"")
        #expect(CSVTable.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVTable.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVTable.field("@SUM(A1)") == "'@SUM(A1)")

        let site = try SiteFixture()
        defer { site.remove() }
        let name = "Lesova, Nazira \"Naz\"\nsecond line"
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova", with: #"name: "Lesova, Nazira \"Naz\"\nsecond line""#)
        try site.replace("content/people/nazira-lesova.md", "aliases: [Назира Лесова]", with: "aliases: [Назира Лесова, 'x, y']")
        #expect(site.build().succeeded)
        let (_, rows) = try #require(OutputReading.csvRows(try site.data("data/cases.csv")), "cases.csv is not RFC 4180")
        #expect(rows.count == 8)
        #expect(rows.first { $0["person_id"] == "nazira-lesova" }?["person_name"] == name)
        let people = try #require(OutputReading.csvRows(try site.data("data/people.csv")))
        let lesova = people.rows.first { $0["id"] == "nazira-lesova" }
        #expect(lesova?["name"] == name)
        #expect(lesova?["aliases"] == "Назира Лесова; x, y")
    }

    @Test func peopleAndOrganizationsCSV() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let people = try #require(OutputReading.csvRows(try site.data("data/people.csv")))
        // The sample's alleged links add the kinds' column (AffiliationTests: not otherwise), and its
        // custody periods the held_now column, then Lepesova's gender and Askarov's death theirs.
        #expect(people.header == ["id", "url", "name", "aliases", "born", "region", "organizations", "case_count", "case_ids", "defendant",
                                  "organization_links", "held_now", "gender", "died", "died_in_custody"])
        #expect(people.rows.count == 8)
        // Sentenced in absentia in the sample's Taraz case of 2018.
        let ablyazov = people.rows.first { $0["id"] == "mukhtar-ablyazov" }
        #expect(ablyazov?["defendant"] == "true" && ablyazov?["case_count"] == "1")
        #expect(ablyazov?["aliases"] == "Мухтар Аблязов; Мұхтар Әблязов")
        #expect(people.rows.filter { $0["defendant"] == "true" }.count == site.archive().prosecutedPersonCount)

        let organizations = try #require(OutputReading.csvRows(try site.data("data/organizations.csv")))
        #expect(organizations.header == ["id", "url", "name", "short_name", "kind", "banned", "leaders", "member_count",
                                         "case_count", "court_case_count", "alleged_count"])
        let court = organizations.rows.first { $0["id"] == "taraz-court-2" }
        #expect(court?["kind"] == "court" && court?["court_case_count"] == "2" && court?["case_count"] == "0")
        let dvk = organizations.rows.first { $0["id"] == "dvk" }
        #expect(dvk?["banned"] == "2018-03" && dvk?["leaders"] == "mukhtar-ablyazov" && dvk?["case_count"] == "2")
    }

    struct CasesFile: Decodable {
        struct Case: Decodable {
            struct Person: Decodable {
                let id: String, name: String, role: String, status: String?, charges: [String]
                let sentence: [Component]
                let sentence_text: String?
            }
            struct Component: Decodable { let type: String, years: Double?, hours: Double?, note: String? }
            struct Event: Decodable { let date: String, type: String, type_label: String, people: [String], sources: [String] }
            struct Source: Decodable { let id: String?, title: String, url: String?, date: String?, archive_url: String? }
            struct Named: Decodable { let id: String, name: String?, url: String }
            let id: String, url: String, title: String, status: String, status_label: String, updated: String?
            let people: [Person], events: [Event], sources: [Source], organizations: [Named], court: Named?
            let related_cases: [String]
        }
        let licence: String?
        let counts: [String: Int]
        let cases: [Case]
    }

    @Test func casesJSONRoundTripsAndItsCountsMatchTheArchive() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let data = try site.data("data/cases.json")
        let file = try JSONDecoder().decode(CasesFile.self, from: data)
        let archive = site.archive()
        #expect(file.licence == "CC BY 4.0")
        #expect(file.cases.count == archive.cases.count)
        #expect(file.counts == ["prosecutions": archive.cases.count, "persons": archive.prosecutedPersonCount])
        #expect(Set(file.cases.flatMap { $0.people.filter { $0.role == "defendant" }.map(\.id) }).count == archive.prosecutedPersonCount)
        let lesova = try #require(file.cases.first { $0.id == "lesova-lepesova-2021" })
        #expect(lesova.url == "https://cases.example.org/cases/lesova-lepesova-2021/")
        #expect(lesova.court?.name == "Taraz City Court No. 2")
        #expect(lesova.people[1].sentence.map(\.hours) == [nil, 100, nil])
        #expect(lesova.people[0].sentence_text == "2 years of freedom limitation; 5-year ban on public and political activity")
        #expect(lesova.events.map(\.date) == ["2021-03-03", "2021-03-04"])
        #expect(lesova.events[0].people == ["nazira-lesova"])
        #expect(lesova.sources.count == 3 && lesova.sources[2].url == "https://mediazona.ca/news/2021/03/05/koshe/amp")
        #expect(lesova.related_cases == ["qambarova-2021"])
        // Every key of a case is documented on the data page, and every documented key exists.
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((object["cases"] as? [[String: Any]])?.first)
        let documented = Set(CasesJSON.fields.flatMap { $0.name.components(separatedBy: ", ") })
        #expect(Set(first.keys) == documented)
    }

    @Test func jsonStringsSurviveEveryCharacter() throws {
        let text = "quote \" backslash \\ slash / tab \t newline \n nul \u{0} bell \u{7} sep \u{2028} <script> & Қ 🙂"
        let written = JSON.array([.string(text), .int(-3), .number(2.5), .number(2), .null, .bool(true)]).written()
        let back = try #require(JSONSerialization.jsonObject(with: Data(written.utf8)) as? [Any])
        #expect(back[0] as? String == text)
        #expect(written.contains(#",2.5,2,null,true]"#))
        let safe = JSON.string(text).written(scriptSafe: true)
        #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("&"))
        #expect(try JSONSerialization.jsonObject(with: Data("[\(safe)]".utf8)) as? [String] == [text])
    }

    @Test func theDataPageDescribesEveryColumnAndTheLicence() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try site.read("public/data/index.html")
        #expect(page.contains("CC BY 4.0"))
        for file in ["cases.csv", "people.csv", "organizations.csv"] {
            let (header, _) = try #require(OutputReading.csvRows(try site.data("data/\(file)")))
            #expect(page.contains("href=\"../data/\(file)\""))
            for column in header { #expect(page.contains("<code>\(column)</code>"), "\(file): \(column) is not described") }
        }
        #expect(page.contains("href=\"../data/cases.json\""))
        #expect(page.contains("<strong>6</strong> prosecutions and <strong>8</strong> persons prosecuted"))
        let home = try site.read("public/index.html")
        #expect(home.contains("href=\"data/index.html\""))
    }

    @Test func draftsStayOutOfTheFeedAndTheData() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/draft-case.md", DraftTests.draftCase)
        #expect(site.build().succeeded)
        for file in ["feed.xml", "sitemap.xml", "data/cases.json", "data/cases.csv", "data/people.csv", "data/organizations.csv"] {
            #expect(!(try site.read("public/\(file)")).contains("draft-case"), "\(file) mentions the draft")
        }
        #expect(site.build(drafts: true).succeeded)
        #expect(try site.read("public/data/cases.json").contains(#""id":"draft-case""#))
    }

    /// cases.json is written one case at a time; the bytes are those of the whole document
    /// written at once, with cases and without.
    @Test func casesJSONWrittenCaseByCaseIsTheDocument() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: true)
        #expect(archive.cases.count >= 2)
        let urls = SiteURLs(base: archive.site.baseURL)
        let json = CasesJSON(archive: archive, urls: urls)
        #expect(json.bytes() == json.document.bytes(prettyDepth: 2) + [10])
        var empty = content
        empty.cases = []
        let (noCases, _) = Linker.link(empty, includeDrafts: true)
        let emptyJSON = CasesJSON(archive: noCases, urls: urls)
        #expect(emptyJSON.bytes() == emptyJSON.document.bytes(prettyDepth: 2) + [10])
    }
}
