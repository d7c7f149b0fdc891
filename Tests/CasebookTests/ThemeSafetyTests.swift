import Foundation
import Testing
@testable import CasebookKit

/// What a theme could put on every page that the archive did not write: a value printed as
/// HTML that is not HTML the build made, an inline script, an event attribute, a file from
/// another host, an empty page template; each an error at its place when the theme loads.
@Suite struct ThemeSafetyTests {
    /// The problems of a templates folder holding `files` (path: text) over the built-in theme.
    static func problems(_ files: [String: String], severity: Diagnostic.Severity = .error) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let (_, diagnostics) = Theme.load(from: folder, displayName: "templates")
        return diagnostics.filter { $0.severity == severity }.map(\.description)
    }

    @Test func aTitlePrintedRawIsAnErrorAtTheTag() throws {
        let problems = try Self.problems(["case.mustache": "{{<layout}}{{$content}}\n<h1>{{{title}}}</h1>{{&.name}}{{/content}}{{/layout}}"])
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("templates/case.mustache:2:5: error: the template prints 'title' unescaped") == true)
        #expect(problems.first?.contains("write {{title}}") == true)
        #expect(problems.last?.hasPrefix("templates/case.mustache:2:21: error: the template prints '.name' unescaped") == true)
    }

    @Test func htmlValuesMayBePrintedRaw() throws {
        #expect(try Self.problems(["case.mustache": "{{<layout}}{{$content}}{{{body_html}}}{{{words.data.csv_html}}}"
            + "{{#.sentence_html}}{{{.}}}{{/.sentence_html}}{{#.html}}{{^last()}}{{/last()}}{{{.}}}{{/.html}}{{{fragments.header}}}{{/content}}{{/layout}}"]) == [])
        let problems = try Self.problems(["case.mustache": "{{<layout}}{{$content}}{{#title}}{{{.}}}{{/title}}{{/content}}{{/layout}}"])
        #expect(problems.first?.contains("prints {{{.}}} inside {{#title}} unescaped") == true)
    }

    @Test func theBuiltInThemePassesEveryCheck() throws {
        #expect(try Self.problems([:]) == [])
        #expect(try Self.problems([:], severity: .warning) == [])
    }

    @Test func loadsFromAnotherHostInlineScriptsAndEventAttributes() throws {
        let layout = """
            <html><head><script src="https://cdn.example.com/x.js"></script>
            <link rel="stylesheet" href="//fonts.example.com/a.css"><link rel="canonical" href="https://example.org/">
            </head><body onload="go()"><script>alert(1)</script><img src="https://t.example.com/p.gif">
            <a href="https://example.org/">fine</a><a href="javascript:go()">x</a>
            <script type="application/ld+json">{}</script><script src="{{root}}assets/search.js" defer></script>
            <main>{{$content}}{{/content}}</main></body></html>
            """
        let problems = try Self.problems(["layout.mustache": layout])
        #expect(problems.map { $0.prefix(while: { $0 != " " }) } == [
            "templates/layout.mustache:1:26:", "templates/layout.mustache:2:30:",
            "templates/layout.mustache:3:14:", "templates/layout.mustache:3:28:", "templates/layout.mustache:3:63:",
            "templates/layout.mustache:4:49:",
        ])
        #expect(problems[0].contains("loads 'https://cdn.example.com/x.js' from another host"))
        #expect(problems[2].contains("an event attribute 'onload'"))
        #expect(problems[3].contains("an inline <script>"))
        #expect(problems[5].contains("a javascript: address"))
    }

    /// A refresh to another host, an address spelt with character references or a tab, a
    /// link's `ping` beacon and a style's `image-set("…")` were taken for the site's own.
    @Test func aRefreshAndAnAddressInDisguiseAreFound() throws {
        let layout = """
            <html><head><meta http-equiv="Refresh" content="0; URL='https://t.example/'"><meta http-equiv="refresh" content="30">
            </head><body><img src="&#104;ttps://t.example/p.gif"><img src="ht&#9;tps://t.example/q.gif"><a href="java&#x09;script:go()">x</a>
            <a href="https://example.org/" ping="{{root}}x https://t.example/ping">a link that reports a click</a>
            <main style="background: image-set('https://t.example/i.png' 1x, 'local.png' 2x)">{{$content}}{{/content}}</main></body></html>
            """
        let problems = try Self.problems(["layout.mustache": layout])
        #expect(problems.map { $0.prefix(while: { $0 != " " }) } == [
            "templates/layout.mustache:1:49:", "templates/layout.mustache:2:24:", "templates/layout.mustache:2:64:",
            "templates/layout.mustache:2:102:", "templates/layout.mustache:3:38:", "templates/layout.mustache:4:37:",
        ])
        try #require(problems.count == 6)
        #expect(problems[0].contains("a refresh to 'https://t.example/' sends every reader's browser to another host"))
        #expect(problems[1].contains("loads 'https://t.example/p.gif' from another host"))
        #expect(problems[3].contains("a javascript: address"))
        #expect(problems[4].contains("loads 'https://t.example/ping'"))
        #expect(problems[5].contains("loads 'https://t.example/i.png'"))
    }

    /// A search form that sends the reader's words to another host told that host who looks
    /// for whom; one to the site's own search page is fine.
    @Test func aFormSendingToAnotherHostIsAnError() throws {
        let layout = """
            <html><body><form action="https://Search.example/?Q=1"><input name="q"></form>
            <form action="{{root}}search/index.html"><input name="q"><button formaction="//t.example/s">Go</button></form>
            <main>{{$content}}{{/content}}</main></body></html>
            """
        let problems = try Self.problems(["layout.mustache": layout])
        #expect(problems.map { $0.prefix(while: { $0 != " " }) } == ["templates/layout.mustache:1:27:", "templates/layout.mustache:2:78:"])
        #expect(problems.first?.contains("this form sends what a reader types to 'https://Search.example/?Q=1', another host") == true)
    }

    /// An `_html` entry of a catalogue is markup on every page that uses it: it loaded from
    /// another host and ran scripts that the same markup in a template could not.
    @Test func aCatalogueEntryOfMarkupIsHeldToTheSameRule() throws {
        let catalogue = """
            not_found:
              text: "Gone <img src=https://t.example/a.gif>"
              links_html: "<a href=\\"{root}index.html\\">Home</a> <img src=\\"https://t.example/p.gif\\"><a href='#' onclick='go()'>x</a>"
            letters:
              intro_html: {one: "{count} person as of {date}<script>go()</script>", other: "{count} people as of {date}"}
            data:
              licence_html: >-
                <strong>Licence:</strong> <bdi>{licence}</bdi>. Credit <bdi>{site}</bdi>.
                <img src="//t.example/c.gif">
            """
        let problems = try Self.problems(["i18n/en.yml": catalogue])
        #expect(problems.map { $0.prefix(while: { $0 != " " }) } == [
            "templates/i18n/en.yml:3:65:", "templates/i18n/en.yml:3:103:", "templates/i18n/en.yml:5:49:",
            "templates/i18n/en.yml:7:17:",
        ])
        try #require(problems.count == 4)
        #expect(problems[0].contains("'not_found.links_html': this loads 'https://t.example/p.gif' from another host"))
        #expect(problems[0].contains("link it from there ({root}assets/… in the entry)"))
        #expect(problems[1].contains("an event attribute 'onclick'"))
        #expect(problems[2].contains("'letters.intro_html.one': an inline <script>"))
        #expect(problems[3].contains("'data.licence_html': this loads '//t.example/c.gif'"))
    }

    @Test func textAssetsAreReadToo() throws {
        let problems = try Self.problems([
            "assets/style.css": "@import url(\"https://fonts.googleapis.com/css?family=X\");\nbody { background: url(https://t.example/p.gif) }\n"
                + "a { background: url(img/local.png) }\n",
            "assets/app.js": "// see https://example.org\nfetch(\"https://t.example/x\")\n",
            "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://t.example/a.png\"/></svg>",
        ])
        #expect(problems.map { $0.prefix(while: { $0 != " " }) } == [
            "templates/assets/app.js:2:8:", "templates/assets/logo.svg:1:54:",
            "templates/assets/style.css:1:14:", "templates/assets/style.css:2:24:",
        ])
    }

    /// The files are read in lower case, and the address a message quoted was too:
    /// 'https://fonts.googleapis.com/css?family=roboto' for a file that says Roboto.
    @Test func anAddressIsQuotedAsWritten() throws {
        let problems = try Self.problems(["assets/style.css": "@IMPORT URL(\"https://Fonts.example.com/css?family=Roboto\");\n"])
        try #require(problems.count == 1)
        #expect(problems[0].hasPrefix("templates/assets/style.css:1:14: error: this loads 'https://Fonts.example.com/css?family=Roboto' from another host"))
    }

    @Test func anEmptyPageTemplateIsAnError() throws {
        #expect(try Self.problems(["case.mustache": " \n"]) == [
            "templates/case.mustache:1:1: error: the page template 'case' is empty, so every page made from it would be an empty file; "
                + "write the page (casebook theme export DIR writes the built-in one to start from), or delete the file to use the built-in template",
        ])
        #expect(try Self.problems(["partials/empty.mustache": ""]) == [])
    }

    @Test func anUnknownTransformIsAWarningWithTheNearestName() throws {
        let warnings = try Self.problems(["case.mustache": "{{<layout}}{{$content}}{{uppercase(title)}}{{^emtpy(events)}}x{{/emtpy(events)}}{{/content}}{{/layout}}"],
                                         severity: .warning)
        #expect(warnings.count == 2)
        #expect(warnings.first?.hasPrefix("templates/case.mustache:1:24: warning: the template uses a transform 'uppercase()' that does not exist") == true)
        #expect(warnings.first?.hasSuffix("did you mean 'uppercased'?") == true)
        #expect(warnings.last?.hasSuffix("did you mean 'empty'?") == true)
    }

    @Test func anEntryOfAWordsSectionIsProvided() throws {
        let warnings = try Self.problems(["case.mustache": "{{<layout}}{{$content}}{{#words.case}}{{charged_under}}{{chargd_under}}{{/words.case}}{{/content}}{{/layout}}"],
                                         severity: .warning)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("'chargd_under'") == true)
    }

    @Test func aTemplateNothingUsesIsAWarningWithTheNearestName() throws {
        let warnings = try Self.problems(["Case.mustache": "x", "persons.mustache": "x", "partials/heder.mustache": "x",
                                          "partials/used.mustache": "x", "case.mustache": "{{<layout}}{{$content}}{{>partials/used}}{{/content}}{{/layout}}"],
                                         severity: .warning)
        #expect(warnings == [
            "templates/Case.mustache:1:1: warning: no page is made from the template 'Case' and no template includes it, so it changes nothing; did you mean 'case'? (names are case-sensitive)",
            "templates/partials/heder.mustache:1:1: warning: no page is made from the template 'partials/heder' and no template includes it, so it changes nothing; did you mean 'partials/header'?",
            "templates/persons.mustache:1:1: warning: no page is made from the template 'persons' and no template includes it, so it changes nothing; did you mean 'person'?",
        ])
    }

    /// swift-mustache's parser is quadratic in the tags: a template past the limits is refused
    /// before it is parsed, at the first tag past the limit.
    @Test func aTemplateTooLargeToParseInGoodTimeIsAnError() throws {
        let lines = (1...1_501).map { "<p>{{title}} \($0)</p>" }.joined(separator: "\n")
        #expect(try Self.problems(["case.mustache": "{{<layout}}{{$content}}\n" + lines + "{{/content}}{{/layout}}"]) == [
            "templates/case.mustache:1500:4: error: the template has more than 1500 tags, which casebook cannot read in good time; split it into partials ({{>partials/name}})",
        ])
        let big = try Self.problems(["partials/big.mustache": String(repeating: "<p>text</p>\n", count: 6_000)])
        #expect(big.first?.hasPrefix("templates/partials/big.mustache:1:1: error: the template is 70 KB, more than the 64 KB") == true)
    }

    /// Tags that are closed but do not read are not said to be unclosed; a pragma is worded.
    @Test func closedTagsThatDoNotReadSaySo() throws {
        for tag in ["{{- title -}}", "{{title | upper}}"] {
            let problems = try Self.problems(["case.mustache": "{{<layout}}{{$content}}\n<h1>\(tag)</h1>\n{{/content}}{{/layout}}"])
            #expect(problems.count == 1)
            #expect(problems.first?.contains("the template does not parse: a tag's name cannot be read") == true, "\(problems)")
        }
        let pragma = try Self.problems(["case.mustache": "{{<layout}}{{$content}}\n{{%PRAGMA}}\n{{/content}}{{/layout}}"])
        #expect(pragma.first?.contains("a pragma tag ({{%…}}) that is not a known setting") == true, "\(pragma)")
    }

    @Test func aPartialOfATemplateThatDoesNotParseIsNotCalledUnused() throws {
        let files = ["partials/box.mustache": "x", "page.mustache": "{{<layout}}{{$content}}{{>partials/box}}{{- title -}}{{/content}}{{/layout}}"]
        #expect(try Self.problems(files, severity: .warning) == [])
        #expect(try Self.problems(files).count == 1)
    }

    @Test func invalidUTF8IsOneErrorAtTheByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{{<layout}}\nab\u{e9}c\u{FF}".utf8.map { $0 == 0xBF ? 0xFF : $0 }).write(to: folder.appendingPathComponent("case.mustache"))
        let (_, diagnostics) = Theme.load(from: folder, displayName: "templates")
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "templates/case.mustache:2:5: error: the template is not valid UTF-8 here; save it as UTF-8",
        ])
    }
}
