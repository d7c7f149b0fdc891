import Foundation
import Testing
@testable import CasebookKit

/// The dev server under hostile clients: oversized heads, odd methods, foreign hosts.
/// Timed, so serialized: on two busy cores parallel tests would measure each other.
@Suite(.serialized) struct ServerLimitsTests {
    static let bigHeader = "X-Big: " + String(repeating: "a", count: 200_000)

    /// Sends `head` (the blank line is added) and reads the answer to the end; the time
    /// is from the first byte sent to the last byte read.
    static func send(_ head: String, port: UInt16) async throws -> (RawResponse, Duration) {
        try await RawHTTP.onThread {
            let connection = try RawConnection(port: port)
            let start = ContinuousClock.now
            try connection.send(head + "\r\n\r\n")
            let bytes = try connection.read()
            return (try RawResponse(bytes), start.duration(to: .now))
        }
    }

    @Test func aHugeHeaderIsAnswered431AtOnce() async throws {
        try await withServedFixture { server, _, _ in
            // The fastest of three: the other tests of this process may be loading both cores.
            var times: [Duration] = []
            for _ in 0..<3 {
                let (response, time) = try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(Self.bigHeader)", port: server.port)
                #expect(response.status == 431)
                #expect(response["Connection"] == "close")
                #expect(response.text.contains("16 KB"))
                times.append(time)
            }
            #expect(times.min()! < .milliseconds(100), "times: \(times)")
            // Many short headers over the total are refused the same way.
            let many = (0..<10).map { "X-Part-\($0): " + String(repeating: "b", count: 8_000) }.joined(separator: "\r\n")
            let (total, _) = try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(many)", port: server.port)
            #expect(total.status == 431)
            let count = (0..<600).map { "X-\($0): 1" }.joined(separator: "\r\n")
            let (numerous, _) = try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(count)", port: server.port)
            #expect(numerous.status == 431)
        }
    }

    @Test func fiftyHugeHeadersAtOnceLeaveThePagesFast() async throws {
        try await withServedFixture { server, _, _ in
            let port = server.port
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(Self.bigHeader)", port: port).0.status
                    }
                }
                // Asked for while the 50 are arriving: the slowest of three must still be quick.
                var times: [Duration] = []
                for _ in 0..<3 {
                    let (page, time) = try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close", port: port)
                    #expect(page.status == 200)
                    times.append(time)
                }
                #expect(times.min()! < .milliseconds(100), "times: \(times)")
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 431, count: 50))
            let (after, _) = try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close", port: port)
            #expect(after.status == 200)
        }
    }

    @Test func requestLinesAndHeaderLinesAreToldApart() {
        for line in ["GET /aaaa", "BREW /", "GET http://example.com/", "PROPFIND /x"] {
            #expect(RequestLineSniffer.isRequestLine(Array(line.utf8)), "\(line)")
        }
        for line in ["Cookie: a=b c=d", "X-Big:aaa", " folded value", "", "NoSpaceAtAll"] {
            #expect(!RequestLineSniffer.isRequestLine(Array(line.utf8)), "\(line)")
        }
    }

    @Test func aRefusedClientThatStaysIsClosedSoon() async throws {
        try await withServedFixture { server, _, _ in
            let port = server.port
            let connection = try await RawHTTP.onThread { () -> RawConnection in
                let connection = try RawConnection(port: port)
                try connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(Self.bigHeader)\r\n\r\n")
                try connection.read()  // the answer, then the end of the server's side
                return connection
            }
            #expect(try RawResponse(connection.received).status == 431)
            // The client neither sends nor closes: the server closes within 2 s or so.
            let deadline = ContinuousClock.now + .seconds(4)
            while server.openConnections > 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            #expect(server.openConnections == 0)
        }
    }

    @Test func aLongRequestLineIsAnswered414() async throws {
        try await withServedFixture { server, _, _ in
            for length in [20_000, 200_000] {
                let target = "/" + String(repeating: "a", count: length)
                // The fastest of three: the rest of the suite shares the two cores.
                var times: [Duration] = []
                for _ in 0..<3 {
                    let (response, time) = try await Self.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1", port: server.port)
                    #expect(response.status == 414, "\(length)")
                    times.append(time)
                }
                #expect(times.min()! < .milliseconds(100), "\(length) took \(times)")
            }
            // Just under the limit is an ordinary request.
            let (fine, _) = try await Self.send("GET /\(String(repeating: "a", count: 8_000)) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close", port: server.port)
            #expect(fine.status == 404)
        }
    }

    @Test(arguments: ["PROPFIND", "BREW", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT", "MKCOL", "FROB"])
    func everyOtherMethodIsAnswered405(method: String) async throws {
        try await withServedFixture { server, _, _ in
            let target = method == "CONNECT" ? "127.0.0.1:80" : "/"
            let (response, _) = try await Self.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close", port: server.port)
            #expect(response.status == 405, "\(method)")
            #expect(response["Allow"] == "GET, HEAD", "\(method)")
            // The server is still there.
            #expect(try await RawHTTP.request("/", port: server.port).status == 200)
        }
    }

    @Test(arguments: ["evil.example", "evil.example:4000", "127.0.0.1.nip.io", "localhost.evil.example", "192.0.2.1", "[2001:db8::1]", ""])
    func aForeignHostIsRefused(host: String) async throws {
        try await withServedFixture { server, _, _ in
            let (response, _) = try await Self.send("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close", port: server.port)
            #expect([403, 421].contains(response.status), "\(host) -> \(response.status)")
            #expect(!response.text.contains("<h1>Home</h1>"))
            let events = try await Self.send("GET /__casebook/events HTTP/1.1\r\nHost: \(host)\r\nConnection: close", port: server.port)
            #expect(events.0.status == 403)
        }
    }

    @Test(arguments: ["127.0.0.1", "127.0.0.1:8000", "localhost", "LOCALHOST:8000", "preview.localhost", "127.1.2.3", "[::1]:8000"])
    func loopbackHostsAreServed(host: String) async throws {
        try await withServedFixture { server, _, _ in
            let (response, _) = try await Self.send("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close", port: server.port)
            #expect(response.status == 200, "\(host)")
        }
    }

    /// An HTTP/1.0 request without `Connection: keep-alive` was answered and its connection
    /// kept open: a 1.0 client, which reads to the end of the connection, waited 30 s for the
    /// idle timeout (RawConnection's read gives up after 3). One with keep-alive stays open.
    @Test func anHTTP10RequestEndsItsConnectionUnlessKeptAlive() async throws {
        try await withServedFixture { server, _, _ in
            let port = server.port
            let closed = try await RawHTTP.onThread {
                let connection = try RawConnection(port: port)
                try connection.send("GET /robots.txt HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                return try RawResponse(connection.read())
            }
            #expect(closed.status == 200 && closed.text == "User-agent: *")
            let both = try await RawHTTP.onThread {
                let connection = try RawConnection(port: port)
                try connection.send("GET /robots.txt HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
                try connection.read(untilContains: "User-agent: *")
                try connection.send("GET /feed.xml HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                return String(decoding: try connection.read(), as: UTF8.self)
            }
            #expect(both.components(separatedBy: " 200 OK").count == 3 && both.hasSuffix("<feed/>"), "\(both)")
        }
    }

    /// A client that asks for a large file and never reads it was kept until the server
    /// stopped (HummingbirdCore's idle timeout waits while an answer is sent), with its socket,
    /// its file and megabytes of pieces: thirty of them held 200 MB. Closed after `stallTimeout`.
    @Test func aClientThatNeverReadsItsAnswerIsClosed() async throws {
        try await withServedFixture { server, _, fixture in
            try Data(count: 16 << 20).write(to: fixture.site.appendingPathComponent("media/trial.mp4"))
            let connection = try await RawHTTP.onThread {
                let connection = try RawConnection(port: server.port)
                try connection.send("GET /media/trial.mp4 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                return connection
            }
            // The server may not have taken the connection in yet: wait until it has, or the
            // loop below would see no connection at once and measure nothing.
            let asked = ContinuousClock.now
            while server.openConnections == 0, asked.duration(to: .now) < .seconds(20) { try await Task.sleep(for: .milliseconds(20)) }
            #expect(server.openConnections > 0)
            let start = ContinuousClock.now
            while server.openConnections > 0, start.duration(to: .now) < .seconds(90) { try await Task.sleep(for: .milliseconds(200)) }
            #expect(server.openConnections == 0, "closed after \(start.duration(to: .now))")
            #expect(start.duration(to: .now) > .seconds(25))
            // Other readers were served meanwhile.
            let (page, _) = try await Self.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close", port: server.port)
            #expect(page.status == 200)
            _ = connection
        }
    }
}
