import Foundation
import Testing
@testable import CasebookKit

/// A web page or a scripted SVG image in `media/` ran under the site's own address and loaded
/// from other hosts when a reader opened it: published byte for byte, with `unsafe_html` off.
@Suite struct ActiveMediaTests {
    static let svgHead = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#

    static func problem(_ body: String) -> String? {
        ActiveMedia.svgProblem(Array((svgHead + body + "</svg>").utf8))
    }

    @Test func whatMakesAnSVGActiveIsFoundHoweverItIsWritten() {
        #expect(Self.problem("<script>alert(1)</script>") == "a script")
        #expect(Self.problem("<SCRIPT>alert(1)</SCRIPT>") == "a script")
        #expect(Self.problem(#"<h:script xmlns:h="http://www.w3.org/1999/xhtml">x()</h:script>"#) == "a script")
        #expect(Self.problem("<foreignObject><div/></foreignObject>") == "embedded HTML (a foreignObject element)")
        #expect(Self.problem(#"<rect ONLOAD = "x()"/>"#) == "an event attribute ('onload')")
        #expect(Self.problem(#"<animate onbegin="x()"/>"#) == "an event attribute ('onbegin')")
        #expect(Self.problem(#"<a href="&#106;avascript:x()"><rect/></a>"#) == "a javascript: address")
        #expect(Self.problem(#"<a xlink:href="JavaScript:x()"><rect/></a>"#) == "a javascript: address")
        #expect(Self.problem(#"<image xlink:href = "https://evil.example/x.png"/>"#) == "a reference to another host ('https://evil.example/x.png')")
        #expect(Self.problem(#"<image href='//evil.example/x.png'/>"#) == "a reference to another host ('//evil.example/x.png')")
        #expect(Self.problem(#"<rect style="fill:url(https://evil.example/p.svg#g)"/>"#) != nil)
        #expect(Self.problem("<style>@import 'https://evil.example/a.css';</style>") == "a style sheet import (@import)")
        #expect(Self.problem(#"<image href="&#x68;ttps://evil.example/x.png"/>"#) == "a reference to another host ('https://evil.example/x.png')")
        #expect(ActiveMedia.svgProblem(Array(#"<!DOCTYPE svg [<!ENTITY e "https://evil.example">]><svg/>"#.utf8)) == "an entity declaration (<!ENTITY)")
    }

    /// A browser drops tabs and line breaks inside an address, undoes a style's escapes, and
    /// lets an animation set an attribute: each of these ran or loaded, published as a picture.
    @Test func whatABrowserReadsPastIsFoundToo() {
        #expect(Self.problem(#"<a href="java&#x09;script:x()"><rect/></a>"#) == "a javascript: address")
        #expect(Self.problem("<a href=\"java\nscript:x()\"><rect/></a>") == "a javascript: address")
        #expect(Self.problem(#"<image href="ht&#x0A;tps://evil.example/x.png"/>"#) == "a reference to another host ('ht\ntps://evil.example/x.png')")
        #expect(Self.problem(#"<image href="  https://evil.example/x.png"/>"#) == "a reference to another host ('https://evil.example/x.png')")
        #expect(Self.problem("<style>rect{fill:url(\n'https://evil.example/x')}</style>") == "a reference to another host ('https://evil.example/x')")
        #expect(Self.problem(#"<rect style="fill:u\72l(https://evil.example/x)"/>"#) == "a reference to another host ('https://evil.example/x')")
        #expect(Self.problem(#"<style>rect{fill:\75 rl("\68ttps://evil.example/y")}</style>"#) == "a reference to another host ('https://evil.example/y')")
        #expect(Self.problem(#"<set attributeName="onmouseover" to="x()"/>"#) == "an event attribute ('onmouseover')")
        #expect(Self.problem(#"<rect style="fill:-webkit-image-set('a.png' 1x, &quot;https://evil.example/z.png&quot; 2x)"/>"#) == "a reference to another host ('https://evil.example/z.png')")
        // Still pictures: a backslash in a text, a fill animated, a gradient named with spaces.
        #expect(Self.problem(#"<text>C:\\Users \72 &lt;script&gt;</text><set attributeName="fill" to="red"/><rect fill="url( #g )"/>"#) == nil)
    }

    @Test func aPictureStaysAPicture() {
        // Namespaces are names, not loads; links inside the image, fills and pictures in data: are the image's own.
        #expect(Self.problem("") == nil)
        #expect(Self.problem(#"<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/>"#) == nil)
        #expect(Self.problem(##"<use href="#shape"/><use xlink:href="icons.svg#a"/><text>Scripts &amp; onions: 5 = 5</text>"##) == nil)
        #expect(Self.problem(#"<image href="data:image/png;base64,iVBORw0KGgo="/><image src="photo.png"/>"#) == nil)
        #expect(Self.problem(#"<rect class="one" data-on="x" /><!-- a note on scripts -->"#) == nil)
    }

    @Test func webPagesAreTheirNames() {
        for name in ["media/verdict.html", "media/a/b.HTM", "media/x.xhtml", "media/feed.xml", "media/map.svgz"] {
            #expect(ActiveMedia.kind(of: name) == .page, "\(name)")
        }
        #expect(ActiveMedia.kind(of: "media/chart.SVG") == .svg)
        for name in ["media/verdict.pdf", "media/html/x.pdf", "media/noextension", "media/.html.d/x.jpg"] {
            #expect(ActiveMedia.kind(of: name) == nil, "\(name)")
        }
    }

    @Test func theBuildRefusesThemAndLeavesTheSiteAsItWas() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let before = SiteFixture.snapshot(site.output)
        try site.write("content/media/verdict.html", "<script>alert(document.domain)</script>\n")
        try site.write("content/media/chart.svg", Self.svgHead + "<script>alert(1)</script></svg>\n")
        try site.write("content/media/plain.svg", Self.svgHead + #"<rect width="10" height="10"/></svg>"#)
        let result = site.build()
        #expect(result.exitStatus == 1)
        let files = result.diagnostics.filter { $0.severity == .error }.map(\.file)
        #expect(files == ["content/media/chart.svg", "content/media/verdict.html"], "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.first { $0.file.hasSuffix("verdict.html") }?.message.contains("save it as PDF") == true)
        #expect(SiteFixture.snapshot(site.output) == before)

        // An archive whose editors are trusted with HTML publishes them as they are.
        try site.replace("content/site.yml", "title:", with: "unsafe_html: true\ntitle:")
        #expect(site.build().exitStatus == 0)
        let after = SiteFixture.snapshot(site.output)
        #expect(after["media/verdict.html"] == Data("<script>alert(document.domain)</script>\n".utf8))
        #expect(after["media/plain.svg"] != nil)
    }

    @Test func theDevServerDoesNotServeWhatTheBuildRefuses() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/media/verdict.html", "<p>saved page</p>\n")
        try site.write("content/media/chart.svg", Self.svgHead + #"<rect onclick="x()"/></svg>"#)
        try site.write("content/media/plain.svg", Self.svgHead + "<rect/></svg>")
        let files = StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
        #expect(files.file(at: "media/verdict.html") == nil && files.file(at: "media/chart.svg") == nil)
        #expect(files.file(at: "media/plain.svg") == Array((Self.svgHead + "<rect/></svg>").utf8))
        #expect(files.file(at: "media/verdict.html", unsafeHTML: true) == Array("<p>saved page</p>\n".utf8))
    }
}
