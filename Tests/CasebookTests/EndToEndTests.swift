import Foundation
import Testing
@testable import CasebookKit

/// Builds the sample archive into a temporary folder and inspects the site as a reader's
/// browser would meet it.
@Suite struct EndToEndTests {
    @Test func sampleArchiveBuildsEveryPageOfTheContract() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = site.build()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let expected = [
            "index.html", "404.html", "assets/style.css",
            "cases/index.html", "cases/lesova-lepesova-2021/index.html", "cases/qambarova-2021/index.html",
            "people/index.html", "people/nazira-lesova/index.html", "people/mukhtar-ablyazov/index.html",
            "organizations/index.html", "organizations/dvk/index.html", "organizations/taraz-court-2/index.html",
            "timeline/index.html", "timeline/2021/index.html", "timeline/2018/index.html",
            "statuses/index.html", "statuses/sentenced/index.html", "charges/kz-cc-405/index.html",
            "regions/zhambyl-region/index.html", "tags/index.html", "about/index.html", "methodology/index.html",
        ]
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path), "missing \(path)")
        }
        #expect(result.pagesWritten == SiteFixture.snapshot(site.output).filter { $0.key.hasSuffix(".html") && !SiteFixture.isRedirect($0.value) }.count)
    }

    @Test func everyInternalLinkResolvesAndNothingLoadsFromAnotherHost() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let files = SiteFixture.snapshot(site.output)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            for link in SiteFixture.links(in: html) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") {
                    // Off-site links are allowed in anchors only, never as loaded resources.
                    #expect(!html.contains("src=\"\(link)\"") && !html.contains("stylesheet\" href=\"\(link)\""), "\(path) loads \(link)")
                    continue
                }
                // 404.html is shown at any depth, so it links from base_url's path ("/" in the sample).
                let fromRoot = path == SitePaths.notFound && !link.hasPrefix("#")
                #expect(link.hasPrefix("/") == fromRoot, "\(path): link \(link)")
                #expect(!link.contains("://"), "\(path): absolute link \(link)")
                let target = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                if target.isEmpty { continue }
                let resolved = SiteFixture.normalize(fromRoot ? String(target.dropFirst()) : folder + "/" + target)
                #expect(files[resolved] != nil, "\(path): \(link) does not resolve (\(resolved))")
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build(output: "one").succeeded)
        #expect(site.build(output: "two").succeeded)
        let one = SiteFixture.snapshot(site.root.appendingPathComponent("one"))
        let two = SiteFixture.snapshot(site.root.appendingPathComponent("two"))
        #expect(!one.isEmpty)
        #expect(one == two)
    }

    @Test func brokenArchiveLeavesThePreviousOutputUntouched() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        try site.replace("content/cases/lesova-lepesova-2021.md", "person: nazira-lepesova", with: "person: nazira-lepesva")
        let result = site.build()
        #expect(!result.succeeded)
        // Both mistakes in one run, each with file, line, column and a suggestion.
        let messages = result.errors.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/cases/qambarova-2021.md:") && $0.contains("did you mean 'sentenced'?") })
        #expect(messages.contains { $0.hasPrefix("content/cases/lesova-lepesova-2021.md:") && $0.contains("did you mean 'nazira-lepesova'?") })
        #expect(SiteFixture.snapshot(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".casebook") }
        #expect(leftovers.isEmpty)
    }

    @Test func filesOfRemovedContentDisappearFromTheOutput() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        // (Deeper than the top, where a file the last build did not list is refused: OutputMarkTests.)
        try site.write("public/cases/stale.html", "old")
        try site.removeTranslations()
        try site.replace("content/cases/lesova-lepesova-2021.md", "related_cases: [qambarova-2021]", with: "related_cases: []")
        try site.replace("content/cases/lesova-lepesova-2021.md", "](qambarova-2021.md)", with: "](./)")
        try site.replace("content/people/zhazira-qambarova.md", "](../cases/qambarova-2021.md)", with: "](../cases/)")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("cases/qambarova-2021.md"))
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let files = SiteFixture.snapshot(site.output)
        #expect(files["cases/stale.html"] == nil)
        #expect(files["cases/qambarova-2021/index.html"] == nil)
        #expect(files["cases/lesova-lepesova-2021/index.html"] != nil)
    }
}
