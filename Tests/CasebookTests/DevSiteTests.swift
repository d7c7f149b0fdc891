import Foundation
import Testing
@testable import CasebookKit

/// The dev server's in-memory site: the same bytes as a build, rebuilt as files change.
@Suite struct DevSiteTests {
    static func options(_ fixture: SiteFixture) -> BuildOptions {
        BuildOptions(content: "content", templates: "templates", relativeTo: fixture.root)
    }

    /// Every page and generated file the dev server serves equals what `build` writes.
    static func expectSameAsBuild(_ site: DevSite, _ fixture: SiteFixture) throws {
        let output = fixture.root.appendingPathComponent("built-\(UUID().uuidString)")
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: output.path,
                                                relativeTo: fixture.root))
        #expect(result.succeeded)
        let built = SiteFixture.snapshot(output)
        #expect(built.count > 30)
        for (path, data) in built where path != OutputGuard.markerName {  // the build's own mark, not a page
            let served = site.file(at: path)
            #expect(served == [UInt8](data), "\(path) differs from the build")
        }
    }

    @Test func servesWhatTheBuildWrites() async throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        #expect(site.problemsText == nil)
        try Self.expectSameAsBuild(site, fixture)
        #expect(site.file(at: "cases/no-such-case/index.html") == nil)
        #expect(site.isFolder("cases"))
        #expect(site.isFolder("assets"))
        #expect(!site.isFolder("cases/qambarova-2021/index.html"))
        // The "not found" page climbs from where it is shown.
        let missing = String(decoding: await site.notFoundPage(for: "a/b/index.html") ?? [], as: UTF8.self)
        #expect(missing.contains("href=\"../../assets/style.css\""))
    }

    /// The sample in three languages: every language served as built, and an edited
    /// translation shows on its language's page.
    @Test func servesEveryLanguageAndFollowsATranslation() throws {
        let fixture = try SiteFixture(.sample)
        let site = DevSite(options: Self.options(fixture))
        #expect(site.problemsText == nil)
        try Self.expectSameAsBuild(site, fixture)
        #expect(site.isFolder("ru/cases"))
        let file = "content/cases/qambarova-2021.ru.md"
        try fixture.replace(file, "title: Суд в Таразе вынес приговор Жазире Камбаровой", with: "title: Новый заголовок")
        site.changed([fixture.root.appendingPathComponent(file).path])
        site.settle()
        let page = String(decoding: site.file(at: "ru/cases/qambarova-2021/index.html") ?? [], as: UTF8.self)
        #expect(page.contains("Новый заголовок"))
        try Self.expectSameAsBuild(site, fixture)
    }

    /// The server counts what `build` says: a place name of site.yml that no file uses is
    /// a warning there, and was left out of the server's count.
    @Test func countsTheWarningsTheBuildGives() throws {
        let fixture = try SiteFixture(.sample)
        try fixture.replace("content/site.yml", "places:\n", with: "places:\n  Nowhere: {ru: Нигде, kk: Ешқайда}\n")
        let site = DevSite(options: Self.options(fixture))
        let built = fixture.build().diagnostics.filter { $0.severity == .warning }
        #expect(built.contains { $0.message.hasPrefix("no case or person has the region or city 'Nowhere'") })
        #expect(site.summary.warningCount == built.count)
    }

    @Test func anEditedCaseIsQuickThenFull() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let rebuilds = Recorder()
        site.onRebuild { rebuilds.add($0) }
        _ = site.file(at: "cases/qambarova-2021/index.html")
        try fixture.replace("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova",
                            with: "title: Taraz court sentences Qambarova again")
        site.changed([fixture.content.appendingPathComponent("cases/qambarova-2021.md").path])
        site.settle()
        let page = String(decoding: site.file(at: "cases/qambarova-2021/index.html") ?? [], as: UTF8.self)
        #expect(page.contains("Taraz court sentences Qambarova again"))
        #expect(rebuilds.all.map(\.quick) == [true, false])
        #expect(rebuilds.all.allSatisfy { $0.errorCount == 0 })
        // After the full link, every page (the cases index and the person page too) is as a build makes it.
        try Self.expectSameAsBuild(site, fixture)
    }

    @Test func errorsKeepTheLastGoodPagesUntilFixed() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let path = fixture.content.appendingPathComponent("cases/qambarova-2021.md").path
        try fixture.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        site.changed([path])
        site.settle()
        let problems = try #require(site.problemsText)
        #expect(problems.contains("content/cases/qambarova-2021.md:4:9: error: 'sentensed' is not one of the site's statuses; did you mean 'sentenced'?"))
        let page = String(decoding: site.file(at: "cases/qambarova-2021/index.html") ?? [], as: UTF8.self)
        #expect(page.contains("Taraz court sentences Zhazira Qambarova"), "the last good page is still served")

        try fixture.replace("content/cases/qambarova-2021.md", "status: sentensed", with: "status: sentenced")
        site.changed([path])
        site.settle()
        #expect(site.problemsText == nil)
        try Self.expectSameAsBuild(site, fixture)
    }

    @Test func newAndRemovedFilesAndTemplates() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let person = fixture.content.appendingPathComponent("people/aigul-sadykova.md")
        try fixture.write("content/people/aigul-sadykova.md", "---\nname: Aigul Sadykova\n---\nA journalist.\n")
        site.changed([person.path])
        site.settle()
        #expect(site.file(at: "people/aigul-sadykova/index.html") != nil)

        try FileManager.default.removeItem(at: person)
        site.changed([person.path])
        site.settle()
        #expect(site.file(at: "people/aigul-sadykova/index.html") == nil)

        try fixture.replace("templates/partials/footer.mustache", "</footer>", with: "<p>dev-footer-mark</p></footer>")
        site.changed([fixture.root.appendingPathComponent("templates/partials/footer.mustache").path])
        site.settle()
        let home = String(decoding: site.file(at: "index.html") ?? [], as: UTF8.self)
        #expect(home.contains("dev-footer-mark"))
        try Self.expectSameAsBuild(site, fixture)

        // A template that goes away is the built-in one until it is back.
        let footer = fixture.root.appendingPathComponent("templates/partials/footer.mustache")
        let aside = fixture.root.appendingPathComponent("footer.mustache")
        try FileManager.default.moveItem(at: footer, to: aside)
        site.changed([footer.path])
        site.settle()
        #expect(site.problemsText == nil)
        #expect(!String(decoding: site.file(at: "index.html") ?? [], as: UTF8.self).contains("dev-footer-mark"))
        try FileManager.default.moveItem(at: aside, to: footer)
        site.changed([footer.path])
        site.settle()
        #expect(site.problemsText == nil)
        #expect(String(decoding: site.file(at: "index.html") ?? [], as: UTF8.self).contains("dev-footer-mark"))

        // A temporary file an editor renamed over a case is no change of its own.
        let before = site.generation
        site.changed([fixture.content.appendingPathComponent("cases/.qambarova-2021.md.tmp").path,
                      fixture.content.appendingPathComponent("cases/sedX1b2c3").path])
        site.settle()
        #expect(site.generation == before)
    }

    @Test func assetsAndMediaAreReadInPlaceAndConfined() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: Self.options(fixture))
        let css = try Data(contentsOf: fixture.root.appendingPathComponent("templates/assets/style.css"))
        #expect(site.file(at: "assets/style.css") == [UInt8](css))
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("templates/assets/passwd").path,
                                                   withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: fixture.content.appendingPathComponent("media/up").path,
                                                   withDestinationPath: fixture.root.path)
        #expect(site.file(at: "assets/passwd") == nil)
        #expect(site.file(at: "media/up/templates/assets/style.css") == nil)
        #expect(site.isFolder("assets"))
        #expect(!site.isFolder("media/up"))
    }

    @Test func scratchFilesAreIgnored() {
        #expect(Watcher.isScratch(".qambarova-2021.md.swp"))
        #expect(Watcher.isScratch("qambarova-2021.md~"))
        #expect(Watcher.isScratch("4913"))
        #expect(!Watcher.isScratch("qambarova-2021.md"))
    }

    @Test func theWatcherReportsASave() throws {
        let fixture = try SiteFixture()
        let seen = Recorder()
        let watcher = try Watcher(folders: [fixture.content]) { paths in seen.addPaths(paths) }
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 0.05)
        try fixture.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: serving")
        try fixture.write("content/media/new/photo.txt", "x")
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline, !seen.paths.contains(where: { $0.hasSuffix("new/photo.txt") }) {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(seen.paths.contains(fixture.content.appendingPathComponent("cases/qambarova-2021.md").path))
        #expect(seen.paths.contains { $0.hasSuffix("media/new/photo.txt") }, "a file in a new folder is seen")
    }
}

/// Collects callbacks from other threads.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var rebuilds: [DevSite.Rebuild] = []
    private var seenPaths: [String] = []

    func add(_ rebuild: DevSite.Rebuild) { lock.withLock { rebuilds.append(rebuild) } }
    func addPaths(_ paths: [String]) { lock.withLock { seenPaths += paths } }
    var all: [DevSite.Rebuild] { lock.withLock { rebuilds } }
    var paths: [String] { lock.withLock { seenPaths } }
}

/// The dev server's quick path under random edits: every state ends in pages or in
/// positioned problems, and once the file is restored the site is the build's again.
@Suite struct DevSiteFuzzTests {
    @Test func mutatedSavesOfACaseNeverBreakTheServer() throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: DevSiteTests.options(fixture))
        site.linkDelay = 0
        let file = fixture.content.appendingPathComponent("cases/qambarova-2021.md")
        let original = try [UInt8](Data(contentsOf: file))
        var random = FuzzTests.Random(state: 4_052_021)
        var outcomes = (clean: 0, problems: 0)
        for _ in 0..<150 {
            try Data(FuzzTests.mutate(original, &random)).write(to: file)
            site.changed([file.path])
            site.settle()
            if let problems = site.problemsText {
                outcomes.problems += 1
                let lines = problems.split(separator: "\n").dropLast()  // the last is the summary
                #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("content/cases/qambarova-2021.md:") })
            } else {
                outcomes.clean += 1
            }
            #expect(site.file(at: "index.html") != nil, "the last good pages stay")
        }
        #expect(outcomes.clean > 10 && outcomes.problems > 10)
        try Data(original).write(to: file)
        site.changed([file.path])
        site.settle()
        #expect(site.problemsText == nil)
        try DevSiteTests.expectSameAsBuild(site, fixture)
    }
}
