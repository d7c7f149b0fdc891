import Foundation
import Testing
@testable import CasebookKit

/// A draft is checked but never published; `--drafts` shows it, marked.
@Suite struct DraftTests {
    static let draftCase = """
        ---
        title: Draft case of Mukhtar Ablyazov
        status: investigation
        people: [mukhtar-ablyazov]
        organizations: [dvk]
        court: taraz-court-2
        region: Secret Region
        tags: [unpublished-tag]
        related_cases: [qambarova-2021]
        draft: true
        ---
        Not ready.
        """

    /// The one draft rule every stage asks: a published record is always shown, a draft only with --drafts.
    @Test func theDraftRuleShowsDraftsOnlyWithDrafts() {
        struct Record: Draftable { let draft: Bool }
        #expect(Record(draft: false).isPublished(includeDrafts: false))
        #expect(Record(draft: false).isPublished(includeDrafts: true))
        #expect(!Record(draft: true).isPublished(includeDrafts: false))
        #expect(Record(draft: true).isPublished(includeDrafts: true))
    }

    @Test func draftsAreLeftOutOfEveryPageListCountAndBackLink() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/draft-case.md", Self.draftCase)
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let files = SiteFixture.snapshot(site.output)
        #expect(files["cases/draft-case/index.html"] == nil)
        // Page folders are made before linking: a draft must not leave an empty one.
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("cases/draft-case").path))
        #expect(files["regions/secret-region/index.html"] == nil)
        #expect(files["tags/unpublished-tag/index.html"] == nil)
        #expect(files["statuses/investigation/index.html"] == nil)
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("draft-case"), "\(path) mentions the draft")
            #expect(!html.contains("Draft case of"), "\(path) mentions the draft")
        }
        let home = try site.read("public/index.html")
        #expect(home.contains("<dd>6</dd>"))
    }

    @Test func draftsAreStillChecked() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/draft-case.md", Self.draftCase.replacingOccurrences(of: "[dvk]", with: "[dvkk]"))
        let result = site.build()
        #expect(result.errors.map(\.description) == [
            "content/cases/draft-case.md:5:17: error: unknown organization 'dvkk' (there is no organizations/dvkk.md); did you mean 'dvk'?",
        ])
    }

    @Test func draftsFlagIncludesThemMarked() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/draft-case.md", Self.draftCase)
        #expect(site.build(drafts: true).succeeded)
        let page = try site.read("public/cases/draft-case/index.html")
        #expect(page.contains("Draft: not published"))
        let index = try site.read("public/cases/index.html")
        #expect(index.contains("badge-draft"))
        let person = try site.read("public/people/mukhtar-ablyazov/index.html")
        #expect(person.contains("cases/draft-case/index.html"))
        let related = try site.read("public/cases/qambarova-2021/index.html")
        #expect(related.contains("draft-case/index.html"))
    }

    @Test func aPublishedLinkToADraftIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/draft-case.md", Self.draftCase)
        try site.replace("content/pages/about.md", "---\nThe Kazakhstan", with: "---\nSee [the draft](../cases/draft-case.md).\n\nThe Kazakhstan")
        let result = site.build()
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("draft") == true)
    }
}
