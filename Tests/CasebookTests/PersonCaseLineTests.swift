import Foundation
import Testing
@testable import CasebookKit

/// A person's page does not mislead: each case line shows that person's own status, dated by
/// the latest event that concerns them (never another defendant's release), and an event that
/// names nobody concerns the defendants, so it is not on a judge's, lawyer's or witness's timeline,
/// nor on a defendant's from the time she was still a witness, nor after the day she died.
@Suite struct PersonCaseLineTests {
    @Test func aDefendantsLineCarriesTheirOwnStatusAndDate() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        // Ayan was freed on 28 April 2018; Bokayev's release on 4 February 2021 is the case's latest event.
        let ayan = try site.read("public/people/talgat-ayan/index.html")
        #expect(ayan.contains(##"<span class="status status-released" dir="auto">Released</span> · <time datetime="2018-04-28">28 April 2018</time>"##))
        #expect(!ayan.contains("4 February 2021</time>"))
        let bokayev = try site.read("public/people/max-bokayev/index.html")
        #expect(bokayev.contains(##"Released</span> · <time datetime="2021-02-04">4 February 2021</time>"##))
        // The cases index keeps the case's own status and latest date.
        #expect(try site.read("public/cases/index.html").contains(##"Released</span> · <time datetime="2021-02-04">"##))
    }

    @Test func aDefendantsOwnStatusReplacesTheCases() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/lesova-lepesova-2021.md", "  - person: nazira-lepesova\n    role: defendant\n",
                         with: "  - person: nazira-lepesova\n    role: defendant\n    status: released\n")
        #expect(site.build().succeeded)
        let page = try site.read("public/people/nazira-lepesova/index.html")
        #expect(page.contains(##"<span class="status status-released" dir="auto">Released</span> · <time datetime="2021-03-04">4 March 2021</time>"##))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains(##"<span class="status status-sentenced" dir="auto">Sentenced</span>"##))
    }

    @Test func anEventNamingNobodyIsNotOnAWitnessTimeline() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // Qambarova as a witness in the Lesova and Lepesova case, which gains an event naming nobody.
        try site.replace("content/cases/lesova-lepesova-2021.md", "organizations: [koshe-party, dvk]\n",
                         with: "  - {person: zhazira-qambarova, role: witness}\norganizations: [koshe-party, dvk]\n")
        try site.replace("content/cases/lesova-lepesova-2021.md", "events:\n",
                         with: "events:\n  - {date: 2021-02-01, type: charge, summary: Both were charged., sources: [rferl-2021-03-04]}\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(!(try site.read("public/people/zhazira-qambarova/index.html")).contains("Both were charged."))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains("Both were charged."))
        // The witness's line keeps the case's status and date.
        #expect(try site.read("public/people/zhazira-qambarova/index.html").contains(##"<time datetime="2021-03-04">4 March 2021</time>"##))
    }

    @Test func anEventNamingNobodyBeforeAWitnessWasChargedIsNotHers() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = "content/cases/lesova-lepesova-2021.md"
        try site.replace(path, "  - person: nazira-lepesova\n    role: defendant\n", with: """
              - person: nazira-lepesova
                role: defendant
                earlier_roles: [{role: witness, until: 2021-02-20, sources: [rferl-2021-03-04]}]

            """)
        try site.replace(path, "events:\n", with: """
            events:
              - {date: 2021-02-01, type: charge, summary: Lesova was charged; Lepesova questioned as a witness., sources: [rferl-2021-03-04]}
              - {date: 2021-02, type: charge, summary: Searches in February., sources: [rferl-2021-03-04]}
              - {date: 2021-02-20, type: charge, summary: Lepesova was charged., sources: [rferl-2021-03-04]}

            """)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let lepesova = try site.read("public/people/nazira-lepesova/index.html")
        #expect(!lepesova.contains("Lepesova questioned as a witness."))
        // The day her role changed, and a month that may be later, are hers.
        #expect(lepesova.contains("Searches in February.") && lepesova.contains("Lepesova was charged."))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains("Lepesova questioned as a witness."))
        // The timeline page and cases.json name Lesova alone beside the first event.
        let timeline = try site.read("public/timeline/2021/index.html")
        let entry = try #require(timeline.components(separatedBy: "Lepesova questioned as a witness.").dropFirst().first?.components(separatedBy: "</li>").first)
        #expect(entry.contains("people/nazira-lesova/") && !entry.contains("people/nazira-lepesova/"))
        let json = try #require(try JSONSerialization.jsonObject(with: site.data("data/cases.json")) as? [String: Any])
        let record = try #require((json["cases"] as? [[String: Any]])?.first { $0["id"] as? String == "lesova-lepesova-2021" })
        let people = (record["events"] as? [[String: Any]] ?? []).map { ($0["summary"] as? String ?? "", $0["people"] as? [String] ?? []) }
        #expect(people.first { $0.0.hasPrefix("Lesova was charged") }?.1 == ["nazira-lesova"])
        #expect(people.first { $0.0.hasPrefix("Searches") }?.1 == ["nazira-lesova", "nazira-lepesova"])
    }

    @Test func anEventNamingNobodyAfterADefendantDiedIsNotHers() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/nazira-lepesova.md", "name: Nazira Lepesova\n",
                         with: "name: Nazira Lepesova\ndied: {date: 2021-02-10, sources: [rferl-2021-03-04]}\n")
        try site.replace("content/cases/lesova-lepesova-2021.md", "events:\n", with: """
            events:
              - {date: 2021-01-20, type: charge, summary: Both were questioned., sources: [rferl-2021-03-04]}
              - {date: 2021-02, type: search, summary: Searches in February., sources: [rferl-2021-03-04]}
              - {date: 2021-02-25, type: trial, summary: The case went to court., sources: [rferl-2021-03-04]}

            """)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let lepesova = try site.read("public/people/nazira-lepesova/index.html")
        // Before her death, and a month that may hold it, are hers; what came after is not.
        #expect(lepesova.contains("Both were questioned.") && lepesova.contains("Searches in February."))
        #expect(!lepesova.contains("The case went to court."))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains("The case went to court."))
        let json = try #require(try JSONSerialization.jsonObject(with: site.data("data/cases.json")) as? [String: Any])
        let record = try #require((json["cases"] as? [[String: Any]])?.first { $0["id"] as? String == "lesova-lepesova-2021" })
        let people = (record["events"] as? [[String: Any]] ?? []).map { ($0["summary"] as? String ?? "", $0["people"] as? [String] ?? []) }
        #expect(people.first { $0.0.hasPrefix("The case went") }?.1 == ["nazira-lesova"])
        #expect(people.first { $0.0.hasPrefix("Searches") }?.1 == ["nazira-lesova", "nazira-lepesova"])
        let timeline = try site.read("public/timeline/2021/index.html")
        let entry = try #require(timeline.components(separatedBy: "The case went to court.").dropFirst().first?.components(separatedBy: "</li>").first)
        #expect(entry.contains("people/nazira-lesova/") && !entry.contains("people/nazira-lepesova/"))
    }
}
