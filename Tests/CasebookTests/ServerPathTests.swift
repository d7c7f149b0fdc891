import Testing
@testable import CasebookKit

/// Request targets to site paths, without a server.
struct ServerPathTests {
    private func parsed(_ target: String) -> RequestPath? {
        try? RequestPath.parse(target).get()
    }

    @Test func rootAndFoldersServeTheirIndex() {
        #expect(parsed("/") == .folder(""))
        #expect(parsed("/")?.file == "index.html")
        #expect(parsed("/cases/ivanov/")?.file == "cases/ivanov/index.html")
        #expect(parsed("/cases") == .plain("cases"))
        #expect(parsed("/assets/style.css")?.file == "assets/style.css")
    }

    @Test func queryAndFragmentAreStripped() {
        #expect(parsed("/assets/style.css?v=3") == .plain("assets/style.css"))
        #expect(parsed("/cases/?q=a/../b#top") == .folder("cases"))
        #expect(parsed("/?") == .folder(""))
    }

    @Test func percentEscapesAreDecodedOnce() {
        #expect(parsed("/caf%C3%A9/") == .folder("café"))
        #expect(parsed("/a%20b.html") == .plain("a b.html"))
        // A name with a "%" in it is served by its once-decoded name; a deeper layer that
        // spells nothing dangerous is no reason to refuse.
        #expect(parsed("/media/100%25.pdf") == .plain("media/100%.pdf"))
        #expect(parsed("/media/50%25off%25.pdf") == .plain("media/50%off%.pdf"))
        #expect(parsed("/media/a%252541.pdf") == .plain("media/a%2541.pdf"))
        #expect(parsed("/media/%25zz%252e.pdf") == .plain("media/%zz%2e.pdf"))
    }

    /// serving.md: ".." in any spelling, doubly encoded included, is refused with 400: a
    /// proxy or a second decoder in front of the server would read these as "..".
    @Test(arguments: [
        "/%252e%252e/%252e%252e/etc/passwd", "/cases/%252e%252e/%252fetc", "/%252e%252e/secret",
        "/%252e%252e%252fsecret", "/%2E%252E/x", "/a/%252E%252e", "/%25252e%25252e/x", "/%252e/x",
        "/a%252fb", "/a%255cb", "/a%2500b", "/%2525252525252525252e%2525252525252525252e/x",
        "/%25252525252525252525252541",
    ])
    func doublyEncodedDotsAndSlashesAreRefused(target: String) {
        #expect(parsed(target) == nil, "\(target) was accepted")
    }

    @Test func deeperLayersSayWhy() {
        #expect(RequestPath.parse("/%252e%252e/x").failure?.reason == "the path has a .. segment, percent-encoded more than once")
        #expect(RequestPath.parse("/cases/%252e%252e/%252fetc").failure?.reason == "the path has a .. segment, percent-encoded more than once")
        #expect(RequestPath.parse("/a%252fb").failure?.reason == "the path has a slash percent-encoded more than once")
    }

    @Test(arguments: [
        "/..", "/../etc/passwd", "/a/../b", "/a/..", "/./a", "/a/./",
        "/%2e%2e/etc/passwd", "/%2E%2E/", "/.%2e/x", "/..%2fetc%2fpasswd", "/a%2f..%2f..%2fb",
        "//etc/passwd", "/a//b", "/%2fetc/passwd",
        "/a%00b", "/a%5cb", "/a\\b", "/..%5c..%5cwin.ini", "/a%0d%0aSet-Cookie:x",
        "etc/passwd", "http://example.org/x", "",
        "/%zz", "/%2", "/%", "/%ff%fe",
    ])
    func unsafeTargetsAreRefused(target: String) {
        #expect(parsed(target) == nil, "\(target) was accepted")
    }

    @Test func refusalsSayWhy() throws {
        let refusal = try #require(RequestPath.parse("/%2e%2e/x").failure)
        #expect(refusal.reason == "the path has a .. segment")
        #expect(RequestPath.parse("/a%5cb").failure?.reason == "the path has a backslash")
    }

    @Test func folderRedirectKeepsEscapesAndQuery() {
        #expect(RequestPath.folderRedirect(for: "/cases") == "/cases/")
        #expect(RequestPath.folderRedirect(for: "/caf%C3%A9?x=1#y") == "/caf%C3%A9/?x=1")
    }

    @Test func contentTypesByExtension() {
        let expected: [String: String] = [
            "index.html": "text/html; charset=utf-8",
            "a/style.CSS": "text/css; charset=utf-8",
            "app.js": "text/javascript; charset=utf-8",
            "logo.svg": "image/svg+xml; charset=utf-8",
            "data/cases.json": "application/json; charset=utf-8",
            "data/cases.csv": "text/csv; charset=utf-8",
            "feed.xml": "application/atom+xml; charset=utf-8",
            "sitemap.xml": "application/xml; charset=utf-8",
            "robots.txt": "text/plain; charset=utf-8",
            "a.png": "image/png", "b.jpg": "image/jpeg", "c.jpeg": "image/jpeg", "d.gif": "image/gif",
            "e.webp": "image/webp", "f.avif": "image/avif", "favicon.ico": "image/x-icon",
            "g.pdf": "application/pdf", "font.woff2": "font/woff2",
            "x.bin": "application/octet-stream", "README": "application/octet-stream",
            ".hidden": "application/octet-stream", "dir.d/file": "application/octet-stream",
        ]
        for (path, type) in expected {
            #expect(ContentType.of(path) == type, "\(path)")
        }
    }

    @Test func etagsAreStrongHashesAndMatchLists() {
        let tag = ETag.of(Array("hello".utf8))
        #expect(tag == "\"a430d84680aabd0b\"")  // FNV-1a 64 of "hello"
        #expect(ETag.of([]) == "\"cbf29ce484222325\"")
        #expect(ETag.matches(ifNoneMatch: tag, etag: tag))
        #expect(ETag.matches(ifNoneMatch: "\"x\", W/\(tag)", etag: tag))
        #expect(ETag.matches(ifNoneMatch: "*", etag: tag))
        #expect(!ETag.matches(ifNoneMatch: "\"x\"", etag: tag))
        #expect(!ETag.matches(ifNoneMatch: nil, etag: tag))
    }

    @Test func injectionGoesBeforeTheLastBodyCloseInAnyCase() {
        let page = Array("<body><p>x</p><!-- </body> --></BODY></html>".utf8)
        let out = String(decoding: PageInjection.inject(into: page, generation: "r-1", tag: "\"t1\"", problems: nil), as: UTF8.self)
        #expect(out.hasPrefix("<body><p>x</p><!-- </body> --><script>"))
        #expect(out.hasSuffix("</script>\n</BODY></html>"))
        #expect(out.contains("var seen=\"r-1\""))
        #expect(!out.contains("casebook-problems"))
    }

    @Test func injectionAppendsWhenThereIsNoBodyClose() {
        let out = String(decoding: PageInjection.inject(into: Array("<p>x</p>".utf8), generation: "r-2", tag: "\"t2\"", problems: nil),
                         as: UTF8.self)
        #expect(out.hasPrefix("<p>x</p><script>"))
        #expect(out.contains("new EventSource(\"/__casebook/events\")"))
    }

    @Test func overlayEscapesTheProblems() {
        let problems = "content/cases/x.md:3:7: error: unknown key \"<script>alert(1)</script>\" & more"
        let out = String(decoding: PageInjection.inject(into: Array("<body></body>".utf8), generation: "r-3", tag: "\"t3\"",
                                                        problems: problems), as: UTF8.self)
        #expect(out.contains("role=\"alert\""))
        #expect(out.contains(PageInjection.heading))
        #expect(out.contains("unknown key &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; more</pre>"))
        #expect(!out.contains("<script>alert(1)"))
        #expect(out.firstRange(of: "casebook-problems")!.lowerBound < out.firstRange(of: "<script>")!.lowerBound)
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
