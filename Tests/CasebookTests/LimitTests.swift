import Foundation
import Testing
@testable import CasebookKit

/// Inputs built to hang, exhaust or escape the build are refused quickly with a message.
@Suite struct LimitTests {
    static func parse(_ text: String) -> [Diagnostic] {
        var reader = FieldReader(file: "content/people/x.md")
        _ = ContentParser.parse(text: text, info: DocumentInfo(kind: .people, id: "x", path: "content/people/x.md"),
                                site: SiteConfig(), reader: &reader)
        return reader.diagnostics.items
    }

    @Test func billionLaughsIsRejectedBeforeExpansion() {
        var yaml = "---\nname: x\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "---\n"
        let clock = ContinuousClock.now
        let problems = Self.parse(yaml)
        #expect(clock.duration(to: .now) < .seconds(5))
        #expect(problems.contains { $0.message.contains("aliases and anchors (&name) are not supported") })
        #expect(problems.first?.position == SourcePosition(line: 3, column: 5))
    }

    @Test func deepFlowNestingIsRejectedWithItsPosition() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let problems = Self.parse("---\nname: x\naliases: \(deep)\n---\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("nested more than") == true)
        #expect(problems.first?.position.line == 3)
    }

    @Test func deepBlockNestingIsRejected() {
        var yaml = "---\nname: x\nevents:\n"
        for level in 0..<300 { yaml += String(repeating: " ", count: level) + "- \n" }
        yaml += "---\n"
        let problems = Self.parse(yaml)
        #expect(problems.contains { $0.message.contains("indented more than") })
    }

    @Test func bracketsInsideQuotedTextAreNotNesting() {
        let text = String(repeating: "[", count: 100)
        let problems = Self.parse("---\nname: \"\(text)\"\nregion: '\(text)' # [[[[\n---\n")
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func oversizedFileIsAnErrorNotASlowBuild() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // 16 KB: above the sample's largest file (its Atyrau case, 11 KB), so only big.md is over.
        try site.replace("content/site.yml", "licence: CC BY 4.0", with: "licence: CC BY 4.0\nmax_file_kb: 16")
        let big = "---\nname: Big\n---\n" + String(repeating: "Lorem ipsum dolor sit amet. ", count: 800)
        try site.write("content/people/big.md", big)
        let result = Builder.check(BuildOptions(relativeTo: site.root))
        #expect(result.errors.map(\.description) == [
            "content/people/big.md:1:1: error: the file is 21.9 KB, over the limit of 16 KB; split it, or raise max_file_kb in site.yml",
        ])
    }

    @Test func symbolicLinkOutOfTheContentFolderIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let outside = site.root.appendingPathComponent("secret.md")
        try "---\nname: Secret\n---\nprivate notes\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("people/secret.md"),
                                                   withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("media/secret.txt"),
                                                   withDestinationURL: outside)
        let result = site.build()
        #expect(result.errors.map(\.file).sorted() == ["content/media/secret.txt", "content/people/secret.md"])
        #expect(result.errors.allSatisfy { $0.message.contains("outside the content folder") })
    }

    @Test func leftoverStagingFoldersOfAnInterruptedBuildAreCleared() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let stale = site.root.appendingPathComponent(".casebook-staging-public-99999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    /// The leak check read a text in time quadratic in its words when the archive protects
    /// anyone: a 160 KB body took over a minute, a 2 MB one (the file limit) hours. These
    /// 80,000 words (read twice: as written and percent-decoded) took many minutes; now
    /// a few seconds in a debug build.
    @Test(.hangGuard) func theLeakCheckReadsALongTextInLinearTime() {
        let line = Substring(String(repeating: "word Zhanar Sekretova %41 ", count: 10_000))
        let lines = Array(repeating: line, count: 2)
        let clock = ContinuousClock.now
        let found = LeakSpellingTests.sekretova.findings(in: LeakReading(lines: lines, addresses: false))
        #expect(clock.duration(to: .now) < .seconds(60))
        #expect(found.count == 20_000)
        #expect(found.first?.place.column == 6)
    }

    /// One long piece between spaces (a pasted `data:` address, a run of CamelCase) holding
    /// many names: each place was hashed with the whole piece's text, quadratic in its length.
    @Test(.hangGuard) func theLeakCheckReadsALongAddressInLinearTime() {
        let line = Substring("https://example.org/" + String(repeating: "ZhanarSekretova", count: 80_000))
        let clock = ContinuousClock.now
        let found = LeakSpellingTests.sekretova.findings(in: LeakReading(lines: [line], addresses: false))
        #expect(clock.duration(to: .now) < .seconds(60))
        #expect(found.count == 160_000)  // the name at each Zhanar, the surname inside the address at each Sekretova
    }
}
