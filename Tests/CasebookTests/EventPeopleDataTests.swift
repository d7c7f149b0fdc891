import Foundation
import Testing
@testable import CasebookKit

/// An event naming no one concerns the case's defendants (docs/content.md): the pages say
/// so, and so does the open data, which listed every person of the case, lawyers too.
@Suite struct EventPeopleDataTests {
    @Test func anEventNamingNoOneConcernsTheDefendantsInCasesJSON() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // A lawyer in the case, and an event that names no one.
        try site.replace("content/cases/lesova-lepesova-2021.md", "\norganizations:", with: "\n  - {person: zhazira-qambarova, role: lawyer}\norganizations:")
        try site.replace("content/cases/lesova-lepesova-2021.md", "\nsources:\n", with: """

              - {date: 2021-03-05, type: appeal, summary: Both appealed., sources: [rferl-2021-03-04]}
            sources:

            """)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let object = try #require(JSONSerialization.jsonObject(with: try site.data("data/cases.json")) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        let lesova = try #require(cases.first { $0["id"] as? String == "lesova-lepesova-2021" })
        let events = try #require(lesova["events"] as? [[String: Any]])
        #expect(events.map { $0["people"] as? [String] } == [["nazira-lesova"], ["nazira-lesova", "nazira-lepesova"], ["nazira-lesova", "nazira-lepesova"]])
        // The pages agree: the event is on the defendants' timelines, not the lawyer's.
        #expect(try site.read("public/people/nazira-lepesova/index.html").contains("Both appealed."))
        #expect(!(try site.read("public/people/zhazira-qambarova/index.html")).contains("Both appealed."))
        // The data page describes the key so.
        #expect(try site.read("public/data/index.html").contains("the case&#39;s defendants unless the event names some")
                || site.read("public/data/index.html").contains("the case's defendants unless the event names some"))
    }

    /// `casebook new case` says what an event without `people` concerns.
    @Test func theNewCaseCommentSaysDefendants() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = try NewFileTests.create(site, NewFileTests.request(.cases, "A new case", people: ["nazira-lesova"])).get()
        let text = try site.read(path)
        #expect(text.contains("people default to the case's defendants"), "\(text)")
        #expect(!text.contains("every person of the case"))
    }
}
