import FlyingFox
import Foundation

/// Answers one request: the live-reload events, a file of the site (HTML pages with the
/// reload script and problems overlay added), a redirect to a folder's trailing slash,
/// or the site's 404 page.
struct SiteHandler: HTTPHandler {
    static let eventsPath = "__casebook/events"

    let site: any ServedSite
    let events: ReloadEvents

    func handleRequest(_ request: HTTPRequest) async -> HTTPResponse {
        let isHead = request.method == .HEAD
        guard request.method == .GET || isHead else {
            return text(.methodNotAllowed, "Only GET and HEAD are served.\n",
                        extra: [HTTPHeader("Allow"): "GET, HEAD"], head: false)
        }
        let target = request.target.rawValue
        let path: RequestPath
        switch RequestPath.parse(target) {
        case .success(let parsed): path = parsed
        case .failure(let refusal): return text(.badRequest, "Bad request: \(refusal.reason).\n", head: isHead)
        }
        if path == .plain(Self.eventsPath) { return eventStream(head: isHead) }
        if let bytes = await site.file(at: path.file) {
            return await file(bytes, path: path.file, status: .ok, request: request)
        }
        if case .plain(let folder) = path, await site.isFolder(folder) {
            // Pages link relatively, so a folder must be asked for with its trailing slash.
            var response = text(.movedPermanently, "Moved to \(folder)/\n", head: isHead)
            response.headers[.location] = RequestPath.folderRedirect(for: target)
            return response
        }
        if let page = await site.notFoundPage(for: path.file) {
            return await file(page, path: "404.html", status: .notFound, request: request)
        }
        return text(.notFound, "Not found: /\(path.file)\n", head: isHead)
    }

    private func file(_ bytes: [UInt8], path: String, status: HTTPStatusCode, request: HTTPRequest) async -> HTTPResponse {
        let contentType = ContentType.of(path)
        var body = bytes
        var pageTag: String?
        if ContentType.isHTML(contentType) {
            let problems = await site.problems()
            let tag = PageInjection.pageTag(bytes, problems: problems)
            body = PageInjection.inject(into: bytes, generation: events.currentGeneration, tag: tag, problems: problems)
            pageTag = tag
        }
        // The tag covers the injected bytes, so the overlay coming or going, or a new
        // generation, is never answered from a stale cache.
        let etag = ETag.of(body)
        var headers: HTTPHeaders = [
            .contentType: contentType,
            .cacheControl: "no-cache",
            .eTag: etag,
            .contentLength: String(body.count),
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if let pageTag { headers[HTTPHeader(PageInjection.tagHeader)] = pageTag }
        if status == .ok, ETag.matches(ifNoneMatch: request.headers[.ifNoneMatch], etag: etag) {
            headers[.contentType] = nil
            return HTTPResponse(statusCode: .notModified, headers: headers, body: Data())
        }
        // Content-Length is set above, so HEAD gets the same headers with an empty body.
        return HTTPResponse(statusCode: status, headers: headers,
                            body: request.method == .HEAD ? Data() : Data(body))
    }

    private func eventStream(head: Bool) -> HTTPResponse {
        let headers: HTTPHeaders = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-cache",
        ]
        if head { return HTTPResponse(statusCode: .ok, headers: headers, body: Data()) }
        let body = HTTPBodySequence(from: EventStreamBody(events: events.subscribe()), suggestedBufferSize: 4096)
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    private func text(_ status: HTTPStatusCode, _ message: String,
                      extra: [HTTPHeader: String] = [:], head: Bool) -> HTTPResponse {
        let bytes = Data(message.utf8)
        var headers: HTTPHeaders = [
            .contentType: ContentType.plainText,
            .cacheControl: "no-cache",
            .contentLength: String(bytes.count),
        ]
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : bytes)
    }
}
