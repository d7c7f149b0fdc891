import Foundation
import Testing
@testable import CasebookKit

/// A request line with raw UTF-8 (`GET /ru/cases/дело/`, as a hand-written request, some
/// tools or a proxy send it) is served as its percent-encoded twin: the HTTP parser
/// refused it with a bare 400.
struct ServerRawTargetTests {
    /// Feeds `pieces` through one encoder, as a connection receives them.
    private func encoded(_ pieces: [[UInt8]]) -> [UInt8] {
        let encoder = RequestTargetEncoder()
        return pieces.flatMap { piece in piece.withUnsafeBytes { encoder.follow($0) } ?? piece }
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func theRequestLineIsEncodedAndNothingElse() {
        let head = "GET /ru/cases/дело/?q=суд HTTP/1.1\r\nHost: 127.0.0.1\r\nReferer: http://localhost/дело/\r\n\r\n"
        #expect(encoded([bytes(head)]) == bytes("GET /ru/cases/%D0%B4%D0%B5%D0%BB%D0%BE/?q=%D1%81%D1%83%D0%B4 HTTP/1.1\r\n"
                                               + "Host: 127.0.0.1\r\nReferer: http://localhost/дело/\r\n\r\n"))
        let ascii = bytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(ascii.withUnsafeBytes { RequestTargetEncoder().follow($0) } == nil)
    }

    @Test func aRequestSplitAnywhereIsEncodedTheSame() {
        let whole = bytes("GET /дело/ HTTP/1.1\r\nHost: x\r\n\r\nGET /суд HTTP/1.1\r\nHost: x\r\n\r\n")
        let expected = encoded([whole])
        #expect(String(decoding: expected, as: UTF8.self).hasPrefix("GET /%D0%B4%D0%B5%D0%BB%D0%BE/ HTTP/1.1\r\n"))
        #expect(encoded(whole.map { [$0] }) == expected)
        for cut in 1..<whole.count {
            #expect(encoded([Array(whole[..<cut]), Array(whole[cut...])]) == expected, "cut at \(cut)")
        }
    }

    /// A body is passed over by its length, however it reads; after one it cannot measure,
    /// nothing more is touched.
    @Test func bodiesAreLeftAsTheyAre() {
        let body = "GET /дело/ \r\n", post = "POST /a HTTP/1.1\r\ncontent-length: \(body.utf8.count)\r\n\r\n" + body
        #expect(encoded([bytes(post + "GET /дело/ HTTP/1.1\r\n\r\n")])
                == bytes(post + "GET /%D0%B4%D0%B5%D0%BB%D0%BE/ HTTP/1.1\r\n\r\n"))
        let chunked = "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nдд\r\n0\r\n\r\nGET /дело/ HTTP/1.1\r\n\r\n"
        #expect(encoded([bytes(chunked)]) == bytes(chunked))
    }

    @Test func aRawPathIsServedAndRedirectedEncoded() async throws {
        try await withServedFixture { server, _, fixture in
            let folder = fixture.site.appendingPathComponent("ru/cases/дело")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("<p>Дело</p>".utf8).write(to: folder.appendingPathComponent("index.html"))
            let page = try await RawHTTP.request("/ru/cases/дело/", port: server.port)
            #expect(page.status == 200)
            #expect(page.text.hasPrefix("<p>Дело</p>"))
            let twin = try await RawHTTP.request("/ru/cases/%D0%B4%D0%B5%D0%BB%D0%BE/", port: server.port)
            #expect(twin.body == page.body)
            let redirect = try await RawHTTP.request("/ru/cases/дело?x=суд", port: server.port)
            #expect(redirect.status == 301)
            #expect(redirect["Location"] == "/ru/cases/%D0%B4%D0%B5%D0%BB%D0%BE/?x=%D1%81%D1%83%D0%B4")
            let missing = try await RawHTTP.request("/ничего/", port: server.port)
            #expect(missing.status == 404 && missing.text.contains("Custom not found page"))
        }
    }

    /// Bytes that are not UTF-8 get `RequestPath`'s reason, not the parser's bare 400; a
    /// keep-alive connection stays in step through a raw path split mid-letter.
    @Test func notUTF8SaysSoAndAConnectionStaysInStep() async throws {
        try await withServedFixture { server, _, _ in
            let port = server.port
            let refused = try await RawHTTP.onThread { () -> RawResponse in
                let connection = try RawConnection(port: port)
                try connection.send(bytes: Array("GET /a".utf8) + [0xFF] + Array(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
                return try RawResponse(connection.read())
            }
            #expect(refused.status == 400)
            #expect(refused.text == "Bad request: the path is not UTF-8.\n")
            let answers = try await RawHTTP.onThread { () -> String in
                let connection = try RawConnection(port: port)
                let raw = Array("GET /д".utf8)
                try connection.send(bytes: Array(raw.dropLast()))
                Thread.sleep(forTimeInterval: 0.05)
                try connection.send(bytes: [raw.last!] + Array("/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
                try connection.read(untilContains: "Custom not found page")
                try connection.send("GET /cases/ivanov/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                return String(decoding: try connection.read(), as: UTF8.self)
            }
            #expect(answers.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
            #expect(answers.contains("HTTP/1.1 200 OK\r\n") && answers.contains("Ivanov case"))
        }
    }

    /// An HTTP/1.0 tool that sends no Host header is told so (400), not "Forbidden"; a Host
    /// of another name is still refused as before.
    @Test func aRequestWithoutAHostHeaderIsToldWhatIsMissing() async throws {
        try await withServedFixture { server, _, _ in
            let port = server.port
            let answers = try await RawHTTP.onThread { () -> [RawResponse] in
                try ["GET /cases/ivanov/ HTTP/1.0\r\nConnection: close\r\n\r\n", "GET /cases/ivanov/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"].map {
                    let connection = try RawConnection(port: port)
                    try connection.send($0)
                    return try RawResponse(connection.read())
                }
            }
            #expect(answers[0].status == 400)
            #expect(answers[0].text == "Bad request: the request has no Host header, which this preview needs (it answers only to localhost, loopback addresses and the --host address).\n")
            #expect(answers[1].status == 403 && answers[1].text.hasPrefix("Forbidden: this preview answers only to localhost"))
        }
    }
}
