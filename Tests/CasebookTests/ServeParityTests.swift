import Foundation
import Testing
@testable import CasebookKit

/// What `casebook serve` shows after an edit is what `casebook build` makes of the same
/// files, and its problems are those `casebook check` tells: found by comparing a running
/// server with fresh builds after each kind of edit.
@Suite struct ServeParityTests {
    static func options(_ fixture: SiteFixture) -> BuildOptions {
        BuildOptions(content: "content", templates: "templates", relativeTo: fixture.root)
    }

    static func page(_ site: DevSite, _ path: String) -> String {
        String(decoding: site.file(at: path) ?? [], as: UTF8.self)
    }

    /// A document's size ("PDF, 5 KB") is measured by the build: the server measured none,
    /// and did not follow the file growing either.
    @Test func aDocumentShowsItsSizeAsBuilt() throws {
        let fixture = try SiteFixture()
        let pdf = fixture.content.appendingPathComponent("media/verdict.pdf")
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(("%PDF-1.4\n" + String(repeating: "x", count: 5000) + "\n%%EOF\n").utf8).write(to: pdf)
        try fixture.replace("content/cases/qambarova-2021.md", "---\ntitle:",
                            with: "---\ndocuments:\n  - title: The verdict\n    file: media/verdict.pdf\ntitle:")
        let site = DevSite(options: Self.options(fixture))
        #expect(site.problemsText == nil)
        #expect(Self.page(site, "cases/qambarova-2021/index.html").contains("PDF, 5 KB"))
        try DevSiteTests.expectSameAsBuild(site, fixture)

        let handle = try FileHandle(forWritingTo: pdf)
        handle.seekToEndOfFile()
        handle.write(Data(repeating: UInt8(ascii: "y"), count: 20_000))
        try handle.close()
        site.changed([pdf.path])
        site.settle()
        #expect(Self.page(site, "cases/qambarova-2021/index.html").contains("PDF, 24 KB"))
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    /// A damaged image is an error of `check` (the build does not publish it, so it stops):
    /// the server said nothing, and showed the site as if it were whole.
    @Test func aDamagedImageIsAnErrorAsInCheck() throws {
        let fixture = try SiteFixture()
        let image = fixture.content.appendingPathComponent("media/broken.jpg")
        try FileManager.default.createDirectory(at: image.deletingLastPathComponent(), withIntermediateDirectories: true)
        let site = DevSite(options: Self.options(fixture))
        #expect(site.problemsText == nil)

        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array("garbage".utf8)).write(to: image)
        site.changed([image.path])
        site.settle()
        let checked = Builder.check(Self.options(fixture)).diagnostics.filter { $0.severity == .error }
        let line = try #require(checked.first { $0.file == "content/media/broken.jpg" })
        #expect(checked.count == 1)
        let problems = try #require(site.problemsText)
        #expect(problems.contains(DiagnosticReport([line]).text))
        #expect(site.summary.errorCount == 1)

        // Already there when the server starts.
        let started = DevSite(options: Self.options(fixture))
        #expect(started.problemsText?.contains("content/media/broken.jpg:1:1: error: this JPEG image is damaged") == true)

        try FileManager.default.removeItem(at: image)
        site.changed([image.path])
        site.settle()
        #expect(site.problemsText == nil)
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    /// A person protected while the build stops (their name is still in texts, so it does):
    /// the last good pages named them in full, and were served as they were.
    @Test func aPersonProtectedSinceTheLastGoodBuildIsNotShown() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let built = fixture.build()
        #expect(built.succeeded)
        let paths = SiteFixture.snapshot(fixture.output).keys.filter { $0 != OutputGuard.markerName }
        let naming = paths.filter { Self.page(site, $0).contains("Qambarova") }
        #expect(naming.contains("cases/qambarova-2021/index.html"))
        #expect(naming.contains("data/people.csv"))
        let untouched = try #require(paths.first { $0.hasSuffix(".html") && !naming.contains($0) })
        let before = site.file(at: untouched)

        let person = "content/people/zhazira-qambarova.md"
        try fixture.replace(person, "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        site.changed([fixture.root.appendingPathComponent(person).path])
        site.settle()
        #expect(site.problemsText != nil, "the texts still name her: the build stops")
        for path in paths {
            let served = Self.page(site, path)
            #expect(!served.contains("Qambarova") && !served.contains("Қамбарова"), "\(path) names a protected person")
        }
        #expect(Self.page(site, "cases/qambarova-2021/index.html").contains("<h1>Page withheld</h1>"))
        #expect(site.file(at: "data/people.csv") == nil)
        #expect(site.file(at: untouched) == before, "a page that names nobody protected is served as before")

        // Protection taken back: the last good pages are theirs to show again.
        try fixture.replace(person, "protect: initials\n", with: "")
        site.changed([fixture.root.appendingPathComponent(person).path])
        site.settle()
        #expect(site.problemsText == nil)
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    /// A template that prints a list whole stops the build, with the tag's place: the server
    /// rendered pages on demand, never looked, and showed the page as if it were right.
    @Test func aValuePrintedWholeIsAnErrorAsInTheBuild() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let template = "templates/case.mustache"
        try fixture.replace(template, "</article>", with: "{{sources}}</article>")
        site.changed([fixture.root.appendingPathComponent(template).path])
        site.settle()
        let built = fixture.build()
        #expect(!built.succeeded)
        let error = try #require(built.diagnostics.first { $0.severity == .error })
        #expect(error.file == template && error.message.hasPrefix("'sources' is a list"))
        let problems = try #require(site.problemsText, "no page asked for yet, and the error is known")
        #expect(problems.contains(DiagnosticReport([error]).text))

        // Already in the theme when the server starts.
        let started = DevSite(options: Self.options(fixture))
        #expect(started.problemsText?.contains(DiagnosticReport([error]).text) == true)

        try fixture.replace(template, "{{sources}}</article>", with: "</article>")
        site.changed([fixture.root.appendingPathComponent(template).path])
        site.settle()
        #expect(site.problemsText == nil)
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }

    /// A case file saved as a link to a file outside the archive: the build refuses it (it
    /// would publish what is not the archive's), but the quick path read it and published it,
    /// and the full link that followed never listed the folder again, so it was never told.
    @Test func aCaseReplacedByALinkOutOfTheArchiveIsRefusedAsInTheBuild() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let file = fixture.content.appendingPathComponent("cases/qambarova-2021.md")
        let outside = fixture.root.appendingPathComponent("outside.md")
        try fixture.read("content/cases/qambarova-2021.md")
            .replacingOccurrences(of: "title: Taraz court sentences Zhazira Qambarova", with: "title: Not the archive's text")
            .write(to: outside, atomically: true, encoding: .utf8)
        let link = file.path + ".link"
        #expect(symlink(outside.path, link) == 0)
        #expect(rename(link, file.path) == 0)
        site.changed([file.path])
        site.settle()
        let checked = Builder.check(Self.options(fixture)).diagnostics.filter { $0.severity == .error }
        let refusal = try #require(checked.first { $0.file == "content/cases/qambarova-2021.md" })
        let problems = try #require(site.problemsText)
        #expect(problems.contains(DiagnosticReport([refusal]).text))
        #expect(!Self.page(site, "cases/qambarova-2021/index.html").contains("Not the archive"))
    }

    /// A value printed whole on a page the first pages of each kind do not show (a case's
    /// documents, here only on one case): found when that page is rendered, and told then.
    @Test func aValuePrintedWholeOnALaterPageIsToldWhenItIsRendered() throws {
        let fixture = try SiteFixture()
        try fixture.replace("templates/case.mustache", "</article>", with: "{{#documents}}{{.}}{{/documents}}</article>")
        try fixture.replace("content/cases/qambarova-2021.md", "---\ntitle:",
                            with: "---\ndocuments:\n  - title: The verdict\n    url: https://example.org/verdict\ntitle:")
        let built = fixture.build()
        let error = try #require(built.diagnostics.first { $0.severity == .error })
        #expect(error.file == "templates/case.mustache" && error.message.contains("first on cases/qambarova-2021/index.html"))
        let site = DevSite(options: Self.options(fixture))
        let rebuilds = Recorder()
        site.onRebuild { rebuilds.add($0) }
        #expect(site.problemsText == nil, "no page shows it yet")
        _ = site.file(at: "cases/qambarova-2021/index.html")
        site.settle()
        #expect(site.problemsText?.contains(DiagnosticReport([error]).text) == true)
        #expect(rebuilds.all.count == 1 && rebuilds.all.first?.errorCount == 1)
        // Asked again, the page is not published again.
        _ = site.file(at: "cases/qambarova-2021/index.html")
        site.settle()
        #expect(rebuilds.all.count == 1)
    }

    /// A person protected, then at once a case that names them edited: the quick path asked
    /// the last link whether anyone is protected, and that link was made before the
    /// protection, so the case page was published naming them until the full link came.
    @Test func aCaseEditedRightAfterAProtectionNeverNamesThePerson() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let shown = Recorder()
        site.onRebuild { rebuild in
            // Each generation as it is published, before anything else can change it.
            if Self.page(site, "cases/qambarova-2021/index.html").contains("Qambarova") { shown.add(rebuild) }
        }
        let person = "content/people/zhazira-qambarova.md", file = "content/cases/qambarova-2021.md"
        try fixture.replace(person, "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        try fixture.replace(file, "title: Taraz court sentences Zhazira Qambarova", with: "title: Taraz court sentences Zhazira Qambarova again")
        site.changed([fixture.root.appendingPathComponent(person).path])
        site.changed([fixture.root.appendingPathComponent(file).path])
        site.settle()
        #expect(site.problemsText != nil, "the texts name her: the build stops")
        #expect(shown.all.isEmpty, "published naming her \(shown.all.count) times")
    }

    /// A `protect:` saved: the pages shown named the person until the full link was done
    /// (a second at 10,000 cases). Now they are withheld as soon as the file is read.
    @Test func aProtectionIsHonouredBeforeTheLinkIsDone() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        #expect(Self.page(site, "cases/qambarova-2021/index.html").contains("Qambarova"))
        let person = "content/people/zhazira-qambarova.md"
        try fixture.replace(person, "name: Zhazira Qambarova\n", with: "name: Zhazira Qambarova\nprotect: initials\n")
        let generation = site.generation
        site.changed([fixture.root.appendingPathComponent(person).path])
        let (read, named) = site.afterChangesRead { (site.generation, Self.page(site, "cases/qambarova-2021/index.html").contains("Qambarova")) }
        #expect(read == generation, "the link is not done yet")
        #expect(!named)
        site.settle()
        #expect(!Self.page(site, "cases/qambarova-2021/index.html").contains("Qambarova"))
    }
}
