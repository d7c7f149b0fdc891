import Foundation
import Testing
@testable import CasebookKit

/// The site plan is the one list of the site's files: a build writes exactly what it lists.
@Suite struct SitePlanTests {
    static func plan(_ site: SiteFixture, drafts: Bool = false) throws -> (SitePlan, Archive) {
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, _) = Builder.parse(loaded, displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: drafts)
        let (theme, problems) = Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates")
        let assets = try #require(theme, "\(problems)").assetFiles
        return (SitePlan(archive: archive, copies: loaded.mediaFiles + assets), archive)
    }

    /// Every file under `folder`, relative to it.
    static func files(under folder: URL) -> Set<String> {
        let root = folder.resolvingSymlinksInPath().path + "/"
        var found: Set<String> = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            found.insert(String(url.resolvingSymlinksInPath().path.dropFirst(root.count)))
        }
        return found
    }

    @Test(arguments: [false, true]) func aBuildWritesExactlyThePlannedFiles(drafts: Bool) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = site.build(drafts: drafts)
        #expect(result.succeeded, "\(result.diagnostics)")
        let (plan, _) = try Self.plan(site, drafts: drafts)
        let planned = Set(plan.files.map(\.path))
        #expect(planned.count == plan.files.count, "no path is planned twice")
        #expect(Self.files(under: site.output) == planned.union([OutputMarker.name]))
        #expect(result.pagesWritten == plan.pages.count)
    }

    @Test func draftsArePlannedOnlyWhenAskedFor() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/draft-one.md", "---\ntitle: Draft\nstatus: investigation\ndraft: true\n---\n")
        let (plain, _) = try Self.plan(site)
        let (drafts, _) = try Self.plan(site, drafts: true)
        #expect(!plain.pagePaths.contains("cases/draft-one/index.html"))
        #expect(drafts.pagePaths.contains("cases/draft-one/index.html"))
    }

    @Test func pageFoldersComeOnceInRenderOrder() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let (plan, _) = try Self.plan(site)
        let folders = plan.pageFolders
        #expect(Set(folders).count == folders.count)
        var seen: Set<String> = []
        // The redirects' folders last (the pages at former ids' addresses are rendered last).
        let firstUse = (plan.pages.map(\.path) + plan.redirects.map(\.path)).map { SitePaths.folder(of: $0) }.filter { seen.insert($0).inserted }
        #expect(folders == firstUse)
    }

    @Test func aLongSitemapIsPlannedWithItsParts() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, _) = Builder.parse(loaded, displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: false)
        let listed = SitePlan(archive: archive).pages.count - 1  // all but 404.html
        let plan = SitePlan(archive: archive, sitemapLimit: 10)
        var sitemap = Sitemap(archive: archive, urls: SiteURLs(base: archive.site.baseURL), pages: plan.pagePaths)
        sitemap.limit = 10
        let made = sitemap.files().map(\.path)
        #expect(made.count == 1 + (listed + 9) / 10)
        #expect(plan.data.filter { $0.file == .sitemap }.map(\.path) == made)
    }
}
