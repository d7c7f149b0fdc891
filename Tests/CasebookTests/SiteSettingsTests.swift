import Foundation
import Testing
@testable import CasebookKit

/// site.yml `base_url` is an absolute http(s) address the pages can be found below, and
/// `language` a language tag; each mistake is reported at the value with what to write.
@Suite struct SiteSettingsTests {
    private func parse(_ key: String, _ value: String) -> (SiteConfig, [String]) {
        let (site, diagnostics, _) = SiteParser.parse("title: Site\n\(key): \(value)\n", path: "content/site.yml")
        return (site, diagnostics.items.map(\.description))
    }

    @Test(arguments: ["https://cases.example.org/", "http://cases.example.org", "https://cases.example.org:8443/archive/",
                      "HTTPS://Example.ORG/a%20b/", "https://127.0.0.1:1/", "https://[::1]:65535/", "https://архив.рф/"])
    func goodBaseURLs(_ url: String) {
        let (site, messages) = parse("base_url", url)
        #expect(messages.isEmpty)
        #expect(site.baseURL == (url.hasSuffix("/") ? url : url + "/"))
    }

    @Test(arguments: [
        ("ftp://cases.example.org/", "'base_url' must be the http or https address the site is published at, like 'https://cases.example.org/', found 'ftp://cases.example.org/'"),
        ("cases.example.org", "'base_url' must be the http or https address the site is published at, like 'https://cases.example.org/', found 'cases.example.org'"),
        ("mailto:a@example.org", "'base_url' must be the http or https address the site is published at, like 'https://cases.example.org/', found 'mailto:a@example.org'"),
        ("https:///archive/", "'base_url' must name a host after '//', like 'https://cases.example.org/', found 'https:///archive/'"),
        ("https://cases.example.org/?page=1", "'base_url' must not have a query ('?…'), found 'https://cases.example.org/?page=1'; write 'https://cases.example.org/'"),
        ("https://cases.example.org/archive#top", "'base_url' must not have a fragment ('#…'), found 'https://cases.example.org/archive#top'; write 'https://cases.example.org/archive'"),
        ("https://user:secret@cases.example.org/", "'base_url' must not hold a user name or password, found 'https://user:secret@cases.example.org/'; write 'https://cases.example.org/'"),
        ("https://cases.example.org:99999/", "the port of 'base_url' must be a number from 1 to 65535, like 'https://cases.example.org:8443/', found 'https://cases.example.org:99999/'"),
        ("https://cases.example.org:0/", "the port of 'base_url' must be a number from 1 to 65535, like 'https://cases.example.org:8443/', found 'https://cases.example.org:0/'"),
        ("https://cases.example.org:/", "the port of 'base_url' must be a number from 1 to 65535, like 'https://cases.example.org:8443/', found 'https://cases.example.org:/'"),
        ("https://cases.example.org:http/", "the port of 'base_url' must be a number from 1 to 65535, like 'https://cases.example.org:8443/', found 'https://cases.example.org:http/'"),
        ("https://cases..example.org/", "the host of 'base_url' must be a name like cases.example.org (letters, digits, hyphens and dots) or an IP address, found 'https://cases..example.org/'"),
        ("'https://cases example.org/'", "'base_url' must not contain spaces, found 'https://cases example.org/'; write a space in a path as %20"),
        // The 404 page's `//archive/assets/…` loaded from the host `archive`.
        ("https://example.org//archive/", "the path of 'base_url' must not hold an empty folder ('//') or a backslash, found 'https://example.org//archive/'; write 'https://example.org/archive/'"),
        ("'https://example.org/\\evil.example/'", "the path of 'base_url' must not hold an empty folder ('//') or a backslash, found 'https://example.org/\\evil.example/'; write 'https://example.org/evil.example/'"),
        // A file's name as the last part: every address would be made under it.
        ("https://example.org/archive/index.html", "the last part of 'base_url' is a file's name ('index.html'), but 'base_url' is the folder the site is published at, and every address is made under it (https://example.org/archive/index.html/cases/…), found 'https://example.org/archive/index.html'; write the folder: 'https://example.org/archive/'"),
        ("https://example.org/cases.PHP/", "the last part of 'base_url' is a file's name ('cases.PHP'), but 'base_url' is the folder the site is published at, and every address is made under it (https://example.org/cases.PHP/cases/…), found 'https://example.org/cases.PHP/'; write the folder: 'https://example.org/'"),
        ("https://example.org/a/start.htm", "the last part of 'base_url' is a file's name ('start.htm'), but 'base_url' is the folder the site is published at, and every address is made under it (https://example.org/a/start.htm/cases/…), found 'https://example.org/a/start.htm'; write the folder: 'https://example.org/a/'"),
    ])
    func badBaseURLs(_ url: String, _ message: String) {
        let (site, messages) = parse("base_url", url)
        #expect(messages == ["content/site.yml:2:11: error: \(message)"])
        #expect(site.baseURL == nil)
    }

    /// A folder whose name has a dot is a folder: only a web page's file name is refused.
    @Test func aFolderWithADotIsAFolder() {
        #expect(parse("base_url", "https://example.org/v1.2/").1.isEmpty)
        #expect(parse("base_url", "https://example.org/archive.kz").1.isEmpty)
    }

    /// A path in other letters is percent-encoded once, for every address the build writes
    /// (the sitemap protocol asks for it; canonical links, the feed and the open data agree).
    @Test func aPathInOtherLettersIsPercentEncodedInEveryAddress() throws {
        #expect(parse("base_url", "https://example.org/архив").0.baseURL == "https://example.org/%D0%B0%D1%80%D1%85%D0%B8%D0%B2/")
        #expect(parse("base_url", "https://example.org/a%20b/").0.baseURL == "https://example.org/a%20b/")
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "base_url: https://cases.example.org/\n", with: "base_url: https://example.org/архив/\n")
        #expect(site.build().succeeded)
        let encoded = "https://example.org/%D0%B0%D1%80%D1%85%D0%B8%D0%B2/"
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("<loc>\(encoded)cases/qambarova-2021/</loc>"))
        #expect(!sitemap.contains("архив"))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("<link rel=\"canonical\" href=\"\(encoded)cases/qambarova-2021/\">"))
        #expect(try site.read("public/feed.xml").contains("<id>\(encoded)cases/qambarova-2021/</id>"))
        #expect(try site.read("public/data/cases.json").contains("\"url\":\"\(encoded)cases/qambarova-2021/\""))
    }

    @Test(arguments: ["en", "ru", "kk", "kk-Cyrl-KZ", "zh-Hant", "en-US", "es-419", "sgn-ase", "de-CH-1996", "en-a-bbb-x-private", "x-whatever"])
    func goodLanguageTags(_ tag: String) {
        let (site, messages) = parse("language", tag)
        #expect(messages.isEmpty)
        #expect(site.language == tag)
    }

    @Test(arguments: [
        ("english", "'language' must be a language tag, found 'english'; write 'en'"),
        ("Kazakh", "'language' must be a language tag, found 'Kazakh'; write 'kk'"),
        ("en_US", "'language' must be a language tag, found 'en_US'; write 'en-US'"),
        ("kk_cyrl_kz", "'language' must be a language tag, found 'kk_cyrl_kz'; write 'kk-Cyrl-KZ'"),
        ("''", "'language' must not be empty; write a tag like 'en', 'ru', 'kk' or 'kk-Cyrl-KZ'"),
        ("e", "'language' must be a language tag, found 'e'; write a tag like 'en', 'ru', 'kk' or 'kk-Cyrl-KZ'"),
        ("en-", "'language' must be a language tag, found 'en-'; write a tag like 'en', 'ru', 'kk' or 'kk-Cyrl-KZ'"),
        ("en US", "'language' must be a language tag, found 'en US'; write a tag like 'en', 'ru', 'kk' or 'kk-Cyrl-KZ'"),
        ("\"en\\\"><script>\"", "'language' must be a language tag, found 'en\"><script>'; write a tag like 'en', 'ru', 'kk' or 'kk-Cyrl-KZ'"),
    ])
    func badLanguageTags(_ tag: String, _ message: String) {
        let (site, messages) = parse("language", tag)
        #expect(messages == ["content/site.yml:2:11: error: \(message)"])
        #expect(site.language == "en")
    }

    @Test func aMissingLanguageIsEnglish() {
        #expect(parse("language", "").0.language == "en")
        #expect(parse("language", "").1.isEmpty)
    }

    /// The keys the build relies on are in the default vocabularies and kept in a custom one
    /// that leaves them out (with an error), so a record can always be a defendant or a court.
    @Test func builtInKeysAreAlwaysInTheVocabularies() {
        #expect(SiteConfig.Defaults.roles.contains(Role.defendant))
        #expect(SiteConfig.Defaults.organizationKinds.contains(OrganizationKind.court))
        let (roles, roleMessages) = parse("roles", "{witness: Witness}")
        #expect(roles.roles.contains(Role.defendant) && roleMessages.count == 1)
        let (kinds, kindMessages) = parse("organization_kinds", "{party: Party}")
        #expect(kinds.organizationKinds.contains(OrganizationKind.court) && kindMessages.count == 1)
    }
}
