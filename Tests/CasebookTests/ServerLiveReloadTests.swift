import Foundation
import Testing
@testable import CasebookKit

/// The server-sent events of live reload, over real HTTP.
struct ServerLiveReloadTests {
    /// Opens the event stream and reads until its first event has arrived.
    /// - Parameter timeoutSeconds: how long a read may wait; generous where the test waits
    ///   for something the server does on its own schedule, which a loaded machine delays.
    private func openEvents(port: UInt16, timeoutSeconds: Int = 3) async throws -> RawConnection {
        try await RawHTTP.onThread {
            let connection = try RawConnection(port: port, timeoutSeconds: timeoutSeconds)
            try connection.send("GET /__casebook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            try connection.read(untilContains: "\n\n")
            try connection.read(untilContains: "\n\n\r\n")  // the end of the first chunk
            return connection
        }
    }

    /// Returns as soon as the condition holds; the deadline only ends a wait that failed,
    /// so it is generous for a machine loaded by the parallel test run.
    private func waitUntil(_ condition: () -> Bool, seconds: Double = 30) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while !condition() && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return condition()
    }

    @Test func streamStartsWithTheCurrentGenerationThenSendsEachReloadAtOnce() async throws {
        try await withServedFixture { server, _, _ in
            server.events.reload(generation: 4)
            let connection = try await openEvents(port: server.port)
            let head = String(decoding: connection.received, as: UTF8.self)
            #expect(head.hasPrefix("HTTP/1.1 200"))
            #expect(head.contains("Content-Type: text/event-stream; charset=utf-8"))
            #expect(head.lowercased().contains("transfer-encoding: chunked"))  // names are case-insensitive
            #expect(head.contains("retry: 1000\ndata: \(server.events.run)-4\n\n"))

            // Each event arrives on its own (a buffering server would time the read out);
            // the fastest of five within 100 ms, as other tests may be loading both cores.
            var delays: [Duration] = []
            for generation in 5...9 {
                let start = ContinuousClock.now
                server.events.reload(generation: generation)
                let arrival = try await RawHTTP.onThread {
                    try connection.read(untilContains: "data: \(server.events.run)-\(generation)\n\n")
                    return ContinuousClock.now
                }
                delays.append(arrival - start)
            }
            #expect(delays.min()! < .milliseconds(100), "delays: \(delays)")
        }
    }

    @Test func pagesCarryTheGenerationTheyWereServedAt() async throws {
        try await withServedFixture { server, _, _ in
            server.events.reload(generation: 2)
            let before = try await RawHTTP.request("/", port: server.port)
            #expect(before.text.contains("var seen=\"\(server.events.run)-2\""))
            server.events.reload(generation: 3)
            let after = try await RawHTTP.request("/", port: server.port, headers: ["If-None-Match": before["ETag"]!])
            #expect(after.status == 200)
            #expect(after.text.contains("var seen=\"\(server.events.run)-3\""))
            #expect(ReloadEvents().run != server.events.run)
        }
    }

    @Test func clientsThatGoAwayAreDropped() async throws {
        try await withServedFixture { server, _, _ in
            var connections: [RawConnection] = []
            for _ in 0..<3 { connections.append(try await openEvents(port: server.port)) }
            let events = server.events
            #expect(events.connectionCount == 3)
            for connection in connections { connection.hangUp() }
            // A closed socket is noticed when a write to it fails: keep announcing.
            var generation = 0
            let dropped = await waitUntil {
                generation += 1
                events.reload(generation: generation)
                return events.connectionCount == 0
            }
            #expect(dropped, "\(events.connectionCount) connections left")
        }
    }

    @Test func aClientThatHangsUpIsDroppedAtOnceWithoutAWrite() async throws {
        // No reloads, and the heartbeat far away: only the hang-up itself can end the stream.
        try await withServedFixture(events: ReloadEvents(heartbeat: .seconds(600))) { server, _, _ in
            let connection = try await openEvents(port: server.port)
            let events = server.events
            #expect(events.connectionCount == 1)
            connection.hangUp()
            #expect(await waitUntil({ events.connectionCount == 0 }, seconds: 1))
        }
    }

    @Test func heartbeatKeepsTheStreamAliveAndFindsDeadClients() async throws {
        try await withServedFixture(events: ReloadEvents(heartbeat: .milliseconds(20))) { server, _, _ in
            // The heartbeat is due every 20 ms; under a full parallel test run the server's
            // threads may wait seconds for a core (a 3 s read timeout failed once in CI).
            let alive = try await openEvents(port: server.port, timeoutSeconds: 60)
            try await RawHTTP.onThread { try alive.read(untilContains: ": heartbeat\n\n") }
            let gone = try await openEvents(port: server.port)
            #expect(server.events.connectionCount == 2)
            gone.hangUp()
            let events = server.events
            #expect(await waitUntil { events.connectionCount == 1 })
        }
    }

    @Test func stoppingTheServerEndsOpenStreams() async throws {
        let fixture = try ServedFolderFixture()
        defer { fixture.remove() }
        let server = try await DevServer.start(site: try FolderSite(folder: fixture.site.path))
        let connection = try await openEvents(port: server.port)
        // Timed on the server's own threads: resuming this test on the shared pool, which the
        // suite's builds can fill on two cores, is not the server's time.
        let took = await Task(executorPreference: ServeExecutor.shared) {
            let start = ContinuousClock.now
            await server.stop()
            return ContinuousClock.now - start
        }.value
        // Stopping must not wait for the streams (a heartbeat is 15 s away, a read never ends):
        // well under that, with room for a test run that builds archives on every core beside it.
        #expect(took < .seconds(10))
        #expect(server.events.connectionCount == 0)
        // The stream ends: reading returns at the end instead of timing out.
        try await RawHTTP.onThread { try connection.read() }
        let refused = await #expect(throws: RawError.self) {
            _ = try await RawHTTP.request("/", port: server.port)
        }
        #expect(refused?.description == "connect failed (errno \(ECONNREFUSED))")
    }
}
