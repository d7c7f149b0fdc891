import Foundation
import Testing
@testable import CasebookKit

/// A large file among the theme's assets (a video, `truncate -s 2G templates/assets/x`): a
/// build copied it in pieces, but `casebook serve` read it whole with the theme (2 GB of
/// memory, and again at each change of the theme) and hashed all of it. Now the dev server
/// keeps an asset's bytes only under `LargeFile.threshold` (an image up to 256 MB), and
/// serves a larger one from disk in pieces, as it does a large media file.
@Suite(.hangGuard) struct LargeAssetTests {
    @Test func aLargeAssetIsNotHeldByTheDevServerButServedInPieces() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        let size = LargeFile.threshold + 1
        try LargeMediaTests.sparse(templates.appendingPathComponent("assets/trial.bin"), Array("video".utf8), size: size)
        #expect(!ThemeFiles.keptWhole(templates.appendingPathComponent("assets/trial.bin").path))
        let files = ThemeFiles.read(templates, displayName: "templates", keepAssetBytes: true)
        #expect(files.assets.contains { $0.path == "assets/trial.bin" })
        #expect(files.assetBytes["assets/trial.bin"] == nil)
        #expect(files.assetBytes["assets/style.css"] != nil, "a small asset is kept as read")
        let served = StaticFiles(assets: templates.appendingPathComponent("assets"), media: site.content.appendingPathComponent("media"))
        #expect(served.largeFile(at: "assets/trial.bin")?.size == size)
        #expect(served.largeFile(at: "assets/style.css") == nil, "a small asset is the theme's as read")
        // The build copies it in pieces, as before.
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect((try? FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent("assets/trial.bin").path)[.size] as? Int) == size)
    }

    /// An image among the assets is kept up to 256 MB (its metadata is left out of what is
    /// served); over that it is neither kept nor streamed unless the site keeps metadata, and
    /// an error in the build.
    @Test func anImageAssetOverTheLimitIsNeitherKeptNorServed() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        let banner = templates.appendingPathComponent("assets/banner.jpg")
        try LargeMediaTests.sparse(banner, LargeMediaTests.jpegHead, size: LargeFile.threshold + 1)
        #expect(ThemeFiles.keptWhole(banner.path))
        try LargeMediaTests.sparse(banner, LargeMediaTests.jpegHead, size: MediaImages.readLimit + 1)
        #expect(!ThemeFiles.keptWhole(banner.path))
        let served = StaticFiles(assets: templates.appendingPathComponent("assets"), media: site.content.appendingPathComponent("media"))
        #expect(served.largeFile(at: "assets/banner.jpg") == nil)
        #expect(served.largeFile(at: "assets/banner.jpg", keepImageMetadata: true)?.size == MediaImages.readLimit + 1)
        let rule = MediaImages(keepMetadata: false, displayName: "templates")
        #expect(rule.check([StaticFile(path: "assets/banner.jpg", source: banner.path)]).map(\.description) == [
            "templates/assets/banner.jpg:1:1: error: this JPEG image is 257 MB, and casebook reads an image whole to leave its metadata out "
                + "(where it was taken, the camera), so it reads none over 256 MB and does not publish it: save it smaller from an image "
                + "editor (a page shows an image a few thousand pixels wide at most), or set keep_image_metadata: true in site.yml to publish images as they are",
        ])
    }
}
