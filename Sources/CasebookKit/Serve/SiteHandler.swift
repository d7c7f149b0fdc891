import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// Answers one request: the live-reload events, a file of the site (HTML pages with the
/// reload script and problems overlay added), a redirect to a folder's trailing slash,
/// or the site's 404 page. A request for a foreign `Host` gets 403, a method other than
/// GET and HEAD 405, and an error thrown while answering 500 with its message: one
/// request never takes the server down.
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

    func respond(to request: Request, writer: consuming ResponseWriter, channel: any Channel) async throws {
        let head = request.head
        let isHead = head.method == .head
        let target = head.path ?? ""
        let answer: Answer
        if !hosts.allows(head.authority) {
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
            try await send(large, input, path: path.file, writer: writer, head: isHead, ifNoneMatch: head.headerFields[.ifNoneMatch])
            return
        } else {
            let ifNoneMatch = head.headerFields[.ifNoneMatch]
            do {
                answer = try await whileConnected(channel) {
                    try await self.answer(target: target, isHead: isHead, ifNoneMatch: ifNoneMatch)
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

    func answer(target: String, isHead: Bool, ifNoneMatch: String?) async throws -> Answer {
        let path: RequestPath
        switch RequestPath.parse(target) {
        case .success(let parsed): path = parsed
        case .failure(let refusal): return text(.badRequest, "Bad request: \(refusal.reason).\n", head: isHead)
        }
        if let bytes = try await site.file(at: path.file) {
            return try await file(bytes, path: path.file, status: .ok, isHead: isHead, ifNoneMatch: ifNoneMatch)
        }
        if case .plain(let folder) = path, try await site.isFolder(folder) {
            // Pages link relatively, so a folder must be asked for with its trailing slash.
            var redirect = text(.movedPermanently, "Moved to \(folder)/\n", head: isHead)
            redirect.headers[.location] = RequestPath.folderRedirect(for: target)
            return redirect
        }
        if let page = try await site.notFoundPage(for: path.file) {
            return try await file(page, path: "404.html", status: .notFound, isHead: isHead, ifNoneMatch: ifNoneMatch)
        }
        return text(.notFound, "Not found: /\(path.file)\n", head: isHead)
    }

    private func file(_ bytes: [UInt8], path: String, status: HTTPResponse.Status,
                      isHead: Bool, ifNoneMatch: String?) async throws -> Answer {
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
        if status == .ok, ETag.matches(ifNoneMatch: ifNoneMatch, etag: etag) {
            headers[.contentType] = nil
            return Answer(status: .notModified, headers: headers, body: [])
        }
        // Content-Length is set above, so HEAD gets the same headers with an empty body.
        return Answer(status: status, headers: headers, body: isHead ? [] : body)
    }

    /// A large file in pieces (`LargeFile`), never whole in memory. A file cut short since it
    /// was measured ends the answer early, and the connection with it.
    private func send(_ file: LargeFile, _ input: Int32, path: String, writer: consuming ResponseWriter,
                      head: Bool, ifNoneMatch: String?) async throws {
        var headers: HTTPFields = [
            .contentType: ContentType.of(path),
            .cacheControl: "no-cache",
            .eTag: file.tag,
            .contentLength: String(file.size),
            Self.contentTypeOptions: "nosniff",
        ]
        if ETag.matches(ifNoneMatch: ifNoneMatch, etag: file.tag) {
            headers[.contentType] = nil
            try await writer.writeResponse(HTTPResponse(status: .notModified, headerFields: headers))
            return
        }
        if head {
            try await writer.writeResponse(HTTPResponse(status: .ok, headerFields: headers))
            return
        }
        var body = try await writer.writeHead(HTTPResponse(status: .ok, headerFields: headers))
        var offset = 0
        while offset < file.size {
            guard let piece = LargeFile.read(input, offset: offset, count: min(LargeFile.piece, file.size - offset)) else {
                throw CancellationError()  // shorter now: nothing right to send
            }
            try await body.write(ByteBuffer(bytes: piece))
            offset += piece.count
        }
        try await body.finish(nil)
    }

    /// The live-reload events, until the client hangs up or the server stops.
    private func streamEvents(writer: consuming ResponseWriter, channel: any Channel, head: Bool) async throws {
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

    /// Runs `work` in a task cancelled when the connection closes (the client hung up),
    /// on the server's threads (a new task does not inherit them).
    private func whileConnected<T: Sendable>(
        _ channel: any Channel, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let task = Task(executorPreference: ServeExecutor.shared) { try await work() }
        channel.closeFuture.whenComplete { _ in task.cancel() }
        return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
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
