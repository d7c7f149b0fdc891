import Testing
@testable import CasebookKit

/// `{{root}}`: put into templates as a marker once, turned into `../` chains per page.
struct RootTests {
    let marker = SitePaths.rootMarker

    @Test func theMarkerBecomesTheWayUp() {
        func resolve(_ text: String, _ root: String) -> String {
            String(decoding: SiteRenderer.resolveRoot(text, root: root), as: UTF8.self)
        }
        #expect(resolve("", "../") == "")
        #expect(resolve("no links", "../") == "no links")
        #expect(resolve("\(marker)a.css", "../../") == "../../a.css")
        #expect(resolve("x\(marker)\(marker)y\(marker)", "../") == "x../../y../")
        #expect(resolve("Қамбарова \(marker)index.html", "") == "Қамбарова index.html")
    }

    @Test func templatesGetTheMarkerForEverySpellingOfRoot() {
        let text = "<a href=\"{{root}}x\">{{ root }}{{{root}}}{{&root}}</a>{{rooted}}{{#root}}"
        #expect(Theme.placeRoot(in: text) == "<a href=\"\(marker)x\">\(marker)\(marker)\(marker)</a>{{rooted}}{{#root}}")
    }
}
