import Foundation
import Testing
@testable import CasebookKit

/// `404.html` is shown in place of any missing address, so its links cannot climb from
/// where the file is: with `base_url` they start from its path.
@Suite struct NotFoundPageTests {
    static func links(baseURL: String?) throws -> [String] {
        let site = try SiteFixture()
        defer { site.remove() }
        let line = baseURL.map { "base_url: \($0)\n" } ?? ""
        try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: line)
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        let links = SiteFixture.links(in: try site.read("public/404.html"))
        #expect(links.contains { $0.hasSuffix("assets/style.css") }, "\(links)")
        return links.filter { !$0.hasPrefix("#") && !$0.hasPrefix("https://") && !$0.hasPrefix("http://") && !$0.hasPrefix("mailto:") }
    }

    @Test func underAPathPrefixEveryLinkStartsWithIt() throws {
        let links = try Self.links(baseURL: "https://example.org/archive/")
        #expect(links.contains("/archive/assets/style.css"))
        #expect(links.contains("/archive/index.html"))
        for link in links { #expect(link.hasPrefix("/archive/"), "\(link)") }
    }

    @Test func aBaseURLWithoutAPathLinksFromTheHostsRoot() throws {
        let links = try Self.links(baseURL: "https://cases.example.org")
        #expect(links.contains("/assets/style.css"))
        for link in links { #expect(link.hasPrefix("/") && !link.hasPrefix("//"), "\(link)") }
    }

    @Test func withoutABaseURLTheLinksStayRelativeToTheSiteRoot() throws {
        let links = try Self.links(baseURL: nil)
        #expect(links.contains("assets/style.css"))
        for link in links { #expect(!link.hasPrefix("/") && !link.hasPrefix("../"), "\(link)") }
    }

    @Test func thePrefixIsSafeInAnAttribute() {
        #expect(SiteURLs(base: "https://example.org/archive").path == "/archive/")
        #expect(SiteURLs(base: "https://example.org:8443/a/b/").path == "/a/b/")
        #expect(SiteURLs(base: "https://example.org/%D0%B0/").path == "/%D0%B0/")
        #expect(SiteURLs(base: "https://example.org/архив/\"x'&/").path == "/%D0%B0%D1%80%D1%85%D0%B8%D0%B2/%22x%27%26/")
        #expect(SiteURLs(base: nil).path == nil)
    }

    /// Other pages keep their relative links, whatever base_url says.
    @Test func otherPagesStayRelative() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "base_url: https://cases.example.org/", with: "base_url: https://example.org/archive/")
        #expect(site.build().succeeded)
        let links = SiteFixture.links(in: try site.read("public/cases/qambarova-2021/index.html"))
        #expect(links.contains("../../assets/style.css"))
        #expect(!links.contains { $0.hasPrefix("/archive/") })
    }
}
