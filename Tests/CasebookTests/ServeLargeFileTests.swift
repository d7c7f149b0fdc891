import Foundation
import Testing
@testable import CasebookKit

/// A large media file (a video of a trial) is sent from disk in pieces: it was read whole
/// for every request, so each request held as much memory as the file is long, and a
/// browser's video player asks again at each seek.
@Suite struct ServeLargeFileTests {
    @Test func aLargeMediaFileIsStreamedWithItsLengthAndTag() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        var generator = SystemRandomNumberGenerator()
        let video = (0..<(LargeFile.threshold + 300_000)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(video).write(to: fixture.content.appendingPathComponent("media/trial.mp4"))
        try Data(ImageFixtures.bytes("gps.jpg")).write(to: fixture.content.appendingPathComponent("media/photo.jpg"))
        let site = DevSite(options: DevSiteTests.options(fixture))
        #expect(await site.largeFile(at: "media/trial.mp4")?.size == video.count)
        // Small files, and images whose metadata is left out, are answered whole as before.
        #expect(await site.largeFile(at: "media/photo.jpg") == nil)
        #expect(await site.largeFile(at: "index.html") == nil)

        let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 0, events: ReloadEvents())
        do {
            let got = try await RawHTTP.request("/media/trial.mp4", port: server.port)
            #expect(got.status == 200)
            #expect(got.headers["content-type"] == "video/mp4")
            #expect(got.headers["content-length"] == String(video.count))
            #expect(got.body == video)
            let head = try await RawHTTP.request("/media/trial.mp4", port: server.port, method: "HEAD")
            #expect(head.headers["content-length"] == String(video.count))
            #expect(head.body.isEmpty)
            let tag = try #require(head.headers["etag"])
            let again = try await RawHTTP.request("/media/trial.mp4", port: server.port, headers: ["If-None-Match": tag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(try await RawHTTP.request("/media/photo.jpg", port: server.port).body == ImageFixtures.output(ImageFixtures.bytes("gps.jpg")))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
