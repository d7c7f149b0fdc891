import Foundation
import Testing
@testable import CasebookKit

/// site.yml `former_keys`: a renamed tag's, region's, status's or charge's old address leads
/// to its page now, in every language, as a renamed file's does. Its mistakes are the fixture
/// `Tests/Fixtures/bad/former-keys-still-live`.
@Suite struct FormerKeyTests {
    @Test func aRenamedTagsAndStatussOldAddressesLeadToTheirPages() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        // The tag 'zhanaozen' written anew as 'Zhanaozen events' (its address zhanaozen-events),
        // the status 'released' once keyed 'freed'.
        try site.replace("content/cases/kozlov-2012.md", "tags: [zhanaozen]", with: "tags: [Zhanaozen events]")
        try site.replace("content/site.yml", "  zhanaozen: {ru: Жанаозен, kk: Жаңаөзен}", with: "  Zhanaozen events: {ru: Жанаозен, kk: Жаңаөзен}")
        try site.write("content/site.yml", try site.read("content/site.yml")
            + "\nformer_keys:\n  tags: {zhanaozen: Zhanaozen events}\n  statuses: {freed: released}\n")
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        for (prefix, tag) in [("", "Zhanaozen events"), ("ru/", "Жанаозен"), ("kk/", "Жаңаөзен")] {
            let html = try site.read("public/\(prefix)tags/zhanaozen/index.html")
            #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=../zhanaozen-events/index.html\">"))
            #expect(html.contains("<script>location.replace(\"../zhanaozen-events/index.html\" + location.hash)</script>"))
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(html.contains("<bdi>\(tag)</bdi>"), "\(html)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://cases.example.org/\(prefix)tags/zhanaozen-events/\">"))
            let target = site.output.appendingPathComponent(prefix + "tags/zhanaozen/../zhanaozen-events/index.html")
            #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path))
            #expect(try site.read("public/\(prefix)statuses/freed/index.html").contains("url=../released/index.html"))
        }
        let sitemap = try site.read("public/sitemap.xml")
        #expect(!sitemap.contains("tags/zhanaozen/") && !sitemap.contains("statuses/freed/"))
        #expect(sitemap.contains("tags/zhanaozen-events/"))
    }

    @Test func aNewKeyWithoutAPageKeepsNoOldAddress() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + "former_keys:\n  tags: {zhanaozen-2011: no-such-tag}\n")
        let result = site.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.message).contains(
            "no published case has the tag 'no-such-tag', so tags/no-such-tag/ has no page and the old address tags/zhanaozen-2011/ is not kept: write the address key of the tag it became, as its page has it"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("tags/zhanaozen-2011").path))
    }

    /// `check --against` reads each published case's status, charges, region and tags too: a
    /// tag renamed without `former_keys` is a warning at the case's line, then nothing.
    @Test func checkAgainstWarnsOfATagAddressThatWouldBreak() throws {
        let site = try AddressCheckTests.published()
        defer { site.remove() }
        for suffix in [".md", ".ru.md", ".kk.md"] where FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/kozlov-2012\(suffix)").path) {
            let text = try site.read("content/cases/kozlov-2012\(suffix)")
            if text.contains("tags: [zhanaozen]") { try site.replace("content/cases/kozlov-2012\(suffix)", "tags: [zhanaozen]", with: "tags: [zhanaozen-events]") }
        }
        try site.replace("content/site.yml", "  zhanaozen: {ru: Жанаозен, kk: Жаңаөзен}", with: "  zhanaozen-events: {ru: Жанаозен, kk: Жаңаөзен}")
        let json = try site.read("published-cases.json").components(separatedBy: "\n")
        let line = try #require(json.firstIndex { $0.hasPrefix("    {\"id\":\"kozlov-2012\"") }) + 1
        let warned = AddressCheckTests.check(site).diagnostics.filter { $0.file.hasPrefix("published-") }
        #expect(warned.map(\.description) == [
            "published-cases.json:\(line):\(json[line - 1].distance(from: json[line - 1].startIndex, to: json[line - 1].range(of: "\"zhanaozen\"")!.lowerBound) + 2): warning: the tag 'zhanaozen' of the published case 'kozlov-2012' has the address tags/zhanaozen/, but no published case has that tag now, so the address would lead nowhere: if it was renamed, list it in site.yml under 'former_keys: {tags: {zhanaozen: <its key now>}}'",
        ], "\(warned)")
        try site.write("content/site.yml", try site.read("content/site.yml") + "\nformer_keys:\n  tags: {zhanaozen: zhanaozen-events}\n")
        let kept = AddressCheckTests.check(site)
        #expect(!kept.diagnostics.contains { $0.file.hasPrefix("published-") }, "\(kept.diagnostics)")
        #expect(kept.exitStatus == 0)
    }

    /// A file still writing a renamed status or charge is told the key to write now.
    @Test func anOldStatusOrChargeInAFileNamesTheNewKey() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + "former_keys:\n  statuses: {convicted: sentenced}\n  charges: {kz-405: kz-cc-405}\n")
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced\n", with: "status: convicted\n")
        try site.replace("content/cases/qambarova-2021.md", "charges: [kz-cc-405]\n", with: "charges: [kz-405]\n")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.sorted().map(\.description) == [
            "content/cases/qambarova-2021.md:4:9: error: 'convicted' was renamed 'sentenced' (site.yml 'former_keys'): write 'sentenced'",
            "content/cases/qambarova-2021.md:14:11: error: the charge 'kz-405' was renamed 'kz-cc-405' (site.yml 'former_keys'): write 'kz-cc-405'",
        ])
    }
}
