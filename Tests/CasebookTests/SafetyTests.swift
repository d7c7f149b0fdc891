import Foundation
import Testing
@testable import CasebookKit

/// A site full of hostile values must build into pages where none of them can run.
@Suite struct SafetyTests {
    static let evil = #"<script>alert(1)</script><img src=x onerror=alert(2)>"#
    static let quoteBreak = #"\" onmouseover=\"alert(3)"#

    static let hostileCase = """
        ---
        title: '\(evil) Trial'
        summary: '\(evil) \(quoteBreak)'
        status: trial
        people:
          - person: evil-person
            sentence:
              - {type: fine, amount: 100, note: '\(evil)'}
        region: '<b onclick=alert(4)>Region</b>'
        city: '\(evil)'
        tags: ['<svg onload=alert(5)>']
        events:
          - date: 2021
            type: charge
            summary: '\(evil)'
            sources: [s1]
        sources:
          - id: s1
            title: '\(evil)'
            publisher: '\(quoteBreak)'
            url: 'https://example.org/"><script>alert(6)</script>'
            archive_url: "https://example.org/?q=<script>"
        corrections:
          - {date: 2021-05, note: '\(evil)'}
        ---
        <script>alert(7)</script>
        <a href="javascript:alert(8)" onclick="alert(9)">raw link</a>
        <img src="x" onerror="alert(10)">

        [autolink](<https://example.org/a b>) and <https://example.org/ok>

        <iframe src="https://evil.example"></iframe>
        """

    static let hostilePerson = """
        ---
        name: '\(evil)'
        aliases: ['\(quoteBreak)', '<style>body{display:none}</style>']
        region: '\(evil)'
        ---
        <div style="background:url(javascript:alert(11))">styled</div>
        """

    @Test func hostileValuesNeverReachTheOutputAsMarkup() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/cases/evil-case.md", Self.hostileCase)
        try site.write("content/people/evil-person.md", Self.hostilePerson)
        try site.replace("content/site.yml", "title: Kazakhstan Political Cases Monitor",
                         with: "title: '\(Self.evil) Monitor'")
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        var pages = 0
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self).lowercased()
            pages += 1
            // Allowed: JSON-LD data, which browsers never run and whose text has no "<"; the
            // theme's own script files, loaded deferred; the SVG of the statistics charts.
            let html = Self.withoutLinkedData(page)
            let allowed = Self.withoutThemeScripts(Self.withoutRedirectScript(html), fromRoot: path == SitePaths.notFound)
                .replacingOccurrences(of: #"<svg class="chart" role="img" aria-labelledby="chart-[a-z]+-title chart-[a-z]+-desc" "#, with: "", options: .regularExpression)
            for needle in ["<script", "<img src=x", "<iframe", "<svg", "<style", "<b onclick", "javascript:", "vbscript:"] {
                #expect(!allowed.contains(needle), "\(path) contains \(needle)")
            }
            // Escaped text may mention "onerror=": only real tags must be free of handlers and data: URLs.
            for tag in Self.tags(in: html) {
                // Attribute values are escaped text; attribute names are what could run.
                let names = tag.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
                #expect(names.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(path): handler in \(tag)")
                #expect(tag.range(of: #"(href|src)\s*=\s*"?\s*data:"#, options: .regularExpression) == nil, "\(path): data: URL in \(tag)")
            }
        }
        #expect(pages > 20)
        #expect(try site.read("public/statistics/index.html").contains("&lt;b onclick=alert(4)&gt;Region&lt;/b&gt;"))
        let casePage = try site.read("public/cases/evil-case/index.html")
        #expect(casePage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(casePage.contains("https://example.org/&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;"))
        // The search index carries the same text as data in JSON strings; search.js shows it as text.
        let index = try SearchTests.sampleIndex(site)
        #expect((index["c"] as? [[Any]])?.contains { $0[1] as? String == "\(Self.evil) Trial" } == true)
    }

    /// The page without `<script src="…assets/….js" defer></script>` and
    /// `<script src="…search/index.js" defer></script>` tags that climb only with `../`.
    /// `fromRoot`: the page is 404.html, whose links start from base_url's path ("/" in the sample).
    static func withoutThemeScripts(_ html: String, fromRoot: Bool = false) -> String {
        html.replacingOccurrences(of: #"<script src=""# + (fromRoot ? "/" : #"(\.\./)*"#) + #"(assets/[a-z0-9-]+|search/index)\.js" defer></script>"#,
                                  with: "", options: .regularExpression)
    }

    /// The page without the one script of a former id's page (`RedirectPage.script`): a
    /// fixed `location.replace` to `../<id>/index.html` with the reader's fragment.
    static func withoutRedirectScript(_ html: String) -> String {
        html.replacingOccurrences(of: #"<script>location\.replace\("\.\./[a-z0-9-]+/index\.html" \+ location\.hash\)</script>"#,
                                  with: "", options: .regularExpression)
    }

    @Test func onlyTheRedirectScriptOfAFormerIDIsAllowedInline() {
        #expect(Self.withoutRedirectScript(RedirectPage.script(target: "../new-id/index.html")).trimmingCharacters(in: .newlines).isEmpty)
        for tag in [#"<script>location.replace("https://evil.example/" + location.hash)</script>"#,
                    #"<script>location.replace("../x/index.html" + location.hash);alert(1)</script>"#,
                    #"<script>alert(1)</script>"#] {
            #expect(Self.withoutRedirectScript(tag).contains("<script"), "\(tag) must not pass")
        }
        // A target that is not a plain relative path is escaped inside the string.
        #expect(RedirectPage.script(target: "../a\"</script>/index.html") == #"<script>location.replace("../a\u{22}\u{3c}/script\u{3e}/index.html" + location.hash)</script>"# + "\n")
    }

    @Test func onlySameSiteScriptFilesAreAllowed() {
        #expect(Self.withoutThemeScripts(#"<script src="../../assets/search.js" defer></script>"#).isEmpty)
        #expect(Self.withoutThemeScripts(#"<script src="search/index.js" defer></script>"#).isEmpty)
        #expect(Self.withoutThemeScripts(#"<script src="/assets/search.js" defer></script>"#, fromRoot: true).isEmpty)
        #expect(Self.withoutThemeScripts(#"<script src="/x/assets/search.js" defer></script>"#, fromRoot: true).contains("<script"))
        for tag in [#"<script>alert(1)</script>"#, #"<script src="https://cdn.example/x.js" defer></script>"#,
                    #"<script src="//cdn.example/assets/x.js" defer></script>"#, #"<script src="assets/x.js">alert(1)</script>"#,
                    #"<script src="/assets/search.js" defer></script>"#, #"<script src="../evil/assets/search.js" defer></script>"#] {
            #expect(Self.withoutThemeScripts(tag).contains("<script"), "\(tag) must not pass")
        }
    }

    /// The page without its `<script type="application/ld+json">` blocks whose content has
    /// no `<`; anything else that starts a script element stays, for the checks to find.
    static func withoutLinkedData(_ html: String) -> String {
        html.replacingOccurrences(of: #"<script type="application/ld\+json">[^<]*</script>"#, with: "",
                                  options: .regularExpression)
    }

    static func tags(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<[a-z][^>]*>")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range, in: html).map { String(html[$0]) }
        }
    }

    @Test(arguments: ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
                      "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/", "https://", "example.org"])
    func dangerousSourceURLsAreErrors(_ url: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let quoted = url.replacingOccurrences(of: "\t", with: "\\t")
        try site.replace("content/cases/qambarova-2021.md",
                         "url: https://www.rferl.org/a/kazakh-activists-sentenced-links-banned-groups-dvk-ablyazov/31133695.html",
                         with: "url: \"\(quoted)\"")
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("must be an http, https or mailto URL") == true)
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "jav&#x09;ascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                      "vbscript:x", "&#106;avascript:alert(1)"])
    func dangerousBodyLinksAreErrors(_ url: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/pages/about.md", "---\nThe Kazakhstan", with: "---\n[click](\(url)) ![img](\(url))\n\nThe Kazakhstan")
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(result.errors.count == 2, "\(result.errors)")
        #expect(result.errors.allSatisfy { $0.message.contains("only http, https and mailto") })
    }

    @Test func rawHTMLPassesOnlyWhenTheSiteOptsIn() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/pages/about.md", "---\nThe Kazakhstan", with: "---\n<aside class=\"note\">Trusted</aside>\n\nThe Kazakhstan")
        // The block goes, its word with it: a warning says so, where it was written.
        let safe = site.build()
        #expect(safe.succeeded)
        #expect(safe.diagnostics.map(\.description) == ["content/pages/about.md:5:1: warning: this HTML block is left out of the page, and the text written in it with it: raw HTML is published only when site.yml sets 'unsafe_html: true'; write the text in Markdown instead"])
        #expect(try !site.read("public/about/index.html").contains("<aside class=\"note\">"))
        try site.replace("content/site.yml", "licence: CC BY 4.0", with: "licence: CC BY 4.0\nunsafe_html: true")
        let unsafe = site.build()
        #expect(unsafe.succeeded && unsafe.diagnostics.isEmpty)
        #expect(try site.read("public/about/index.html").contains("<aside class=\"note\">Trusted</aside>"))
    }

    /// Which HTML blocks the warning names: a comment alone is meant to be hidden; a script's
    /// or style sheet's text is no reader's text; a tag alone is still left out.
    @Test func droppedHTMLBlocksAreTold() {
        #expect(DroppedHTML.warning("<!-- a note for the editors -->\n") == nil)
        #expect(DroppedHTML.warning("<!-- one -->\n<!-- two\nlines -->\n") == nil)
        #expect(DroppedHTML.warning("<!-- not closed\n<p>gone</p>") == nil)
        #expect(DroppedHTML.warning("<p>Some words</p>\n")?.contains("and the text written in it with it") == true)
        #expect(DroppedHTML.warning("<div>\n2021\n</div>\n")?.contains("and the text written in it with it") == true)
        #expect(DroppedHTML.warning("<!-- note --><p>Слова</p>\n")?.contains("and the text written in it with it") == true)
        #expect(DroppedHTML.warning("<script>alert(1)</script>\n") == "this HTML block is left out of the page: raw HTML is published only when site.yml sets 'unsafe_html: true'; write it in Markdown, or remove it")
        #expect(DroppedHTML.warning("<style>p { color: red }</style>\n")?.contains("write it in Markdown, or remove it") == true)
        #expect(DroppedHTML.warning("<iframe src=\"x.html\"></iframe>\n")?.contains("write it in Markdown, or remove it") == true)
        #expect(DroppedHTML.warning("<br>\n")?.contains("write it in Markdown, or remove it") == true)
    }
}
