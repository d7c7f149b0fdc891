import Foundation
import Testing
@testable import CasebookKit

/// Without `base_url` the feed's ids are `urn:` names made from the site's title: a new
/// title renewed every id, and feed readers showed every entry again. site.yml `feed_name`
/// keeps the old name, and `check --against` says what to write.
@Suite struct FeedNameTests {
    static let title = "en: Kazakhstan Political Cases Monitor"

    /// The ids of a language's feed (`feed.xml`, `ru/feed.xml`).
    static func ids(_ site: SiteFixture, _ path: String = "feed.xml") throws -> [String] {
        let feed = try #require(OutputReading.XMLTree.parse(try site.data(path)))
        return [feed.first("id")?.text ?? ""] + feed.all("entry").compactMap { $0.first("id")?.text }
    }

    static func withoutBaseURL() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: "")
        return site
    }

    @Test func feedNameKeepsTheIdsThroughANewTitle() throws {
        let site = try Self.withoutBaseURL()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let (english, russian) = (try Self.ids(site), try Self.ids(site, "ru/feed.xml"))
        #expect(english.first == "urn:casebook:kazakhstan-political-cases-monitor:feed.xml")

        try site.replace("content/site.yml", Self.title, with: "en: Kazakhstan Political Prosecutions Monitor")
        #expect(site.build().succeeded)
        #expect(try Self.ids(site).first == "urn:casebook:kazakhstan-political-prosecutions-monitor:feed.xml")

        // The old name given: the same ids; a plain name is the default language's, so the
        // Russian feed keeps its own title's.
        try site.replace("content/site.yml", "\ndescription:", with: "\nfeed_name: kazakhstan-political-cases-monitor\ndescription:")
        let built = site.build()
        #expect(built.succeeded, "\(built.diagnostics)")
        #expect(try Self.ids(site) == english)
        #expect(try Self.ids(site, "ru/feed.xml") == russian)
    }

    @Test func checkAgainstSaysWhatToWriteWhenTheTitleChanged() throws {
        let site = try AddressCheckTests.published { site in
            try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: "")
        }
        defer { site.remove() }
        try site.replace("content/site.yml", Self.title, with: "en: Kazakhstan Political Prosecutions Monitor")
        let changed = AddressCheckTests.check(site)
        #expect(changed.diagnostics.map(\.description) == [
            "published-cases.json:1:1: warning: the site's title is not the one published ('Kazakhstan Political Cases Monitor'), and a site without 'base_url' names its feed's entry ids after its title (urn:casebook:kazakhstan-political-cases-monitor:…), so a feed reader would show every entry again as new: keep them with 'feed_name: kazakhstan-political-cases-monitor' in site.yml (setting 'base_url' changes them once, for good)",
        ], "\(changed.diagnostics)")
        #expect(changed.exitStatus == 0)

        // A Russian title changed too: each language named.
        try site.replace("content/site.yml", "ru: Мониторинг политических дел Казахстана", with: "ru: Мониторинг политических преследований")
        let both = AddressCheckTests.check(site).diagnostics.map(\.message)
        #expect(both.count == 1 && both[0].contains("'feed_name: {en: kazakhstan-political-cases-monitor, ru: monitoring-politicheskikh-del-kazakhstana, kk: qazaqstandaghy-sayasi-ister-monitoringi}'"), "\(both)")

        try site.replace("content/site.yml", "\ndescription:",
                         with: "\nfeed_name: {en: kazakhstan-political-cases-monitor, ru: monitoring-politicheskikh-del-kazakhstana}\ndescription:")
        let kept = AddressCheckTests.check(site)
        #expect(kept.diagnostics.isEmpty, "\(kept.diagnostics)")

        // A language the published site did not have had no feed to keep: its title is new.
        try site.replace("content/site.yml", "kk: Қазақстандағы саяси істер мониторингі", with: "kk: Саяси істер мониторингі")
        let published = try site.read("published-cases.json")
        let kazakh = try #require(published.range(of: #""title_kk": *"[^"]*","#, options: .regularExpression))
        try site.write("published-cases.json", published.replacingCharacters(in: kazakh, with: ""))
        let added = AddressCheckTests.check(site)
        #expect(added.diagnostics.isEmpty, "\(added.diagnostics)")
    }
}
