import Foundation
import Testing
@testable import CasebookKit

/// A person's `recognised`: who recognised them as a political prisoner, when, citing
/// which of their sources; shown on their page in every language. (The mistakes have the
/// fixture `recognition-mistakes`.)
@Suite struct RecognitionTests {
    @Test func aRecognitionIsShownWithItsOrganizationDateAndSources() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/people/nazira-lepesova.md", "aliases: [Назира Лепесова]\n",
                         with: "aliases: [Назира Лепесова]\nrecognised:\n  - {by: dvk, date: 2021-05, sources: [mediazona-2021-03-05]}\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let english = try site.read("public/people/nazira-lepesova/index.html")
        #expect(english.contains(##"<div><dt>Recognised as a political prisoner by</dt><dd><a href="../../organizations/dvk/index.html" dir="auto">Democratic Choice of Kazakhstan</a>, <time datetime="2021-05">May 2021</time> <a href="#source-2">[2]</a></dd></div>"##))
        let russian = try site.read("public/ru/people/nazira-lepesova/index.html")
        #expect(russian.contains("<dt>Признание политзаключённым</dt>") && russian.contains("май 2021"))
        // Without one, the page is as it was.
        #expect(!(try site.read("public/people/nazira-lesova/index.html")).contains("political prisoner"))
    }

    /// The lists of people held now recognised as political prisoners count a recognition as
    /// the statistics do: made on or before the as-of day. One dated later puts no one on
    /// `/held/recognised/` and makes no page for its organization.
    @Test func theHeldListsLeaveOutARecognitionDatedAfterTheDay() throws {
        let site = try HeldFixture.make()
        defer { site.remove() }
        // Qambarova, held now, recognised by the Koshe Party after the day (1 January 2024).
        try site.replace("content/people/zhazira-qambarova.md", "\n---\n", with: "\nrecognised: [{by: koshe-party, date: 2024-06}]\n---\n")
        var result = HeldFixture.build(site)
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let recognised = try HeldFixture.main(site, "held/recognised/index.html")
        #expect(recognised.contains("held-nazira-lesova") && !recognised.contains("held-zhazira-qambarova"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("held/recognised/koshe-party").path))
        #expect(!(try HeldFixture.main(site, "held/index.html")).contains("koshe-party"))
        // Counted at a day after it, she is on both lists.
        result = HeldFixture.build(site, asOf: PartialDate(year: 2024, month: 7, day: 1)!)
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try HeldFixture.main(site, "held/recognised/index.html").contains("held-zhazira-qambarova"))
        #expect(try HeldFixture.main(site, "held/recognised/koshe-party/index.html").contains("held-zhazira-qambarova"))
        // Lesova's recognition (May 2021) after the day too: no one held now is recognised, so no lists.
        try site.replace("content/people/nazira-lesova.md", "{by: dvk, date: 2021-05}", with: "{by: dvk, date: 2024-05}")
        result = HeldFixture.build(site)
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("held/recognised").path))
        #expect(!(try HeldFixture.main(site, "held/index.html")).contains("held/recognised/"))
    }
}
