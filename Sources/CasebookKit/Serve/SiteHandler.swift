import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// Answers one request: the live-reload events, a file of the site (HTML pages with the
/// reload script and problems overlay added), a redirect to a folder's trailing slash,
/// or the site's 404 page; a file found is sent whole or as the one part a `Range` asks
/// for (`ByteRange`). A request for a foreign `Host` gets 403, a method other than GET
/// and HEAD 405, and an error thrown while answering 500 with its message: one request
/// never takes the server down. What is sent in pieces is in `SiteHandler+Streams.swift`.
///
/// The site's work runs in a task of its own, cancelled when the client hangs up.
struct SiteHandler: Sendable {
    static let eventsPath = "__casebook/events"
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let pageTag = HTTPField.Name(PageInjection.tagHeader)!

    let site: any ServedSite
    let events: ReloadEvents
    let hosts: HostPolicy

    /// A whole answer: status, headers (Content-Length included) and body.
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: [UInt8]
    }

    /// What the request makes of a file's answer: `If-None-Match`, and `Range` with
    /// `If-Range`, which only GET has (RFC 9110, 14.2).
    struct Conditions: Sendable {
        var ifNoneMatch: String?
        var range: String?
        var ifRange: String?

        init(_ head: HTTPRequest) {
            ifNoneMatch = head.headerFields[.ifNoneMatch]
            if head.method == .get {
                range = head.headerFields[.range]
                ifRange = head.headerFields[.ifRange]
            }
        }

        func range(etag: String, size: Int) -> ByteRange {
            ByteRange.of(range: range, ifRange: ifRange, etag: etag, size: size)
        }
    }

    func respond(to request: Request, writer: consuming ResponseWriter, channel: any Channel) async throws {
        let head = request.head
        let isHead = head.method == .head
        let target = head.path ?? ""
        let answer: Answer
        if head.authority == nil {
            // An HTTP/1.0 tool may leave the header out; say so rather than "Forbidden".
            answer = text(.badRequest, "Bad request: the request has no Host header, which this preview needs "
                          + "(it answers only to localhost, loopback addresses and the --host address).\n", head: isHead)
        } else if !hosts.allows(head.authority) {
            answer = text(.forbidden, "Forbidden: this preview answers only to localhost, loopback addresses "
                          + "and the address casebook serve was given with --host.\n", head: isHead)
        } else if head.method != .get && !isHead {
            var refusal = text(.methodNotAllowed, "Only GET and HEAD are served.\n", head: false)
            refusal.headers[.allow] = "GET, HEAD"
            answer = refusal
        } else if RequestPath.parse(target) == .success(.plain(Self.eventsPath)) {
            try await streamEvents(writer: writer, channel: channel, head: isHead)
            return
        } else if case .success(let path) = RequestPath.parse(target), let large = try? await site.largeFile(at: path.file),
                  let input = Optional(open(large.source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)), input >= 0 {
            defer { close(input) }
            try await send(large, input, path: path.file, writer: writer, head: isHead, conditions: Conditions(head))
            return
        } else {
            let conditions = Conditions(head)
            do {
                answer = try await whileConnected(channel) {
                    try await self.answer(target: target, isHead: isHead, conditions: conditions)
                }
            } catch is CancellationError {
                throw CancellationError()  // the client has gone: nobody to answer
            } catch {
                answer = text(.internalServerError, "casebook could not answer \(target): \(error)\n", head: isHead)
            }
        }
        try await writer.write(response: HTTPResponse(status: answer.status, headerFields: answer.headers),
                               body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    func answer(target: String, isHead: Bool, conditions: Conditions) async throws -> Answer {
        let path: RequestPath
        switch RequestPath.parse(target) {
        case .success(let parsed): path = parsed
        case .failure(let refusal): return text(.badRequest, "Bad request: \(refusal.reason).\n", head: isHead)
        }
        if let bytes = try await site.file(at: path.file) {
            return try await file(bytes, path: path.file, status: .ok, isHead: isHead, conditions: conditions)
        }
        if case .plain(let folder) = path, try await site.isFolder(folder) {
            // Pages link relatively, so a folder must be asked for with its trailing slash.
            var redirect = text(.movedPermanently, "Moved to \(folder)/\n", head: isHead)
            redirect.headers[.location] = RequestPath.folderRedirect(for: target)
            return redirect
        }
        if let page = try await site.notFoundPage(for: path.file) {
            return try await file(page, path: "404.html", status: .notFound, isHead: isHead, conditions: conditions)
        }
        return text(.notFound, "Not found: /\(path.file)\n", head: isHead)
    }

    private func file(_ bytes: [UInt8], path: String, status: HTTPResponse.Status,
                      isHead: Bool, conditions: Conditions) async throws -> Answer {
        let contentType = ContentType.of(path)
        var body = bytes
        var pageTag: String?
        // Media are served with the bytes the build writes: no reload script in a page there.
        if ContentType.isHTML(contentType), !(path == "media" || path.hasPrefix("media/")) {
            let problems = try await site.problems()
            let tag = PageInjection.pageTag(bytes, problems: problems, resources: try await site.resources(of: bytes))
            body = PageInjection.inject(into: bytes, generation: events.currentGeneration, tag: tag, problems: problems)
            pageTag = tag
        }
        // The tag covers the injected bytes, so the overlay coming or going, or a new
        // generation, is never answered from a stale cache.
        let etag = ETag.of(body)
        var headers: HTTPFields = [
            .contentType: contentType,
            .cacheControl: "no-cache",
            .eTag: etag,
            .contentLength: String(body.count),
            Self.contentTypeOptions: "nosniff",
        ]
        if let pageTag { headers[Self.pageTag] = pageTag }
        guard status == .ok else { return Answer(status: status, headers: headers, body: isHead ? [] : body) }
        if ETag.matches(ifNoneMatch: conditions.ifNoneMatch, etag: etag) {
            headers[.contentType] = nil
            return Answer(status: .notModified, headers: headers, body: [])
        }
        headers[.acceptRanges] = "bytes"
        switch conditions.range(etag: etag, size: body.count) {
        case .whole: break
        case .part(let part):
            headers[.contentRange] = ByteRange.contentRange(part, size: body.count)
            headers[.contentLength] = String(part.count)
            return Answer(status: .partialContent, headers: headers, body: Array(body[part]))
        case .unsatisfiable:
            return Answer(status: .rangeNotSatisfiable, headers: Self.unsatisfiable(size: body.count), body: [])
        }
        // Content-Length is set above, so HEAD gets the same headers with an empty body.
        return Answer(status: status, headers: headers, body: isHead ? [] : body)
    }

    /// Runs `work` in a task cancelled when the connection closes (the client hung up),
    /// on the server's threads (a new task does not inherit them).
    private func whileConnected<T: Sendable>(
        _ channel: any Channel, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let task = Task(executorPreference: ServeExecutor.shared) { try await work() }
        channel.closeFuture.whenComplete { _ in task.cancel() }
        return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
    }

    /// The headers of a 416: the file's length, nothing of it sent.
    static func unsatisfiable(size: Int) -> HTTPFields {
        [.contentRange: ByteRange.contentRange(nil, size: size), .contentLength: "0", .cacheControl: "no-cache"]
    }

    private func text(_ status: HTTPResponse.Status, _ message: String, head: Bool) -> Answer {
        let bytes = Array(message.utf8)
        let headers: HTTPFields = [
            .contentType: ContentType.plainText,
            .cacheControl: "no-cache",
            .contentLength: String(bytes.count),
        ]
        return Answer(status: status, headers: headers, body: head ? [] : bytes)
    }
}
