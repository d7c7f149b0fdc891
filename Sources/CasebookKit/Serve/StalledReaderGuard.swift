import NIOCore

/// Closes a connection whose client stopped reading its answer: an `IdleStateHandler`
/// before it tells when no write has completed for `ServeChannel.stallTimeout`, and when the
/// channel is then not writable (its outbound buffer over the high watermark: the client
/// takes nothing), it is closed. HummingbirdCore's idle timeout counts only while no answer
/// is being sent, so each client that asked for a large file and never read it held its
/// socket, its open file and megabytes of buffered pieces until the server stopped. A
/// connection idle, or waiting for a page being made, stays writable and is left alone.
final class StalledReaderGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .write {
            if !context.channel.isWritable { context.close(promise: nil) }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}
