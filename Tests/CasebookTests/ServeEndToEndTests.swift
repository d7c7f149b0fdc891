import Foundation
import Testing
@testable import CasebookKit

/// `casebook serve` as the command wires it: the watcher feeds the dev site, the server
/// answers over HTTP. A saved edit shows in the page; a mistake shows the panel over the
/// last good page; the fix removes it.
struct ServeEndToEndTests {
    @Test func anEditIsServedAndAMistakeShowsUntilFixed() async throws {
        let fixture = try SiteFixture()
        let site = DevSite(options: DevSiteTests.options(fixture))
        let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 0)
        site.onRebuild { server.events.reload(generation: $0.generation) }
        let watcher = try Watcher(folders: [fixture.content, fixture.root.appendingPathComponent("templates")]) {
            site.changed($0)
        }
        defer { watcher.stop() }
        let path = "/cases/qambarova-2021/index.html"

        /// The page's answers until one passes, or the last after ninety seconds: the whole
        /// suite runs beside it on two cores, where a rebuild once took more than twenty.
        func page(until accept: @escaping (RawResponse) -> Bool) async throws -> RawResponse {
            let deadline = ContinuousClock.now + .seconds(90)
            while true {
                let response = try await RawHTTP.request(path, port: server.port)
                if accept(response) || ContinuousClock.now > deadline { return response }
                try await Task.sleep(for: .milliseconds(10))
            }
        }

        let before = try await page { _ in true }
        #expect(before.status == 200)
        #expect(before.text.contains("Taraz court sentences Zhazira Qambarova"))
        #expect(before.text.contains("/__casebook/events"), "served pages carry the reload script")

        try fixture.replace("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova",
                            with: "title: Taraz court upholds the sentence")
        let edited = try await page { $0.text.contains("upholds the sentence") }
        #expect(edited.text.contains("upholds the sentence"))
        #expect(edited["X-Casebook-Page"] != before["X-Casebook-Page"])

        try fixture.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        let broken = try await page { $0.text.contains("casebook-problems") }
        #expect(broken.status == 200)
        #expect(broken.text.contains("content/cases/qambarova-2021.md:4:9: error: &#39;sentensed&#39; is not one of the site&#39;s statuses"))
        #expect(broken.text.contains("upholds the sentence"), "the last good page stays under the panel")

        try fixture.replace("content/cases/qambarova-2021.md", "status: sentensed", with: "status: sentenced")
        let fixed = try await page { !$0.text.contains("casebook-problems") }
        #expect(!fixed.text.contains("casebook-problems"))
        #expect(fixed.text.contains("upholds the sentence"))

        // Nothing was written into the folder the build writes.
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
        await server.stop()
    }

    /// Without templates/ the built-in theme serves; a templates/ made while serving (as
    /// `casebook theme export templates` does) is watched from then on. It was not: the
    /// command watched only folders that existed when it started.
    @Test func aTemplatesFolderMadeWhileServingIsWatched() async throws {
        let fixture = try SiteFixture()
        let templates = fixture.root.appendingPathComponent("templates")
        try FileManager.default.removeItem(at: templates)
        let site = DevSite(options: DevSiteTests.options(fixture))
        let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 0)
        site.onRebuild { server.events.reload(generation: $0.generation) }
        let watcher = try Watcher(folders: site.watchedFolders) { site.changed($0) }
        defer { watcher.stop() }
        let path = "/cases/qambarova-2021/index.html"
        let before = try await RawHTTP.request(path, port: server.port)
        #expect(before.status == 200)

        // Made elsewhere and moved in, as an export into a new folder ends; then edited.
        let made = fixture.root.appendingPathComponent("exported")
        try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent("templates"), to: made)
        try FileManager.default.moveItem(at: made, to: templates)
        try await Task.sleep(for: .milliseconds(200))
        let page = templates.appendingPathComponent("case.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "<h1", with: "<p>edited-while-serving</p><h1").write(to: page, atomically: true, encoding: .utf8)
        let deadline = ContinuousClock.now + .seconds(90)
        var after = try await RawHTTP.request(path, port: server.port)
        while !after.text.contains("edited-while-serving"), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
            after = try await RawHTTP.request(path, port: server.port)
        }
        #expect(after.text.contains("edited-while-serving"))
        await server.stop()
    }
}
