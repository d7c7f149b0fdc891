import Foundation
import Testing
@testable import CasebookKit

/// `Range` requests: a video in media/ is played and sought through them (Safari plays
/// none from a server that ignores them), so the dev server answers one range with 206.
@Suite struct ServeRangeTests {
    private func range(_ header: String?, ifRange: String? = nil, size: Int = 100) -> ByteRange {
        ByteRange.of(range: header, ifRange: ifRange, etag: "\"t\"", size: size)
    }

    @Test func oneRangeIsReadAsTheRFCSpellsIt() {
        #expect(range("bytes=0-9") == .part(0...9))
        #expect(range("bytes=90-") == .part(90...99))
        #expect(range("bytes=-10") == .part(90...99))
        #expect(range("bytes=-1000") == .part(0...99))
        #expect(range("bytes=95-1000") == .part(95...99))
        #expect(range("Bytes = 5-5 ") == .whole)  // no spaces around "="
        #expect(range(" bytes=5-5") == .part(5...5))
        #expect(range("bytes=0-99999999999999999999999") == .part(0...99))
        #expect(range("bytes=100-") == .unsatisfiable)
        #expect(range("bytes=-0") == .unsatisfiable)
        #expect(range("bytes=0-", size: 0) == .unsatisfiable)
    }

    @Test func anythingElseGetsTheWholeFile() {
        for header in [nil, "", "bytes=", "bytes=-", "bytes=5-1", "bytes=0-1,5-6", "items=0-1", "bytes=a-b", "bytes=+1-2", "bytes=1"] {
            #expect(range(header) == .whole, "\(header ?? "nil")")
        }
        #expect(range("bytes=0-9", ifRange: "\"other\"") == .whole)
        #expect(range("bytes=0-9", ifRange: "Wed, 21 Oct 2015 07:28:00 GMT") == .whole)
        #expect(range("bytes=0-9", ifRange: "\"t\"") == .part(0...9))
    }

    @Test func aServedFileAnswersARangeWith206() async throws {
        try await withServedFixture { server, _, _ in
            let css = "body { color: black; } /* </body> */"
            let whole = try await RawHTTP.request("/assets/style.css", port: server.port)
            #expect(whole["Accept-Ranges"] == "bytes")
            let tag = try #require(whole["ETag"])
            let part = try await RawHTTP.request("/assets/style.css", port: server.port, headers: ["Range": "bytes=0-3"])
            #expect(part.status == 206)
            #expect(part.text == "body")
            #expect(part["Content-Range"] == "bytes 0-3/\(css.utf8.count)")
            #expect(part["Content-Length"] == "4")
            #expect(part["ETag"] == tag)
            let tail = try await RawHTTP.request("/assets/style.css", port: server.port, headers: ["Range": "bytes=-3", "If-Range": tag])
            #expect(tail.status == 206 && tail.text == " */")
            let past = try await RawHTTP.request("/assets/style.css", port: server.port, headers: ["Range": "bytes=999-"])
            #expect(past.status == 416)
            #expect(past["Content-Range"] == "bytes */\(css.utf8.count)")
            #expect(past.body.isEmpty)
            let changed = try await RawHTTP.request("/assets/style.css", port: server.port, headers: ["Range": "bytes=0-3", "If-Range": "\"old\""])
            #expect(changed.status == 200 && changed.text == css)
            let head = try await RawHTTP.request("/assets/style.css", port: server.port, method: "HEAD", headers: ["Range": "bytes=0-3"])
            #expect(head.status == 200 && head["Content-Length"] == String(css.utf8.count))
            let notModified = try await RawHTTP.request("/assets/style.css", port: server.port, headers: ["Range": "bytes=0-3", "If-None-Match": tag])
            #expect(notModified.status == 304)
            // The site's 404 page is never cut.
            let missing = try await RawHTTP.request("/nope/", port: server.port, headers: ["Range": "bytes=0-3"])
            #expect(missing.status == 404 && missing.text.contains("Custom not found page"))
        }
    }

    @Test func aLargeFileSendsOnlyThePartAsked() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        var generator = SystemRandomNumberGenerator()
        let video = (0..<(LargeFile.threshold + LargeFile.piece + 500)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(video).write(to: fixture.content.appendingPathComponent("media/trial.mp4"))
        let site = DevSite(options: DevSiteTests.options(fixture))
        let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 0, events: ReloadEvents())
        do {
            // Across a piece's edge, and to the end.
            let start = LargeFile.piece - 100
            let part = try await RawHTTP.request("/media/trial.mp4", port: server.port, headers: ["Range": "bytes=\(start)-\(start + 299)"])
            #expect(part.status == 206)
            #expect(part.body == Array(video[start..<(start + 300)]))
            #expect(part["Content-Range"] == "bytes \(start)-\(start + 299)/\(video.count)")
            #expect(part["Accept-Ranges"] == "bytes")
            let end = try await RawHTTP.request("/media/trial.mp4", port: server.port, headers: ["Range": "bytes=-700"])
            #expect(end.status == 206 && end.body == Array(video.suffix(700)))
            let past = try await RawHTTP.request("/media/trial.mp4", port: server.port, headers: ["Range": "bytes=\(video.count)-"])
            #expect(past.status == 416 && past["Content-Range"] == "bytes */\(video.count)")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
