import Foundation
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first handler of each connection: percent-encodes the bytes of a request line that
/// are not ASCII (`GET /ru/cases/дело/`), which the HTTP parser refuses with a bare 400.
/// Browsers encode them, but command-line tools and some proxies send them raw; the
/// target is then its encoded twin (`/ru/cases/%D0%B4%D0%B5%D0%BB%D0%BE/`), which
/// `RequestPath` decodes and checks as any other (bytes that are not UTF-8 get its 400).
///
/// Only request lines are touched, so it follows the requests through the stream: the
/// headers of each are read for its body's length, which is passed over. After a body it
/// cannot measure (`Transfer-Encoding`) it stops rewriting, and the parser judges the rest
/// as before. A buffer with nothing to encode is passed on as it came.
final class RequestTargetEncoder: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private enum Place: Equatable {
        case requestLine
        case headers
        case body(remaining: Int)
        /// The framing is not followed any further: everything passes as it is.
        case passing
    }

    private var place = Place.requestLine
    /// The current line's length so far, and its first bytes (enough for `Content-Length: N`).
    private var lineLength = 0
    private var lineStart: [UInt8] = []
    private var bodyLength = 0
    private var unmeasured = false

    static let keptLineStart = 64

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard place != .passing else {
            context.fireChannelRead(data)
            return
        }
        let buffer = unwrapInboundIn(data)
        if let rewritten = buffer.withUnsafeReadableBytes({ follow($0) }) {
            context.fireChannelRead(wrapInboundOut(context.channel.allocator.buffer(bytes: rewritten)))
        } else {
            context.fireChannelRead(data)
        }
    }

    /// Walks the bytes line by line (memchr keeps it cheap); the rewritten bytes, or nil
    /// when nothing needed encoding.
    func follow(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let base = bytes.baseAddress else { return nil }
        var out: [UInt8]?
        var offset = 0
        while offset < bytes.count {
            if case .body(let remaining) = place {
                let take = min(remaining, bytes.count - offset)
                out?.append(contentsOf: bytes[offset..<(offset + take)])
                offset += take
                place = remaining == take ? .requestLine : .body(remaining: remaining - take)
                continue
            }
            if place == .passing {
                out?.append(contentsOf: bytes[offset...])
                return out
            }
            let newline = memchr(base + offset, 0x0A, bytes.count - offset).map { $0 - UnsafeMutableRawPointer(mutating: base) }
            let end = newline.map { $0 + 1 } ?? bytes.count
            let segment = UnsafeRawBufferPointer(rebasing: bytes[offset..<end])
            if place == .requestLine, segment.contains(where: { $0 >= 0x80 }) {
                if out == nil { out = Array(bytes[..<offset]) }
                for byte in segment { Self.append(byte, to: &out!) }
            } else {
                out?.append(contentsOf: segment)
            }
            if lineStart.count < Self.keptLineStart {
                lineStart += segment.prefix(Self.keptLineStart - lineStart.count)
            }
            lineLength += segment.count
            offset = end
            if newline != nil { endLine() }
        }
        return out
    }

    /// A line ended: the request line leads to the headers, an empty line ends them.
    private func endLine() {
        defer { lineLength = 0; lineStart = [] }
        let empty = lineLength <= 2 && lineStart.allSatisfy { $0 == 0x0D || $0 == 0x0A }
        switch place {
        case .requestLine:
            // Empty lines before a request line are allowed and skipped (RFC 9112, 2.2).
            guard !empty else { return }
            place = .headers
            bodyLength = 0
            unmeasured = false
        case .headers:
            if empty {
                place = unmeasured ? .passing : bodyLength > 0 ? .body(remaining: bodyLength) : .requestLine
            } else {
                header()
            }
        case .body, .passing:
            break
        }
    }

    /// Notes a header that frames a body: its length, or that it cannot be measured here.
    private func header() {
        let text = String(decoding: lineStart, as: UTF8.self).lowercased()
        if text.hasPrefix("transfer-encoding:") {
            unmeasured = true
        } else if text.hasPrefix("content-length:") {
            let value = text.dropFirst("content-length:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            // Cut off past the bytes kept, or not a number: left to the parser.
            if lineLength <= Self.keptLineStart, let length = Int(value), length >= 0 { bodyLength = length } else { unmeasured = true }
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    private static func append(_ byte: UInt8, to out: inout [UInt8]) {
        guard byte >= 0x80 else { return out.append(byte) }
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }
}
