import Foundation
import Testing
@testable import CasebookKit

/// Nothing one request does takes the dev server down, and a client that hangs up takes
/// its work with it.
@Suite(.serialized) struct ServerRobustnessTests {
    /// A site whose "slow.html" works until it is cancelled (30 s at most), and whose
    /// "boom.html" throws.
    final class TroubleSite: ServedSite, @unchecked Sendable {
        struct RenderFailure: Error, CustomStringConvertible {
            var description: String { "the template \"case\" includes itself" }
        }
        private let lock = NSLock()
        private var startedSlow = false
        private var cancelledAfter: Duration?
        var started: Bool { lock.withLock { startedSlow } }
        var cancellation: Duration? { lock.withLock { cancelledAfter } }

        func file(at path: String) async throws -> [UInt8]? {
            switch path {
            case "boom.html": throw RenderFailure()
            case "slow.html":
                lock.withLock { startedSlow = true }
                let start = ContinuousClock.now
                while start.duration(to: .now) < .seconds(30) {
                    if Task.isCancelled {
                        lock.withLock { cancelledAfter = start.duration(to: .now) }
                        throw CancellationError()
                    }
                    try? await Task.sleep(for: .milliseconds(5))
                }
                return Array("slow".utf8)
            case "index.html": return Array("<p>home</p>".utf8)
            default: return nil
            }
        }
        func isFolder(_ path: String) async throws -> Bool { false }
        func problems() async throws -> String? { nil }
    }

    @Test func aThrownErrorAnswers500AndTheServerGoesOn() async throws {
        let site = TroubleSite()
        let server = try await DevServer.start(site: site)
        defer { Task { await server.stop() } }
        for _ in 0..<3 {
            let failed = try await RawHTTP.request("/boom.html", port: server.port)
            #expect(failed.status == 500)
            #expect(failed.text == "casebook could not answer /boom.html: the template \"case\" includes itself\n")
            let home = try await RawHTTP.request("/", port: server.port)
            #expect(home.status == 200 && home.text.hasPrefix("<p>home</p>"))
        }
    }

    @Test func workStopsWhenTheClientHangsUp() async throws {
        let site = TroubleSite()
        let server = try await DevServer.start(site: site)
        let connection = try RawConnection(port: server.port)
        try connection.send("GET /slow.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let deadline = ContinuousClock.now + .seconds(3)
        while !site.started, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(site.started)
        let hungUp = ContinuousClock.now
        connection.hangUp()
        // Not a timing bound: the work would run 30 s, and a test run loading both cores
        // has delayed the cancellation by seconds; ending in the first half is ending early.
        while site.cancellation == nil, hungUp.duration(to: .now) < .seconds(15) {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(site.cancellation != nil, "the work went on after the client left")
        let waitForClose = ContinuousClock.now + .seconds(2)
        while server.openConnections > 0, ContinuousClock.now < waitForClose { try await Task.sleep(for: .milliseconds(5)) }
        #expect(server.openConnections == 0)
        await server.stop()
    }

    /// The fastest of three tries: the rest of the suite shares the two cores. Not a timing
    /// bound: the answer would take 30 s, and a full test run on two cores once made a stop
    /// that did not wait take 0.6 s; ending in its first tenth is ending without waiting.
    @Test func stopClosesConnectionsInTheMiddleOfAnAnswer() async throws {
        let early = Duration.seconds(3)
        var fastest = Duration.seconds(60)
        for _ in 0..<3 where fastest >= early {
            fastest = min(fastest, try await stopInTheMiddleOfAnAnswer())
        }
        #expect(fastest < early, "stop took \(fastest)")
    }

    func stopInTheMiddleOfAnAnswer() async throws -> Duration {
        let site = TroubleSite()
        let server = try await DevServer.start(site: site)
        let connection = try RawConnection(port: server.port)
        try connection.send("GET /slow.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let deadline = ContinuousClock.now + .seconds(3)
        while !site.started, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        let start = ContinuousClock.now
        await server.stop()
        let took = start.duration(to: .now)
        #expect(site.cancellation != nil)
        return took
    }
}
