import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// The answers `SiteHandler` sends in pieces rather than whole: a large media file and the
/// live-reload events.
extension SiteHandler {
    /// A large file in pieces (`LargeFile`), never whole in memory, or the part of it a
    /// `Range` asks for. A file cut short since it was measured ends the answer early, and
    /// the connection with it.
    func send(_ file: LargeFile, _ input: Int32, path: String, writer: consuming ResponseWriter,
              head: Bool, conditions: Conditions) async throws {
        var headers: HTTPFields = [
            .contentType: ContentType.of(path),
            .cacheControl: "no-cache",
            .eTag: file.tag,
            .contentLength: String(file.size),
            .acceptRanges: "bytes",
            Self.contentTypeOptions: "nosniff",
        ]
        if ETag.matches(ifNoneMatch: conditions.ifNoneMatch, etag: file.tag) {
            headers[.contentType] = nil
            try await writer.writeResponse(HTTPResponse(status: .notModified, headerFields: headers))
            return
        }
        if head {
            try await writer.writeResponse(HTTPResponse(status: .ok, headerFields: headers))
            return
        }
        var status = HTTPResponse.Status.ok
        var part = 0..<file.size
        switch conditions.range(etag: file.tag, size: file.size) {
        case .whole: break
        case .part(let asked):
            (status, part) = (.partialContent, asked.lowerBound..<(asked.upperBound + 1))
            headers[.contentRange] = ByteRange.contentRange(asked, size: file.size)
            headers[.contentLength] = String(asked.count)
        case .unsatisfiable:
            try await writer.writeResponse(HTTPResponse(status: .rangeNotSatisfiable, headerFields: Self.unsatisfiable(size: file.size)))
            return
        }
        var body = try await writer.writeHead(HTTPResponse(status: status, headerFields: headers))
        var offset = part.lowerBound
        while offset < part.upperBound {
            guard let piece = LargeFile.read(input, offset: offset, count: min(LargeFile.piece, part.upperBound - offset)) else {
                throw CancellationError()  // shorter now: nothing right to send
            }
            try await body.write(ByteBuffer(bytes: piece))
            offset += piece.count
        }
        try await body.finish(nil)
    }

    /// The live-reload events, until the client hangs up or the server stops.
    func streamEvents(writer: consuming ResponseWriter, channel: any Channel, head: Bool) async throws {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        if head {
            try await writer.writeResponse(HTTPResponse(status: .ok, headerFields: headers))
            return
        }
        let (id, stream) = events.subscribe()
        defer { events.end(id) }
        channel.closeFuture.whenComplete { [events] _ in events.end(id) }
        var body = try await writer.writeHead(HTTPResponse(status: .ok, headerFields: headers))
        for await event in stream {
            try await body.write(ByteBuffer(bytes: event))
        }
        try await body.finish(nil)
    }
}
