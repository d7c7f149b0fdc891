import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers what the HTTP parser refuses, instead of the bare 400 the server framework
/// would send: a request line over the limit gets 414, headers over it 431, and a method
/// the parser does not know (BREW) 405. The answer is sent, the sending side closed, and
/// the rest of the request read and dropped, so the client receives the answer rather
/// than a reset; the connection closes when the client hangs up, or 2 seconds later.
///
/// It also closes the connection when the client closes its side, so the work for a
/// request whose client has gone is cancelled (see `SiteHandler`).
final class HeadLimitGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private let sniffer: RequestLineSniffer
    private var refused = false

    init(sniffer: RequestLineSniffer) { self.sniffer = sniffer }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard !refused, let parseError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let answer: (HTTPResponse.Status, String)
        switch parseError {
        case .headerOverflow where sniffer.longLineIsRequestLine == true:
            answer = (.uriTooLong, "The request line is longer than \(sniffer.limit / 1024) KB.\n")
        case .headerOverflow:
            answer = (.requestHeaderFieldsTooLarge,
                      "The headers are too large: one is longer than \(sniffer.limit / 1024) KB, or together they pass "
                      + "\(ServeChannel.headLimit / 1024) KB or \(ServeChannel.headerCountLimit) headers.\n")
        case .invalidMethod:
            answer = (.methodNotAllowed, "Only GET and HEAD are served.\n")
        default:
            context.fireErrorCaught(error)
            return
        }
        refused = true
        sniffer.discardRest()
        refuse(context: context, status: answer.0, message: answer.1)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // allowRemoteHalfClosure is on, so a client that hangs up leaves the connection
        // open until something writes to it. Close it now; a client that only half-closes
        // after its request gets no answer, as with most servers.
        if case ChannelEvent.inputClosed = event {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    private func refuse(context: ChannelHandlerContext, status: HTTPResponse.Status, message: String) {
        var head = HTTPResponse(status: status)
        head.headerFields[.contentType] = ContentType.plainText
        head.headerFields[.contentLength] = String(message.utf8.count)
        head.headerFields[.connection] = "close"
        if status == .methodNotAllowed { head.headerFields[.allow] = "GET, HEAD" }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(string: message))), promise: nil)
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: written)
        let loop = context.eventLoop.assumeIsolated()
        written.futureResult.assumeIsolated().whenComplete { _ in
            context.close(mode: .output, promise: nil)
        }
        loop.scheduleTask(in: .seconds(2)) { context.close(promise: nil) }
    }
}
