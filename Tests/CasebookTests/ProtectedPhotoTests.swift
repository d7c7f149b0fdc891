import Foundation
import Testing
@testable import CasebookKit

/// A protected person's photo is never published, however it is named: a body link with
/// `./`, a percent-escape or a detour through a folder, a reference definition, raw HTML
/// (with `unsafe_html`), a case's document; and `casebook serve` refuses it as the build
/// does, under its own name, an escaped one or another file's that leads to it. Each once
/// built clean with a broken link, and the dev server answered 200.
@Suite(.hangGuard) struct ProtectedPhotoTests {
    static let message = "this shows the photo of a protected person (protected in content/people/defendant-x.md), which is never published: remove it"

    static func aboutWith(_ text: String, site: SiteFixture) throws -> [String] {
        try site.write("content/pages/about.md", try site.read("content/pages/about.md") + "\n\(text)\n")
        return HiddenLeakTests.errors(site)
    }

    @Test(arguments: ["[photo](../media/./portrait.jpg)", "[photo](../media/portrai%74.jpg)", "![photo](../media/sub/../portrait.jpg)",
                      "[photo](../media/portrait.jpg?x=1#top)", "[photo](../media/portrait.jpg) and [again](../media/./portrait.jpg)",
                      "See [the photo][p].\n\n[p]: ../media/portrait.jpg"])
    func aBodyLinkIsAnErrorAtTheLinkHoweverItIsSpelt(_ text: String) throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        let errors = try Self.aboutWith(text, site: site)
        let expected = text.contains("again") ? 2 : 1
        #expect(errors.count == expected && errors.allSatisfy { $0.hasPrefix("content/pages/about.md:") && $0.hasSuffix(Self.message) }, "\(errors)")
        if text.hasPrefix("[photo](../media/./") { #expect(errors.first?.contains(":1: error") == true, "at the link's [") }
    }

    /// Raw HTML reaches the page only with `unsafe_html: true`; then it may not show the photo either.
    @Test func rawHTMLIsReadAsABrowserReadsIt() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        let html = "<p><img src=\"../media/./portrai%74.jpg\" alt=\"\"></p>"
        #expect(try Self.aboutWith(html, site: site).isEmpty, "dropped from the page without unsafe_html")
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nunsafe_html: true\n")
        let errors = HiddenLeakTests.errors(site)
        #expect(errors.count == 1 && errors[0].hasSuffix(Self.message), "\(errors)")
        try site.write("content/pages/about.md", "---\ntitle: About\n---\nA <span style=\"background:url(../media//portrait.jpg)\">frame</span>.\n")
        #expect(HiddenLeakTests.errors(site) == ["content/pages/about.md:4:3: error: \(Self.message)"])
    }

    @Test func aCaseDocumentMayNotBeTheirPhoto() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        try site.replace("content/cases/lesova-lepesova-2021.md", "\nsources:\n",
                         with: "\ndocuments:\n  - {title: Photo, file: media/portrait.jpg}\nsources:\n")
        let errors = HiddenLeakTests.errors(site)
        #expect(errors.count == 1 && errors[0].hasPrefix("content/cases/lesova-lepesova-2021.md:")
                && errors[0].hasSuffix("'media/portrait.jpg' is the photo of a protected person (content/people/defendant-x.md), which is never published: "
                                       + "give this document a file of its own, or remove it"), "\(errors)")
    }

    /// `casebook serve` answered 200 for /media/portrait.jpg and /media/%70ortrait.jpg.
    @Test func theDevServerServesItUnderNoName() throws {
        let site = try HiddenLeakTests.protected()
        defer { site.remove() }
        try Data(ImageFixtures.bytes("plain.png")).write(to: site.content.appendingPathComponent("media/other.png"))
        let dev = DevSite(options: DevSiteTests.options(site))
        for target in ["/media/portrait.jpg", "/media/%70ortrait.jpg", "/media/portrai%74.jpg"] {
            let path = try #require(try? RequestPath.parse(target).get()).file
            #expect(path == "media/portrait.jpg")
            #expect(dev.file(at: path) == nil, "\(target)")
        }
        #expect(dev.file(at: "media/other.png") != nil)
        // Another name for it: the build refuses it, and so does the server.
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("media/copy.jpg").path, withDestinationPath: "portrait.jpg")
        let again = DevSite(options: DevSiteTests.options(site))
        #expect(again.file(at: "media/copy.jpg") == nil)
        #expect(again.file(at: "media/other.png") != nil)
        // Unprotected, it is published and served again.
        try site.replace("content/people/defendant-x.md", "protect: pseudonym\npseudonym: Defendant X\n", with: "")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("media/copy.jpg"))
        #expect(DevSite(options: DevSiteTests.options(site)).file(at: "media/portrait.jpg") != nil)
    }
}
