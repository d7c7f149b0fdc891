import Foundation
import Testing
@testable import CasebookKit

/// A server shows the one `404.html` at every missing address, `/ru/…` and `/kk/…` too: on
/// a site in several languages it says so in each, every message in its own `lang`, its
/// links leading to that language's pages.
@Suite struct NotFoundLanguagesTests {
    @Test func theNotFoundPageSpeaksEveryLanguageOfTheSite() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let html = try String(contentsOf: site.output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(html.contains("<h1>Page not found</h1>"))
        #expect(html.contains("<section class=\"not-found-other\" lang=\"ru\">\n<h2>Страница не найдена</h2>"))
        #expect(html.contains("<a href=\"/ru/index.html\">Перейти на главную страницу</a>"))
        #expect(html.contains("<section class=\"not-found-other\" lang=\"kk\">\n<h2>Бет табылмады</h2>"))
        #expect(html.contains("<a href=\"/kk/cases/index.html\">"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ru/404.html").path))
    }

    @Test func aOneLanguageSiteHasOneMessage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let html = try String(contentsOf: site.output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(!html.contains("not-found-other"))
    }
}
