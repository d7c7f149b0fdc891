import HummingbirdCore
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// How each connection of the dev server is set up: HummingbirdCore's HTTP/1.1 channel,
/// whose parser refuses a line over `lineLimit` or a request head over `headLimit` before
/// reading further, with `RequestTargetEncoder` and `RequestLineSniffer` in front of the
/// parser, `HTTP10Close` after it (an HTTP/1.0 request closes its connection) and
/// `HeadLimitGuard` behind it to answer those refusals. Open connections are
/// kept in `connections` so that stopping the server can close them all.
struct ServeChannel: ServerChildChannel {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>

    /// Longest request line or header (16 KB): browsers send far less; nginx allows 8 KB.
    static let lineLimit = 16 * 1024
    /// Longest request head, request line and all headers together.
    static let headLimit = 64 * 1024
    /// Most headers in one request.
    static let headerCountLimit = 500

    /// How long a client may take nothing of an answer before its connection is closed
    /// (`StalledReaderGuard`).
    static let stallTimeout = TimeAmount.seconds(30)

    let handler: SiteHandler
    let connections: OpenConnections

    private var http1: HTTP1Channel {
        let handler = self.handler
        let limits = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: Self.lineLimit, maxHeaderListSize: Self.headLimit, maxHeaderFieldCount: Self.headerCountLimit)
        // A keep-alive connection idle for 30 s is closed.
        return HTTP1Channel(
            responder: { request, writer, channel in
                try await handler.respond(to: request, writer: writer, channel: channel)
            },
            configuration: .init(idleTimeout: .seconds(30), httpDecoderConfiguration: limits))
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let connections = self.connections
        return http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            do {
                let sniffer = RequestLineSniffer(limit: Self.lineLimit)
                try pipeline.addHandler(sniffer, position: .first)
                // Before the sniffer, so the lengths it measures are those the parser sees.
                try pipeline.addHandler(RequestTargetEncoder(), position: .first)
                // First, so it sees the writes the socket completes.
                try pipeline.addHandler(StalledReaderGuard(), position: .first)
                try pipeline.addHandler(IdleStateHandler(writeTimeout: Self.stallTimeout), position: .first)
                let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
                try pipeline.addHandler(HTTP10Close(), position: .after(decoder))
                let state = try pipeline.handler(type: HTTPConnectionStateHandler.self)
                try pipeline.addHandler(HeadLimitGuard(sniffer: sniffer), position: .before(state))
            } catch {
                // A connection that closes while it is set up (Ctrl-C under load) drops the
                // value: its writer is finished first, since NIO traps on one dropped unfinished.
                value.outbound.finish()
                throw error
            }
            connections.add(channel)
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

/// The dev server's open connections, each removed as it closes.
final class OpenConnections: Sendable {
    private let open = NIOLockedValueBox<[ObjectIdentifier: any Channel]>([:])

    func add(_ channel: any Channel) {
        let key = ObjectIdentifier(channel)
        open.withLockedValue { $0[key] = channel }
        channel.closeFuture.whenComplete { [weak self] _ in
            self?.open.withLockedValue { _ = $0.removeValue(forKey: key) }
        }
    }

    var count: Int { open.withLockedValue { $0.count } }

    func closeAll() {
        for channel in open.withLockedValue({ Array($0.values) }) { channel.close(promise: nil) }
    }
}
