import Foundation
import Testing

/// The sample archive tells only what its sources say: each text cites, as "[n]", sources of
/// its own file; every language cites the same ones; every source has an address to check
/// it by; and the facts issue 15 found uncited (the bans, the court, Article 405) cite the
/// report that states them. What a source says is checked by people (see the report of
/// the review in the commit log); these tests keep the citations from drifting.
@Suite struct SampleSourcesTests {
    static let content = SiteFixture.repository.appendingPathComponent("content")

    /// The default-language files of cases, people and organizations, by path.
    static func defaultFiles() throws -> [String] {
        try ["cases", "people", "organizations"].flatMap { kind in
            try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind).path)
                .filter { $0.hasSuffix(".md") && $0.split(separator: ".").count == 2 }
                .map { "\(kind)/\($0)" }
        }.sorted()
    }

    static func read(_ path: String) throws -> (frontMatter: String, body: String) {
        let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
        let parts = text.components(separatedBy: "\n---\n")
        return (parts[0], parts.dropFirst().joined(separator: "\n---\n"))
    }

    /// The numbers of "[[n]](#source-n)" citations in a body.
    static func citations(_ body: String) -> Set<Int> {
        let regex = /\]\(#source-([0-9]+)\)/
        return Set(body.matches(of: regex).compactMap { Int($0.1) })
    }

    /// The entries of the front matter's `sources:` list, each as its lines.
    static func sources(_ frontMatter: String) -> [String] {
        guard let start = frontMatter.range(of: "\nsources:\n") else { return [] }
        var entries: [String] = []
        for line in frontMatter[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  - ") || line == "  -" { entries.append(String(line)) }
            else if line.hasPrefix("    "), !entries.isEmpty { entries[entries.count - 1] += "\n" + line }
            else { break }
        }
        return entries
    }

    @Test func everyTextCitesSourcesOfItsOwnFile() throws {
        let files = try Self.defaultFiles()
        #expect(files.count == 27)
        for path in files {
            let (frontMatter, body) = try Self.read(path)
            let cited = Self.citations(body), count = Self.sources(frontMatter).count
            #expect(!cited.isEmpty, "\(path) cites no source")
            #expect(cited.allSatisfy { (1...max(count, 1)).contains($0) } && count > 0,
                    "\(path) cites \(cited.sorted()) of \(count) sources")
        }
    }

    @Test func everyLanguageCitesTheSameSources() throws {
        for path in try Self.defaultFiles() {
            let cited = Self.citations(try Self.read(path).body)
            for lang in ["ru", "kk"] {
                let translation = path.replacingOccurrences(of: ".md", with: ".\(lang).md")
                #expect(Self.citations(try Self.read(translation).body) == cited, "\(translation)")
            }
        }
    }

    @Test func everySourceHasAnAddress() throws {
        for path in try Self.defaultFiles() {
            for entry in Self.sources(try Self.read(path).frontMatter) {
                #expect(entry.contains("\n    url: https://"), "\(path): \(entry)")
            }
        }
    }

    /// The verdict's bans, court and article come from Mediazona, not from RFE/RL's report
    /// of 4 March 2021, which gives none of them; Qambarova's court and bans from RFE/RL's
    /// report of 3 March 2021.
    @Test func theVerdictsCiteTheReportsThatStateThem() throws {
        func verdictSources(_ path: String) throws -> String? {
            let frontMatter = try Self.read(path).frontMatter
            let regex = /type: verdict\n(?:    .*\n)*?    sources: \[([^\]]*)\]/
            return frontMatter.firstMatch(of: regex).map { String($0.1) }
        }
        #expect(try verdictSources("cases/lesova-lepesova-2021.md")?.contains("mediazona-2021-03-05") == true)
        #expect(try verdictSources("cases/qambarova-2021.md")?.contains("rferl-2021-03-03") == true)
        let lesova = try Self.read("cases/lesova-lepesova-2021.md")
        #expect(lesova.body.contains("banned both women from public and political activity for five years, and sentenced Lepesova to 100 hours of community work [[3]](#source-3)"))
        #expect(Self.sources(lesova.frontMatter)[2].contains("id: mediazona-2021-03-05"))
    }
}
