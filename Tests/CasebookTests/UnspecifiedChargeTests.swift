import Foundation
import Testing
@testable import CasebookKit

/// A charge the sources report without its article (`unspecified: true` in site.yml
/// `charges`) says so where the law would be, and the open data marks it.
@Suite struct UnspecifiedChargeTests {
    @Test func theCasePageSaysTheArticleIsNotReported() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "charges:\n", with: "charges:\n  extremism-unspecified: {label: Extremism, unspecified: true}\n")
        try site.replace("content/cases/qambarova-2021.md", "charges: [kz-cc-405]", with: "charges: [kz-cc-405, extremism-unspecified]")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let page = try site.read("public/cases/qambarova-2021/index.html")
        #expect(page.contains(">Extremism</a> <span class=\"law\">(<bdi>article not reported</bdi>)</span>"))
        let data = try site.read("public/data/cases.json")
        #expect(data.contains("\"extremism-unspecified\":{\"label\":\"Extremism\",\"law\":null,\"unspecified\":true}"))
    }

    @Test func anUnspecifiedChargeWithALawIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "charges:\n", with: "charges:\n  extremism-unspecified: {label: Extremism, law: Article 1, unspecified: true}\n")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains("content/site.yml:12:50: error: charge 'extremism-unspecified' is marked 'unspecified: true' (the sources give no article), so it has no 'law': remove 'law', or remove 'unspecified' if the article is known"), "\(messages)")
    }
}
