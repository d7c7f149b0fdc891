import Foundation
import Testing
@testable import CasebookKit

/// A person's page does not mislead: each case line shows that person's own status, dated by
/// the latest event that concerns them (never another defendant's release), and an event that
/// names nobody concerns the defendants, so it is not on a judge's, lawyer's or witness's timeline.
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
}
