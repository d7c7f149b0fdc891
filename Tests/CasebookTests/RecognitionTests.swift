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
        #expect(russian.contains("<dt>Признан(а) политзаключённым</dt>") && russian.contains("май 2021"))
        // Without one, the page is as it was.
        #expect(!(try site.read("public/people/nazira-lesova/index.html")).contains("political prisoner"))
    }
}
