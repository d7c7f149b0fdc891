import Foundation
import Testing
@testable import CasebookKit

/// An Atom entry's id never changes (RFC 4287 4.2.6): a case renamed with `former_ids`, and
/// each correction of it, keep the id of the case's first address, so a feed reader does not
/// show them again as new; only the link follows the rename.
@Suite struct FeedIDRenameTests {
    /// The feed's `(id, link)` pairs of the Kozlov case and its correction.
    static func kozlovEntries(_ site: SiteFixture) throws -> [(id: String, link: String)] {
        let feed = try #require(OutputReading.XMLTree.parse(try site.data("feed.xml")))
        return feed.all("entry").compactMap { entry in
            guard let id = entry.first("id")?.text, id.contains("kozlov") else { return nil }
            return (id, entry.first("link")?.attributes["href"] ?? "")
        }
    }

    /// Moves the Kozlov case to a new file name listing `formerIDs`, as `git mv` and an edit would.
    static func rename(_ site: SiteFixture, from old: String, to new: String, formerIDs: String) throws {
        let text = try site.read("content/cases/\(old).md")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("cases/\(old).md"))
        var lines = text.components(separatedBy: "\n")
        lines.removeAll { $0.hasPrefix("former_ids:") }
        lines.insert("former_ids: \(formerIDs)", at: 2)
        try site.write("content/cases/\(new).md", lines.joined(separator: "\n"))
        try site.replace("content/people/vladimir-kozlov.md", "../cases/\(old).md", with: "../cases/\(new).md")
    }

    @Test func aRenamedCaseAndItsCorrectionKeepTheirEntryIDs() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/cases/kozlov-2012.md", "updated: 2016-08-19\n",
                         with: "updated: 2016-08-19\ncorrections:\n  - {date: 2016-09-01, note: The appeal's date was wrong.}\n")
        #expect(site.build().succeeded)
        let before = try Self.kozlovEntries(site)
        let base = "https://cases.example.org/cases/"
        #expect(before.map(\.id) == [base + "kozlov-2012/", base + "kozlov-2012/#correction-2016-09-01"])

        try Self.rename(site, from: "kozlov-2012", to: "kozlov-aktau-2012", formerIDs: "[kozlov-2012]")
        let renamed = site.build()
        #expect(renamed.succeeded, "\(renamed.diagnostics)")
        let after = try Self.kozlovEntries(site)
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.map(\.link) == [base + "kozlov-aktau-2012/", base + "kozlov-aktau-2012/#correction-2016-09-01"])

        // A second rename adds its id at the end of the list: the first stays the entries' id.
        try Self.rename(site, from: "kozlov-aktau-2012", to: "kozlov-alga-2012", formerIDs: "[kozlov-2012, kozlov-aktau-2012]")
        #expect(site.build().succeeded)
        #expect(try Self.kozlovEntries(site).map(\.id) == before.map(\.id))
    }

    @Test func withoutBaseURLTheURNIsMadeFromTheFirstFormerID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: "")
        try Self.rename(site, from: "kozlov-2012", to: "kozlov-aktau-2012", formerIDs: "[kozlov-2012]")
        #expect(site.build().succeeded)
        let entries = try Self.kozlovEntries(site)
        #expect(entries.map(\.id) == ["urn:casebook:kazakhstan-political-cases-monitor:cases:kozlov-2012"])
        #expect(entries.map(\.link) == ["cases/kozlov-aktau-2012/index.html"])
    }

    /// A reader's bibliography knows a page's BibTeX entry by its key: a key that followed the
    /// rename would make the entry copied again a second one. It is the first id, as the feed's.
    @Test func aRenamedCasesBibTeXKeyIsItsFirstID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try site.read("public/cases/kozlov-2012/index.html").contains("@misc{cases-kozlov-2012,"))
        try Self.rename(site, from: "kozlov-2012", to: "kozlov-aktau-2012", formerIDs: "[kozlov-2012]")
        #expect(site.build().succeeded)
        let page = try site.read("public/cases/kozlov-aktau-2012/index.html")
        #expect(page.contains("@misc{cases-kozlov-2012,"), "\(page)")
        // The sample's case renamed before this rule: its key is its first address's.
        #expect(try site.read("public/cases/bokayev-ayan-2016/index.html").contains("@misc{cases-atyrau-land-protests-2016,"))
    }
}
