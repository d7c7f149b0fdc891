import NIOCore
import NIOHTTP1

/// An HTTP/1.0 request without `Connection: keep-alive` ends its connection once answered
/// (RFC 9112, 9.3): a 1.0 client reads to the end of the connection, and HummingbirdCore
/// closes one only for `Connection: close`, so such a client waited for the 30 s idle
/// timeout. Sits between the HTTP/1 decoder, which still knows the version, and the codec
/// to HTTP types, which forgets it, and marks such a request `Connection: close`.
final class HTTP10Close: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data), head.version.major == 1, head.version.minor == 0, !head.isKeepAlive else {
            context.fireChannelRead(data)
            return
        }
        head.headers.replaceOrAdd(name: "connection", value: "close")
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}
