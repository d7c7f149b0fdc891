import Foundation
import Testing
@testable import CasebookKit

/// The dev server over real HTTP on an ephemeral loopback port.
struct ServerHTTPTests {
    @Test func servesEachKindWithItsContentType() async throws {
        try await withServedFixture { server, _, _ in
            let expected: [String: String] = [
                "/": "text/html; charset=utf-8",
                "/assets/style.css": "text/css; charset=utf-8",
                "/assets/app.js": "text/javascript; charset=utf-8",
                "/assets/logo.svg": "image/svg+xml; charset=utf-8",
                "/data/cases.json": "application/json; charset=utf-8",
                "/data/cases.csv": "text/csv; charset=utf-8",
                "/feed.xml": "application/atom+xml; charset=utf-8",
                "/sitemap.xml": "application/xml; charset=utf-8",
                "/robots.txt": "text/plain; charset=utf-8",
                "/media/a.png": "image/png", "/media/b.jpg": "image/jpeg", "/media/c.jpeg": "image/jpeg",
                "/media/d.gif": "image/gif", "/media/e.webp": "image/webp", "/media/f.avif": "image/avif",
                "/favicon.ico": "image/x-icon", "/media/g.pdf": "application/pdf",
                "/assets/font.woff2": "font/woff2", "/media/unknown.bin": "application/octet-stream",
            ]
            for (target, type) in expected {
                let response = try await RawHTTP.request(target, port: server.port)
                #expect(response.status == 200, "\(target)")
                #expect(response["Content-Type"] == type, "\(target)")
                #expect(response["Cache-Control"] == "no-cache", "\(target)")
            }
            let csv = try await RawHTTP.request("/data/cases.csv", port: server.port)
            #expect(csv.text == "id\r\nivanov\r\n")
        }
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutTheSlash() async throws {
        try await withServedFixture { server, _, _ in
            let page = try await RawHTTP.request("/cases/ivanov/", port: server.port)
            #expect(page.status == 200)
            #expect(page.text.contains("Ivanov case"))
            let redirect = try await RawHTTP.request("/cases/ivanov?tab=events", port: server.port)
            #expect(redirect.status == 301)
            #expect(redirect["Location"] == "/cases/ivanov/?tab=events")
            let inside = try await RawHTTP.request("/home.html", port: server.port)
            #expect(inside.status == 200 && inside.text.contains("<h1>Home</h1>"))
        }
    }

    @Test func unknownPathsGetTheSitesNotFoundPage() async throws {
        try await withServedFixture { server, _, _ in
            let response = try await RawHTTP.request("/no/such/page/", port: server.port)
            #expect(response.status == 404)
            #expect(response.text.contains("Custom not found page"))
            #expect(response.text.contains("/__casebook/events"))
            #expect(response["Content-Type"] == "text/html; charset=utf-8")
        }
        try await withServedFixture(with404: false) { server, _, _ in
            let response = try await RawHTTP.request("/missing.css", port: server.port)
            #expect(response.status == 404)
            #expect(response.text == "Not found: /missing.css\n")
            #expect(response["Content-Type"] == "text/plain; charset=utf-8")
        }
    }

    @Test(arguments: [
        "/../outside-secret.txt", "/%2e%2e/outside-secret.txt", "/%2E%2E/outside-secret.txt",
        "/%252e%252e/outside-secret.txt", "/..%2foutside-secret.txt", "/.%2e/outside/secret.txt",
        "//etc/passwd", "/escape.txt", "/escape-dir/secret.txt", "/escape-dir/", "/escape-dir",
        "/assets/..%5c..%5coutside-secret.txt", "/assets/%2e%2e/%2e%2e/outside-secret.txt",
    ])
    func nothingOutsideTheFolderIsServed(target: String) async throws {
        try await withServedFixture { server, _, _ in
            let response = try await RawHTTP.request(target, port: server.port)
            #expect([400, 404].contains(response.status), "\(target) -> \(response.status)")
            #expect(!response.text.contains(ServedFolderFixture.secret))
            #expect(response["Location"] == nil)
        }
    }

    /// The tester's targets: 400, as serving.md promises, not the site's 404.
    @Test func doublyEncodedDotsAreABadRequest() async throws {
        try await withServedFixture { server, _, _ in
            for target in ["/%252e%252e/%252e%252e/etc/passwd", "/cases/%252e%252e/%252fetc", "/%252e%252e/outside-secret.txt"] {
                let response = try await RawHTTP.request(target, port: server.port)
                #expect(response.status == 400, "\(target) -> \(response.status)")
                #expect(!response.text.contains(ServedFolderFixture.secret))
            }
        }
    }

    @Test func headHasTheHeadersOfGetWithoutTheBody() async throws {
        try await withServedFixture { server, _, _ in
            for target in ["/", "/assets/style.css", "/nope"] {
                let get = try await RawHTTP.request(target, port: server.port)
                let head = try await RawHTTP.request(target, port: server.port, method: "HEAD")
                #expect(head.status == get.status)
                #expect(head.body.isEmpty, "\(target)")
                #expect(head["Content-Length"] == String(get.body.count), "\(target)")
                #expect(head["Content-Type"] == get["Content-Type"])
                #expect(head["ETag"] == get["ETag"])
            }
        }
    }

    @Test func keepAliveConnectionStaysInStepAfterHeadAnd304() async throws {
        try await withServedFixture { server, _, _ in
            let tag = try #require(try await RawHTTP.request("/assets/style.css", port: server.port)["ETag"])
            let port = server.port
            let answers = try await RawHTTP.onThread { () -> [String] in
                let connection = try RawConnection(port: port)
                try connection.send("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                try connection.read(untilContains: "\r\n\r\n")
                let afterHead = connection.received.count
                try connection.send("GET /assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: \(tag)\r\n\r\n")
                try connection.read { RawConnection.find(Array("\r\n\r\n".utf8), in: Array($0[afterHead...])) != nil }
                let afterNotModified = connection.received.count
                try connection.send("GET /assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                try connection.read(untilContains: "/* </body> */")
                let all = connection.received
                let bounds = [0, afterHead, afterNotModified, all.count]
                return (0..<3).map { String(decoding: all[bounds[$0]..<bounds[$0 + 1]], as: UTF8.self) }
            }
            // Each answer starts exactly where the previous one ended: HEAD and 304 sent no body.
            #expect(answers[0].hasPrefix("HTTP/1.1 200 OK\r\n") && answers[0].hasSuffix("\r\n\r\n"))
            #expect(answers[1].hasPrefix("HTTP/1.1 304 Not Modified\r\n") && answers[1].hasSuffix("\r\n\r\n"))
            #expect(answers[2].hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(answers[2].hasSuffix("\r\n\r\nbody { color: black; } /* </body> */"))
        }
    }

    @Test func localhostMeansTheIPv4Loopback() async throws {
        let fixture = try ServedFolderFixture()
        defer { fixture.remove() }
        let server = try await DevServer.start(site: try FolderSite(folder: fixture.site.path), host: "localhost")
        #expect(server.port != 0)
        #expect(server.url == "http://localhost:\(server.port)/")
        let response = try await RawHTTP.request("/", port: server.port)
        await server.stop()
        #expect(response.status == 200)
    }

    @Test func otherMethodsAreNotAllowed() async throws {
        try await withServedFixture { server, _, _ in
            for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
                let response = try await RawHTTP.request("/", port: server.port, method: method)
                #expect(response.status == 405, "\(method)")
                #expect(response["Allow"] == "GET, HEAD")
            }
        }
    }

    @Test func matchingETagAnswers304WithoutABody() async throws {
        try await withServedFixture { server, _, _ in
            for target in ["/", "/assets/style.css"] {
                let first = try await RawHTTP.request(target, port: server.port)
                let tag = try #require(first["ETag"])
                #expect(tag.hasPrefix("\"") && tag.count == 18)
                let again = try await RawHTTP.request(target, port: server.port, headers: ["If-None-Match": tag])
                #expect(again.status == 304)
                #expect(again.body.isEmpty)
                #expect(again["ETag"] == tag)
                let other = try await RawHTTP.request(target, port: server.port, headers: ["If-None-Match": "\"0\""])
                #expect(other.status == 200 && other.body == first.body)
            }
        }
    }

    @Test func scriptIsInjectedIntoPagesOnlyAndNeverOnDisk() async throws {
        try await withServedFixture { server, _, fixture in
            let page = try await RawHTTP.request("/cases/ivanov/", port: server.port)
            #expect(page.text.hasSuffix("</script>\n</BODY></html>"))
            #expect(page.text.contains("var seen=\"\(server.events.currentGeneration)\""))
            #expect(page["Content-Length"] == String(page.body.count))
            let bare = try await RawHTTP.request("/about/", port: server.port)
            #expect(bare.text.hasPrefix("<p>About, without a body tag</p><script>"))
            for target in ["/assets/style.css", "/assets/app.js", "/assets/logo.svg", "/feed.xml"] {
                let response = try await RawHTTP.request(target, port: server.port)
                #expect(!response.text.contains("EventSource"), "\(target)")
            }
            let onDisk = try String(contentsOf: fixture.site.appendingPathComponent("cases/ivanov/index.html"), encoding: .utf8)
            #expect(onDisk == "<html><BODY>Ivanov case</BODY></html>")
        }
    }

    @Test func overlayComesAndGoesWithTheProblems() async throws {
        try await withServedFixture { server, site, _ in
            let clean = try await RawHTTP.request("/", port: server.port)
            #expect(!clean.text.contains("casebook-problems"))
            site.set("content/cases/ivanov.md:4:3: error: unknown key \"sentense\" <b>\n1 error in 1 file")
            let broken = try await RawHTTP.request("/", port: server.port, headers: ["If-None-Match": clean["ETag"]!])
            #expect(broken.status == 200)
            #expect(broken["ETag"] != clean["ETag"])
            #expect(broken.text.contains("role=\"alert\""))
            #expect(broken.text.contains("casebook: the content has errors — showing the last good build"))
            #expect(broken.text.contains("unknown key &quot;sentense&quot; &lt;b&gt;\n1 error in 1 file</pre>"))
            let missing = try await RawHTTP.request("/nope/", port: server.port)
            #expect(missing.status == 404 && missing.text.contains("casebook-problems"))
            site.set(nil)
            let fixed = try await RawHTTP.request("/", port: server.port)
            #expect(!fixed.text.contains("casebook-problems"))
            #expect(fixed["ETag"] == clean["ETag"])
        }
    }

    @Test func hundredConcurrentConnectionsAllGetTheirAnswer() async throws {
        try await withServedFixture { server, _, _ in
            let targets = ["/", "/assets/style.css", "/cases/ivanov/", "/data/cases.json", "/nope"]
            let port = server.port
            let results = try await withThrowingTaskGroup(of: (Int, RawResponse).self) { group in
                for index in 0..<100 {
                    group.addTask {
                        (index, try await RawHTTP.request(targets[index % targets.count], port: port))
                    }
                }
                return try await group.reduce(into: [Int: RawResponse]()) { $0[$1.0] = $1.1 }
            }
            #expect(results.count == 100)
            for (index, response) in results {
                switch targets[index % targets.count] {
                case "/": #expect(response.status == 200 && response.text.contains("<h1>Home</h1>"))
                case "/assets/style.css": #expect(response.text == "body { color: black; } /* </body> */")
                case "/cases/ivanov/": #expect(response.text.contains("Ivanov case"))
                case "/data/cases.json": #expect(response.text == "[]")
                default: #expect(response.status == 404)
                }
            }
        }
    }

    @Test func takenPortIsAClearError() async throws {
        try await withServedFixture { server, site, _ in
            let error = await #expect(throws: DevServerError.self) {
                _ = try await DevServer.start(site: site, host: "127.0.0.1", port: server.port)
            }
            #expect(error?.reason == .portInUse)
            #expect(error?.description.contains("127.0.0.1:\(server.port)") == true)
            #expect(error?.description.contains("--port") == true)
        }
    }

    @Test func badHostIsAClearError() async throws {
        let site = try FolderSite(folder: FileManager.default.temporaryDirectory.path)
        let error = await #expect(throws: DevServerError.self) {
            _ = try await DevServer.start(site: site, host: "example.invalid", port: 0)
        }
        #expect(error?.reason == .badHost)
        #expect(error?.description.contains("127.0.0.1") == true)
    }
}
