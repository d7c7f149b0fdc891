import Foundation
import Testing
@testable import CasebookKit

/// What each page's <head> says about it: canonical link, Open Graph, JSON-LD.
@Suite struct MetadataTests {
    static let hostile = "</script><script>alert(1)</script>"

    /// The contents of the page's JSON-LD blocks.
    static func linkedData(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<script type="application/ld\+json">(.*?)</script>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    @Test func everyPageHasOpenGraphAndACanonicalAddress() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasSuffix(".html") && !SiteFixture.isRedirect(data) {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains(#"<meta property="og:title" content=""#), "\(path)")
            #expect(html.contains(#"<meta property="og:site_name" content="Kazakhstan Political Cases Monitor">"#), "\(path)")
            #expect(html.contains(#"<link rel="alternate" type="application/atom+xml""#), "\(path)")
            if path == "404.html" {
                #expect(!html.contains("rel=\"canonical\""), "the not-found page has no address of its own")
            } else {
                let address = "https://cases.example.org/" + SiteURLs.address(path)
                #expect(html.contains("<link rel=\"canonical\" href=\"\(address)\">"), "\(path)")
                #expect(html.contains("<meta property=\"og:url\" content=\"\(address)\">"), "\(path)")
            }
        }
        let casePage = try site.read("public/cases/qambarova-2021/index.html")
        #expect(casePage.contains(#"<meta property="og:type" content="article">"#))
        #expect(casePage.contains(#"<meta property="og:title" content="Taraz court sentences Zhazira Qambarova">"#))
        #expect(casePage.contains(#"<meta property="og:description" content="Two years of &quot;freedom limitation&quot; and bans on political activity"#))
        #expect(try site.read("public/people/nazira-lesova/index.html").contains(#"<meta property="og:type" content="profile">"#))
        #expect(try site.read("public/index.html").contains(#"<meta property="og:type" content="website">"#))
    }

    @Test func peopleAndOrganizationsHaveSchemaOrgLinkedData() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let person = try #require(Self.linkedData(in: try site.read("public/people/zhazira-qambarova/index.html")).first)
        let personObject = try #require(JSONSerialization.jsonObject(with: Data(person.utf8)) as? [String: Any])
        #expect(personObject["@context"] as? String == "https://schema.org")
        #expect(personObject["@type"] as? String == "Person")
        #expect(personObject["name"] as? String == "Zhazira Qambarova")
        #expect(personObject["alternateName"] as? [String] == ["Жазира Қамбарова", "Жазира Камбарова", "Zhazira Kambarova"])
        #expect(personObject["url"] as? String == "https://cases.example.org/people/zhazira-qambarova/")

        let organization = try #require(Self.linkedData(in: try site.read("public/organizations/dvk/index.html")).first)
        let organizationObject = try #require(JSONSerialization.jsonObject(with: Data(organization.utf8)) as? [String: Any])
        #expect(organizationObject["@type"] as? String == "Organization")
        #expect(organizationObject["name"] as? String == "Democratic Choice of Kazakhstan")
        #expect((organizationObject["alternateName"] as? [String])?.first == "DVK")
        #expect(organizationObject["url"] as? String == "https://cases.example.org/organizations/dvk/")
        #expect(Self.linkedData(in: try site.read("public/cases/qambarova-2021/index.html")).isEmpty)
    }

    @Test func aHostileNameCannotBreakOutOfTheLinkedData() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova", with: "name: '\(Self.hostile)'")
        try site.replace("content/people/nazira-lesova.md", "aliases: [Назира Лесова]", with: "aliases: ['\(Self.hostile)']")
        try site.replace("content/organizations/dvk.md", "short_name: DVK", with: "short_name: '\(Self.hostile)'")
        #expect(site.build().succeeded)
        for page in ["public/people/nazira-lesova/index.html", "public/organizations/dvk/index.html"] {
            // Besides the theme's own script files, one script element only: the JSON-LD
            // block, closed where it should be.
            let html = SafetyTests.withoutThemeScripts(try site.read(page))
            #expect(html.components(separatedBy: "<script").count == 2, "\(page)")
            #expect(html.components(separatedBy: "</script>").count == 2, "\(page)")
            let block = try #require(Self.linkedData(in: html).first)
            #expect(!block.contains("<") && !block.contains(">"))
            #expect(block.contains(#"\u003c/script\u003e"#))
            let object = try #require(JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
            let names = [object["name"] as? String] + ((object["alternateName"] as? [String]) ?? []).map { Optional($0) }
            #expect(names.contains(Self.hostile), "\(page): the name survives the escaping")
        }
    }
}
