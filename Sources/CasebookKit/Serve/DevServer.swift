import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP server of `casebook serve`: a FlyingFox server answering with `SiteHandler`.
///
///     let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 4000)
///     print("Serving at \(server.url)")
///     server.events.reload(generation: 1)   // after each rebuild
///     await server.stop()
public final class DevServer: Sendable {
    public let host: String
    /// The port listened on: the one asked for, or the one the system chose for port 0.
    public let port: UInt16
    /// Call `events.reload(generation:)` after every rebuild.
    public let events: ReloadEvents
    private let server: HTTPServer
    private let task: Task<Void, Never>

    /// The address to open in a browser, e.g. "http://127.0.0.1:4000/".
    public var url: String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }

    private init(host: String, port: UInt16, events: ReloadEvents, server: HTTPServer, task: Task<Void, Never>) {
        self.host = host
        self.port = port
        self.events = events
        self.server = server
        self.task = task
    }

    /// Listens on `host` (an IPv4 or IPv6 address, or "localhost") and `port` (0 for any
    /// free port) and returns once connections are accepted. Throws `DevServerError`.
    public static func start(
        site: some ServedSite, host: String = "127.0.0.1", port: UInt16 = 0,
        events: ReloadEvents = ReloadEvents()
    ) async throws -> DevServer {
        let address = try socketAddress(host: host, port: port)
        let config = HTTPServer.Configuration(address: address, timeout: 30, logger: .disabled)
        let server = HTTPServer(config: config, handler: SiteHandler(site: site, events: events))
        let failure = Failure()
        let task = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        // FlyingFox reports a failed bind only by `run` throwing, so wait for whichever
        // comes first: listening, or that error.
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening {
            if let error = failure.error { throw DevServerError(host: host, port: port, error: error) }
            guard ContinuousClock.now < deadline else {
                task.cancel()
                throw DevServerError(host: host, port: port, error: SocketError.timeout(message: "not listening after 10 s"))
            }
            try? await Task.sleep(for: .milliseconds(2))
        }
        var actualPort = port
        switch await server.listeningAddress {
        case .ip4(_, let bound)?, .ip6(_, let bound)?: actualPort = bound
        default: break
        }
        return DevServer(host: host, port: actualPort, events: events, server: server, task: task)
    }

    /// Closes every connection, event streams included, and then the listening socket.
    public func stop() async {
        events.finish()
        // Cancelling `run` ends the accept loop and then closes the socket. FlyingFox's own
        // `stop` closes it first, so its accept loop could still call accept on that
        // descriptor number after something else in the process reused it.
        task.cancel()
        await task.value
    }

    static func socketAddress(host: String, port: UInt16) throws -> any SocketAddress {
        var name = host
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        do {
            if name == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
            if name.contains(":") { return try sockaddr_in6.inet6(ip6: name, port: port) }
            return try sockaddr_in.inet(ip4: name, port: port)
        } catch {
            throw DevServerError(host: host, port: port, reason: .badHost)
        }
    }

    /// The error `run` threw, kept for `start` to read.
    private final class Failure: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        var error: (any Error)? { lock.withLock { stored } }
        func set(_ error: any Error) { lock.withLock { stored = error } }
    }
}
