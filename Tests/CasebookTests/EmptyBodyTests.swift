import Foundation
import Testing
@testable import CasebookKit

/// A case, person or organization written without a body has no "What happened",
/// "Biography" or "About" heading over nothing, in any language; a free page's body is
/// its empty place as before.
@Suite struct EmptyBodyTests {
    @Test func aFileWithoutABodyHasNoHeadingForIt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "language: en\n", with: "languages: [en, ru]\n")
        for path in ["content/cases/qambarova-2021.md", "content/people/nazira-lesova.md", "content/organizations/taraz-court-2.md"] {
            let text = try site.read(path)
            let end = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
            try site.write(path, String(text[..<end.upperBound]))
        }
        #expect(site.build().exitStatus == 0)
        for language in ["", "ru/"] {
            for (page, heading) in [("cases/qambarova-2021", "body-heading"), ("people/nazira-lesova", "bio-heading"),
                                    ("organizations/taraz-court-2", "about-heading")] {
                let html = try site.read("public/\(language)\(page)/index.html")
                #expect(!html.contains("id=\"\(heading)\""), "\(language)\(page)")
            }
            // A page with a body keeps its heading.
            #expect(try site.read("public/\(language)cases/lesova-lepesova-2021/index.html").contains("id=\"body-heading\""))
        }
    }
}
