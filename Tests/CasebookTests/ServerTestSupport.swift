import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CasebookKit

/// A tiny HTTP/1.1 client over a blocking loopback socket. It sends targets exactly as
/// written ("/%2e%2e/x", "//etc/passwd"), which URLSession would normalise, and reads
/// HEAD and 304 answers without waiting for a body. Every blocking call runs on its own
/// thread, so the server's tasks in this same process are never starved.
final class RawConnection: @unchecked Sendable {
    private let fd: Int32
    private(set) var received: [UInt8] = []

    init(port: UInt16, timeoutSeconds: Int = 3) throws {
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw RawError("socket") }
        var wait = timeval()
        wait.tv_sec = timeoutSeconds
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        // No close here: deinit runs for a class whose init throws once it is initialised,
        // and closing twice would close whatever descriptor took the number in between.
        guard result == 0 else { throw RawError("connect failed (errno \(errno))") }
    }

    deinit { close(fd) }

    func send(_ text: String) throws { try send(bytes: Array(text.utf8)) }

    /// Sends bytes as they are, UTF-8 or not.
    func send(bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { throw RawError("write failed (errno \(errno))") }
            sent += count
        }
    }

    /// Reads until `done` holds for everything received so far, or the end of the stream;
    /// throws on the timeout.
    @discardableResult
    func read(until done: ([UInt8]) -> Bool = { _ in false }) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !done(received) {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else { throw RawError("read failed (errno \(errno)) after \(received.count) bytes") }
            received += buffer[0..<count]
        }
        return received
    }

    func read(untilContains text: String) throws {
        let needle = Array(text.utf8)
        try read { $0.count >= needle.count && Self.find(needle, in: $0) != nil }
        guard Self.find(needle, in: received) != nil else { throw RawError("stream ended before \(text)") }
    }

    /// Hangs up as a browser closing its tab would.
    func hangUp() {
        #if canImport(Glibc)
        _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
        #else
        _ = Darwin.shutdown(fd, SHUT_RDWR)
        #endif
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

struct RawError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One parsed answer.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    subscript(header: String) -> String? { headers[header.lowercased()] }

    /// Parses a whole answer that ended with the connection (Connection: close).
    init(_ bytes: [UInt8]) throws {
        guard let split = RawConnection.find(Array("\r\n\r\n".utf8), in: bytes) else {
            throw RawError("no header end in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw RawError("status line \(lines[0])") }
        self.status = status
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = Array(bytes[(split + 4)...])
    }
}

enum RawHTTP {
    /// Sends one request with Connection: close and reads the answer to the end.
    static func request(_ target: String, port: UInt16, method: String = "GET",
                        headers: [String: String] = [:]) async throws -> RawResponse {
        try await onThread {
            let connection = try RawConnection(port: port)
            var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            for (name, value) in headers { text += "\(name): \(value)\r\n" }
            try connection.send(text + "\r\n")
            return try RawResponse(connection.read())
        }
    }

    /// Runs blocking work on a new thread.
    @discardableResult
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// A folder site laid out for the server tests, with a secret beside it that must never
/// be served, and symbolic links inside it that lead to that secret.
struct ServedFolderFixture {
    static let secret = "TOP-SECRET-OUTSIDE-THE-SITE"
    let base: URL
    var site: URL { base.appendingPathComponent("site") }

    init(with404: Bool = true) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-serve-\(UUID().uuidString)")
        let files: [String: String] = [
            "index.html": "<!doctype html><html><body><h1>Home</h1></body></html>",
            "cases/ivanov/index.html": "<html><BODY>Ivanov case</BODY></html>",
            "about/index.html": "<p>About, without a body tag</p>",
            "assets/style.css": "body { color: black; } /* </body> */",
            "assets/app.js": "console.log('</body>');",
            "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "data/cases.json": "[]", "data/cases.csv": "id\r\nivanov\r\n",
            "feed.xml": "<feed/>", "sitemap.xml": "<urlset/>", "robots.txt": "User-agent: *",
            "media/a.png": "png", "media/b.jpg": "jpg", "media/c.jpeg": "jpeg", "media/d.gif": "gif",
            "media/e.webp": "webp", "media/f.avif": "avif", "favicon.ico": "ico", "media/g.pdf": "pdf",
            "assets/font.woff2": "woff2", "media/unknown.bin": "bin",
        ]
        var all = files
        if with404 { all["404.html"] = "<html><body>Custom not found page</body></html>" }
        for (path, text) in all {
            let url = base.appendingPathComponent("site/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: base.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data(Self.secret.utf8).write(to: base.appendingPathComponent("outside-secret.txt"))
        try Data(Self.secret.utf8).write(to: base.appendingPathComponent("outside/secret.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("escape.txt").path, withDestinationPath: "../outside-secret.txt")
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("escape-dir").path, withDestinationPath: base.appendingPathComponent("outside").path)
        // A link that stays inside is fine.
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("home.html").path, withDestinationPath: "index.html")
    }

    func remove() { try? FileManager.default.removeItem(at: base) }
}

/// A folder site whose problems the test switches on and off.
final class ProblemsSite: ServedSite, @unchecked Sendable {
    let folder: FolderSite
    private let lock = NSLock()
    private var current: String?

    init(folder: FolderSite) { self.folder = folder }

    func set(_ problems: String?) { lock.withLock { current = problems } }
    func file(at path: String) async -> [UInt8]? { await folder.file(at: path) }
    func isFolder(_ path: String) async -> Bool { await folder.isFolder(path) }
    func problems() async -> String? { lock.withLock { current } }
}

/// Serves a fixture folder on an ephemeral loopback port for the length of `body`.
func withServedFixture(
    with404: Bool = true, events: ReloadEvents = ReloadEvents(),
    _ body: (DevServer, ProblemsSite, ServedFolderFixture) async throws -> Void
) async throws {
    let fixture = try ServedFolderFixture(with404: with404)
    defer { fixture.remove() }
    let site = ProblemsSite(folder: try FolderSite(folder: fixture.site.path))
    let server = try await DevServer.start(site: site, host: "127.0.0.1", port: 0, events: events)
    do {
        try await body(server, site, fixture)
    } catch {
        await server.stop()
        throw error
    }
    await server.stop()
}
