import Foundation
import Testing
@testable import CasebookKit

/// The theme's assets as `casebook serve` shows them: those of the last good build, as its
/// pages are, and its images judged in the problem panel as `check` judges them; a saved
/// asset or media file reloads the pages that show it.
@Suite struct ServeThemeAssetsTests {
    static func saved(_ site: DevSite, _ fixture: SiteFixture, _ file: String) {
        site.changed([fixture.root.appendingPathComponent(file).path])
        site.settle()
    }

    /// A style sheet saved with what the build refuses (a font from another host) was served
    /// at once, so the preview loaded from that host; and one saved while a case has an error
    /// showed over the last good pages, a theme half new. Both wait for a build that succeeds.
    @Test func aStyleSheetIsTheLastGoodBuilds() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let site = DevSite(options: DevSiteTests.options(fixture))
        let css = "templates/assets/style.css"
        let good = try #require(site.file(at: "assets/style.css"))

        try fixture.replace(css, "/* casebook default theme:", with: "@import url(https://fonts.example.com/css?family=X);\n/* casebook default theme:")
        Self.saved(site, fixture, css)
        #expect(site.problemsText?.contains("templates/assets/style.css:1:13: error: this loads 'https://fonts.example.com/css?family=X'") == true)
        #expect(site.file(at: "assets/style.css") == good, "the refused style sheet is not served")

        // A case with an error: a style sheet saved meanwhile shows once the case is fixed.
        try fixture.replace(css, "@import url(https://fonts.example.com/css?family=X);\n", with: ".dev-mark{}\n")
        try fixture.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        Self.saved(site, fixture, "content/cases/qambarova-2021.md")
        Self.saved(site, fixture, css)
        #expect(site.problemsText?.contains("'sentensed' is not one of the site's statuses") == true)
        #expect(site.file(at: "assets/style.css") == good)
        try fixture.replace("content/cases/qambarova-2021.md", "status: sentensed", with: "status: sentenced")
        Self.saved(site, fixture, "content/cases/qambarova-2021.md")
        #expect(site.problemsText == nil)
        #expect(String(decoding: site.file(at: "assets/style.css") ?? [], as: UTF8.self).hasPrefix(".dev-mark{}\n"))
        try DevSiteTests.expectSameAsBuild(site, fixture)

        // Kept as read: a file changed with no news of it yet is not served half-written.
        let served = site.file(at: "assets/style.css")
        try fixture.replace(css, ".dev-mark{}\n", with: "")
        #expect(site.file(at: "assets/style.css") == served)
    }

    /// A damaged image among the theme's assets stopped `check` and `build`, but the server's
    /// panel said nothing (it judged content/media only); a GPS position was not warned of.
    @Test func theThemesImagesAreJudgedAsCheckJudgesThem() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let site = DevSite(options: DevSiteTests.options(fixture))
        let gps = ImageFixtures.bytes("gps.jpg")
        let banner = "templates/assets/banner.jpg"
        try Data(gps).write(to: fixture.root.appendingPathComponent(banner))
        Self.saved(site, fixture, banner)
        #expect(site.problemsText == nil)
        #expect(site.summary.warningCount == 1)
        #expect(site.file(at: "assets/banner.jpg") == ImageFixtures.output(gps))

        try Data(Array(gps.prefix(700))).write(to: fixture.root.appendingPathComponent(banner))
        Self.saved(site, fixture, banner)
        let checked = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: fixture.root))
        let damaged = try #require(checked.diagnostics.first { $0.severity == .error })
        #expect(damaged.description.hasPrefix("templates/assets/banner.jpg:1:1: error: this JPEG image is damaged"))
        #expect(site.problemsText?.contains(damaged.description) == true)
        // The last good build's banner is served meanwhile.
        #expect(site.file(at: "assets/banner.jpg") == ImageFixtures.output(gps))

        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(banner))
        Self.saved(site, fixture, banner)
        #expect(site.problemsText == nil)
        #expect(site.file(at: "assets/banner.jpg") == nil)
    }

    /// A page reloads when its tag changes, and the tag covered the page's HTML alone: the
    /// second save of a style sheet (the first drops the build stamp of a clean git tree) or
    /// a photo replaced under its name left every open page as it was.
    @Test func aSavedStyleSheetOrPhotoReloadsThePagesThatShowIt() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try Data(ImageFixtures.bytes("plain.png")).write(to: fixture.content.appendingPathComponent("media/фото 1.png"))
        try fixture.replace("content/cases/qambarova-2021.md", "\n---\n", with: "\n---\n![Фото](../media/фото%201.png)\n")
        let site = DevSite(options: DevSiteTests.options(fixture))
        #expect(site.problemsText == nil)
        let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 0, events: ReloadEvents())
        // The tag the reload script compares, as a HEAD request gets it.
        func tags() async throws -> (photo: String?, other: String?) {
            (try await RawHTTP.request("/cases/qambarova-2021/", port: server.port, method: "HEAD").headers["x-casebook-page"],
             try await RawHTTP.request("/about/", port: server.port, method: "HEAD").headers["x-casebook-page"])
        }
        do {
            let before = try await tags()
            #expect(before.photo != nil && before.other != nil)
            try fixture.replace("templates/assets/style.css", "/* casebook default theme:", with: ".dev-mark{}\n/* casebook default theme:")
            Self.saved(site, fixture, "templates/assets/style.css")
            let styled = try await tags()
            #expect(styled.photo != before.photo)
            #expect(styled.other != before.other)

            try Data(ImageFixtures.bytes("text.png")).write(to: fixture.content.appendingPathComponent("media/фото 1.png"))
            Self.saved(site, fixture, "content/media/фото 1.png")
            let replaced = try await tags()
            #expect(replaced.photo != styled.photo)
            #expect(replaced.other == styled.other, "a page that does not show the photo stays")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func aPagesMediaAreFoundByTheirAddresses() {
        let page = Array(#"<img src="../../media/%D1%84%D0%BE%D1%82%D0%BE%201.png" alt=""> <a href="media/docs/v.pdf#p2">v</a>"#.utf8)
            + Array(" social-media/x  url(media/a.jpg)".utf8)
        #expect(PageResources.mediaPaths(in: page) == ["media/фото 1.png", "media/docs/v.pdf", "media/a.jpg"])
    }
}
