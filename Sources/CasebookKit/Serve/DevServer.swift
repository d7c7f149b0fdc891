import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix

/// The HTTP server of `casebook serve`: HummingbirdCore's HTTP/1.1 server on SwiftNIO,
/// set up by `ServeChannel` and answering with `SiteHandler`.
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
    private let connections: OpenConnections
    private let task: Task<Void, Never>
    /// Asks the server to stop accepting and to hand every connection it accepted to its
    /// handler (HummingbirdCore's graceful shutdown).
    private let quiesce: @Sendable () async -> Void

    /// The address to open in a browser, e.g. "http://127.0.0.1:4000/".
    public var url: String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }

    /// How many connections are open (tests check that refused ones are closed).
    var openConnections: Int { connections.count }

    private init(host: String, port: UInt16, events: ReloadEvents, connections: OpenConnections, task: Task<Void, Never>,
                 quiesce: @escaping @Sendable () async -> Void) {
        self.host = host
        self.port = port
        self.events = events
        self.connections = connections
        self.task = task
        self.quiesce = quiesce
    }

    /// Listens on `host` (an IPv4 or IPv6 address, or "localhost") and `port` (0 for any
    /// free port) and returns once connections are accepted. Throws `DevServerError`.
    public static func start(
        site: some ServedSite, host: String = "127.0.0.1", port: UInt16 = 0,
        events: ReloadEvents = ReloadEvents()
    ) async throws -> DevServer {
        let address = try bindAddress(host: host, port: port)
        let connections = OpenConnections()
        let handler = SiteHandler(site: site, events: events, hosts: HostPolicy(listeningOn: host))
        // What `run` did first, listening or failing.
        let startup = FirstResult<Result<Int, any Error>>()
        let server = Server(
            childChannelSetup: ServeChannel(handler: handler, connections: connections),
            configuration: ServerConfiguration(address: .hostname(address, port: Int(port))),
            onServerRunning: { channel in startup.offer(.success(channel.localAddress?.port ?? Int(port))) },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: Logger(label: "casebook.serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        // On threads of its own rather than Swift's shared pool (as many threads as
        // cores), so that work blocking that pool cannot hold up the pages, nor the reverse.
        let task = Task(executorPreference: ServeExecutor.shared) {
            do {
                try await server.run()
                startup.offer(.failure(DevServerError(host: host, port: port, reason: .other("the server stopped"))))
            } catch {
                startup.offer(.failure(error))
            }
        }
        // The server reports a failed bind only by `run` throwing, so wait for whichever
        // comes first: listening, or that error.
        do {
            let bound = try await startup.value.get()
            return DevServer(host: host, port: UInt16(clamping: bound), events: events, connections: connections, task: task,
                             quiesce: { try? await server.shutdownGracefully() })
        } catch let error as DevServerError {
            throw error
        } catch {
            throw DevServerError(host: host, port: port, error: error)
        }
    }

    /// Ends the event streams, stops accepting, and closes every connection, even one in
    /// the middle of an answer: stopping takes milliseconds whatever the clients do.
    public func stop() async {
        events.finish()
        // Close every connection, repeatedly, until `run` has returned, in case one was
        // accepted meanwhile.
        let closer = Task(executorPreference: ServeExecutor.shared) { [connections] in
            while !Task.isCancelled {
                connections.closeAll()
                try? await Task.sleep(for: .milliseconds(20))
            }
        }
        // Stop accepting first, and let the server hand each connection it accepted to its
        // handler: cancelling `run` at once dropped connections accepted but not yet handled,
        // and NIO traps on such a connection's writer (a crash on Ctrl-C under load).
        await quiesce()
        task.cancel()
        await task.value
        closer.cancel()
    }

    /// The address to bind: `host` if it is an IP address, 127.0.0.1 for "localhost".
    static func bindAddress(host: String, port: UInt16) throws -> String {
        let name = LoopbackAddress.unbracketed(host)
        if name == "localhost" { return "127.0.0.1" }
        guard LoopbackAddress.isIPAddress(name) else {
            throw DevServerError(host: host, port: port, reason: .badHost)
        }
        return name
    }
}
