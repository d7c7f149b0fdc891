import Foundation
import Testing
@testable import CasebookKit

/// The comments `casebook new` writes beside the fields are read against what a build makes
/// of the fields once filled in: a comment promises only what the site does.
@Suite struct ScaffoldCommentTests {
    /// The comment on the line of `key:` (with the lines it wraps onto).
    static func comment(_ key: String, in text: String) throws -> String {
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix(key + ":") || $0.hasPrefix("# " + key + ":") })
        var parts = [String(lines[start].split(separator: "#", maxSplits: 1).last ?? "")]
        for line in lines[(start + 1)...] {
            guard line.trimmingCharacters(in: .whitespaces).hasPrefix("#   ") else { break }
            parts.append(String(line.trimmingCharacters(in: .whitespaces).dropFirst(4)))
        }
        return parts.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    static func exists(_ site: SiteFixture, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path)
    }

    /// Region pages list cases: a person's region is shown on their page and makes no page.
    @Test func aPersonsRegionCommentPromisesNoRegionPage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = try NewFileTests.create(site, NewFileTests.request(.people, "Aigul Utepova")).get()
        let comment = try Self.comment("region", in: try site.read(path))
        #expect(!comment.contains("own page") && comment.contains("region pages list cases"), "\(comment)")
        try site.replace(path, "\nregion: ", with: "\nregion: Kostanay Region ")
        #expect(site.build().exitStatus == 0)
        #expect(try site.read("public/people/aigul-utepova/index.html").contains("Kostanay Region"))
        #expect(!Self.exists(site, "regions/kostanay-region/index.html"))
    }

    /// A case's region and tags each have a page, and related cases show each other, as
    /// their comments say.
    @Test func aCasesCommentsPromiseWhatTheBuildMakes() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = try NewFileTests.create(site, NewFileTests.request(.cases, "Aktau court detains X", id: "x-2021",
                                                                      people: ["zhazira-qambarova"])).get()
        let text = try site.read(path)
        #expect(try Self.comment("region", in: text).contains("each region has its own page listing its cases"))
        #expect(try Self.comment("tags", in: text).contains("each with its own page"))
        #expect(try Self.comment("related_cases", in: text).contains("each case shows the other"))
        try site.replace(path, "\nregion: ", with: "\nregion: Mangystau Region ")
        try site.replace(path, "\ntags: []", with: "\ntags: [hunger-strike]")
        try site.replace(path, "\nrelated_cases: []", with: "\nrelated_cases: [qambarova-2021]")
        #expect(site.build(drafts: true).exitStatus == 0)
        #expect(try site.read("public/regions/mangystau-region/index.html").contains("cases/x-2021/"))
        #expect(try site.read("public/tags/hunger-strike/index.html").contains("cases/x-2021/"))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("cases/x-2021/"))
    }

    /// An organization's former names and predecessor show where their comments say.
    @Test func anOrganizationsCommentsPromiseWhatTheBuildMakes() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = try NewFileTests.create(site, NewFileTests.request(.organizations, "Almaty Party")).get()
        let text = try site.read(path)
        #expect(try Self.comment("former_names", in: text).contains("which its page shows and search finds"))
        #expect(try Self.comment("successor_of", in: text).contains("that one's page links back here"))
        try site.replace(path, "\nformer_names: []", with: "\nformer_names: [Old Almaty Party]")
        try site.replace(path, "\nsuccessor_of: ", with: "\nsuccessor_of: dvk ")
        #expect(site.build().exitStatus == 0)
        #expect(try site.read("public/organizations/almaty-party/index.html").contains("Old Almaty Party"))
        #expect(try site.read("public/search/index.js").contains("old"))
        #expect(try site.read("public/organizations/dvk/index.html").contains("organizations/almaty-party/index.html"))
    }
}
