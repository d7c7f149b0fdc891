import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first handler of each connection, before the HTTP parser. It remembers whether the
/// first line too long to parse was a request line ("GET /aaa…") or a header line
/// ("Cookie: …"), since the parser reports both as one error, and the answers differ
/// (414 and 431). Once the request is refused it drops whatever else the client sends,
/// so an oversized request costs nothing more to parse.
final class RequestLineSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// Lines longer than this are refused by the parser (`ServeChannel.lineLimit`).
    let limit: Int
    /// Whether the first overlong line was a request line; nil while there was none.
    private(set) var longLineIsRequestLine: Bool?
    private var lineLength = 0
    private var lineStart: [UInt8] = []
    private var discarding = false

    init(limit: Int) { self.limit = limit }

    /// Drops everything the client sends from now on.
    func discardRest() { discarding = true }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !discarding else { return }
        let buffer = unwrapInboundIn(data)
        if longLineIsRequestLine == nil { scan(buffer) }
        context.fireChannelRead(data)
    }

    /// Follows the lines through the bytes; memchr keeps it cheap for long ones.
    private func scan(_ buffer: ByteBuffer) {
        buffer.withUnsafeReadableBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, longLineIsRequestLine == nil {
                let rest = bytes.count - offset
                let newline = memchr(base + offset, 0x0A, rest).map { $0 - UnsafeMutableRawPointer(mutating: base) }
                let end = newline ?? bytes.count
                if lineStart.count < 32 {
                    let take = min(32 - lineStart.count, end - offset)
                    lineStart += UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + take)])
                }
                lineLength += end - offset
                if lineLength > limit { longLineIsRequestLine = Self.isRequestLine(lineStart) }
                guard let newline else { return }
                lineLength = 0
                lineStart = []
                offset = newline + 1
            }
        }
    }

    /// A request line starts with a method and a space; a header name cannot hold a space
    /// and ends with a colon, so whichever comes first tells them apart.
    static func isRequestLine(_ start: [UInt8]) -> Bool {
        guard let space = start.firstIndex(of: UInt8(ascii: " ")), space > 0 else { return false }
        return !start[..<space].contains(UInt8(ascii: ":"))
    }
}
