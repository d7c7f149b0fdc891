import Foundation
import Testing
@testable import CasebookKit

/// A status the sources are not sure of carries its certainty wherever it is printed beside
/// its case or person without the note: the case lists (home, cases index, status page), a
/// person's line for the case, the feed's summary; cases.csv gives it in columns of its own,
/// which `casebook import` reads back.
@Suite struct StatusCertaintyMarkerTests {
    /// The English sample with Qambarova's case's status disputed, and Lepesova's own status
    /// in the other case reported.
    static func site() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/cases/qambarova-2021.md", "status_as_of: 2021-03-04\n",
                         with: "status_as_of: 2021-03-04\nstatus_certainty: disputed\nstatus_note: the family says the verdict was not read out\n")
        try site.replace("content/cases/lesova-lepesova-2021.md", "  - person: nazira-lepesova\n    role: defendant\n",
                         with: "  - person: nazira-lepesova\n    role: defendant\n    status_certainty: reported\n")
        return site
    }

    @Test func listsThePersonsLineAndTheFeedCarryTheMarker() throws {
        let site = try Self.site()
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        let marked = ##"<span class="status status-sentenced" dir="auto">Sentenced (disputed)</span>"##
        for page in ["public/index.html", "public/cases/index.html", "public/statuses/sentenced/index.html",
                     "public/people/zhazira-qambarova/index.html"] {
            #expect(try site.read(page).contains(marked), "\(page)")
        }
        // On the case page, beside the person who takes the case's status (its note is in the facts).
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("<dd dir=\"auto\">Sentenced (disputed)</dd>"))
        // Lepesova's own certainty is on her line; the case's status in lists has none.
        #expect(try site.read("public/people/nazira-lepesova/index.html").contains(">Sentenced (reported)</span>"))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains(">Sentenced</span>"))
        let feed = try site.read("public/feed.xml")
        #expect(feed.contains("Sentenced (disputed): Zhazira Qambarova.</summary>"))
        #expect(feed.contains("Sentenced: Nazira Lesova. Sentenced (reported): Nazira Lepesova.</summary>"))
        let table = try #require(OutputReading.csvRows(try site.data("data/cases.csv")))
        #expect(table.header.suffix(4) == ["status_certainty", "person_status_certainty", "status_note", "person_status_note"])
        let rows = Dictionary(table.rows.map { ($0["person_id"]! + " " + $0["case_id"]!, $0) }) { a, _ in a }
        #expect(rows["zhazira-qambarova qambarova-2021"]?["status_certainty"] == "disputed")
        #expect(rows["zhazira-qambarova qambarova-2021"]?["person_status_certainty"] == "disputed")
        #expect(rows["nazira-lepesova lesova-lepesova-2021"]?["status_certainty"] == "")
        #expect(rows["nazira-lepesova lesova-lepesova-2021"]?["person_status_certainty"] == "reported")
        #expect(rows["nazira-lesova lesova-lepesova-2021"]?["person_status_certainty"] == "")
        // The note says why: the case's, and a defendant's own where they give a status.
        #expect(rows["zhazira-qambarova qambarova-2021"]?["status_note"] == "the family says the verdict was not read out")
        #expect(rows["zhazira-qambarova qambarova-2021"]?["person_status_note"] == "the family says the verdict was not read out")
        #expect(rows["nazira-lepesova lesova-lepesova-2021"]?["status_note"] == "")
        #expect(rows["nazira-lepesova lesova-lepesova-2021"]?["person_status_note"] == "")
    }

    /// Search results show the case's status: with its certainty, as the lists do.
    @Test func theSearchIndexGivesTheStatusWithItsCertainty() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let index = try site.read("public/search/index.js")
        let entries = index.components(separatedBy: "[\"").filter { $0.hasPrefix("qambarova-2021\"") || $0.hasPrefix("lesova-lepesova-2021\"") }
        #expect(entries.count == 2)
        #expect(entries.first { $0.hasPrefix("qambarova") }?.contains(",\"Sentenced (disputed)\"]") == true)
        // A person's own certainty is not the case's status.
        #expect(!index.contains("(reported)"))
        let plain = try SiteFixture()
        defer { plain.remove() }
        #expect(plain.build().succeeded)
        #expect(!(try plain.read("public/search/index.js")).contains("(disputed)"))
    }

    @Test func anArchiveWithoutCertaintyHasNoSuchColumns() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let header = try #require(OutputReading.csvRows(try site.data("data/cases.csv"))).header
        #expect(!header.contains("status_certainty") && !header.contains("person_status_certainty"))
    }

    @Test func theImportReadsTheColumnsBack() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let empty = try SiteFixture()
        defer { empty.remove() }
        for folder in ["cases", "people", "organizations", "pages"] {
            let url = empty.content.appendingPathComponent(folder)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        // The event the import writes at a case's latest date.
        try empty.replace("content/site.yml", "death: Died}", with: "death: Died, update: Update}")
        let files = ["cases", "people", "organizations", "custody"].map { site.output.appendingPathComponent("data/\($0).csv").path }
        let outcome = SpreadsheetImport.run(files, relativeTo: empty.root, dryRun: false)
        #expect(outcome.succeeded, "\(outcome.diagnostics.prefix(5))")
        #expect(try empty.read("content/cases/qambarova-2021.md").contains("status: sentenced\nstatus_certainty: disputed\nstatus_note: the family says the verdict was not read out\n"))
        let result = empty.build()
        #expect(result.succeeded, "\(result.errors)")
        #expect(try site.data("data/cases.csv") == empty.data("data/cases.csv"))
    }
}
