import Foundation
import Testing
@testable import CasebookKit

/// Search: the normalisation of names, the index the build writes, and the pages that use it.
@Suite struct SearchTests {
    /// Cases shared with the browser test (Tests/browser/test_search.py), which runs the same
    /// list through search.js: both must agree with this file, so they agree with each other.
    struct Cases: Decodable {
        let forms: [[String]]
        let same: [[String]]

        static func load() throws -> Cases {
            let url = SiteFixture.repository.appendingPathComponent("Tests/Fixtures/search-normalization.json")
            return try JSONDecoder().decode(Cases.self, from: Data(contentsOf: url))
        }
    }

    static func normal(_ text: String) -> String { SearchNormalizer.words(text).joined(separator: " ") }

    @Test func normalisedFormsAreTheSharedOnes() throws {
        let cases = try Cases.load()
        #expect(cases.forms.count > 20)
        for pair in cases.forms {
            #expect(Self.normal(pair[0]) == pair[1], "\(pair[0])")
        }
    }

    @Test func spellingsOfOneNameMeet() throws {
        let cases = try Cases.load()
        #expect(cases.same.count > 10)
        for group in cases.same {
            let forms = Set(group.map(Self.normal))
            #expect(forms.count == 1, "\(group) -> \(forms.sorted())")
        }
    }

    @Test func differentNamesStayApart() {
        for (a, b) in [("Lesova", "Lepesova"), ("Zhazira", "Nazira"), ("Kambarova", "Kambarov"), ("Koshe", "Kosh")] {
            #expect(Self.normal(a) != Self.normal(b))
        }
    }

    @Test func diacriticsAndCaseAreIgnored() {
        #expect(Self.normal("ÉLODIE Müller-Lüdenscheidt") == "elodie muler ludensheidt")
        #expect(Self.normal("Ålesund Øre") == Self.normal("alesund ore"))
        // The same text composed and decomposed.
        #expect(Self.normal("Qa\u{0306}mbarova") == Self.normal("Qămbarova"))
    }

    /// The index of the sample archive, read back as JSON.
    static func sampleIndex(_ site: SiteFixture) throws -> [String: Any] {
        let text = try site.read("public/search/index.js")
        let start = try #require(text.range(of: "window.casebookIndex="))
        #expect(text.hasSuffix(";\n"))
        let json = text[start.upperBound...].dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func theIndexHoldsNamesAliasesAndNormalisedWords() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let index = try Self.sampleIndex(site)
        #expect(index["v"] as? Int == SearchIndex.version)
        let words = try #require(index["w"] as? String).split(separator: " ").map(String.init)
        #expect(words == words.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        #expect(Set(words).count == words.count)
        func wordsOf(_ ids: Any?) -> Set<String> { Set(Self.numbers(ids, sorted: true).map { words[$0] }) }

        let people = try #require(index["p"] as? [[Any]])
        let qambarova = try #require(people.first { $0[0] as? String == "zhazira-qambarova" })
        #expect(qambarova[1] as? String == "Zhazira Qambarova")
        let aliases = try #require(qambarova[2] as? String)
        for alias in ["Жазира Қамбарова", "Жазира Камбарова", "Zhazira Kambarova"] {
            #expect(aliases.contains(alias))
        }
        #expect(wordsOf(qambarova[4]) == ["jazira", "kambarova"])

        let organizations = try #require(index["o"] as? [[Any]])
        let dvk = try #require(organizations.first { $0[0] as? String == "dvk" })
        #expect(dvk[2] as? String == "DVK")
        #expect(wordsOf(dvk[4]).isSuperset(of: ["dvk", "democratic", "vibor", "kazahstana"]))

        let cases = try #require(index["c"] as? [[Any]])
        #expect(cases.count == 6)
        let qambarovaCase = try #require(cases.first { $0[0] as? String == "qambarova-2021" })
        #expect(wordsOf(qambarovaCase[9]).isSuperset(of: ["taraz", "kambarova"]))
        // The defendant is named by position in the people list; organizations likewise.
        #expect(Self.numbers(qambarovaCase[4]).map { people[$0][0] as? String } == ["zhazira-qambarova"])
        #expect(Self.numbers(qambarovaCase[6]).contains { organizations[$0][0] as? String == "koshe-party" })
        let charge = try #require((index["ch"] as? [[Any]])?.first)
        let chargeWords = wordsOf(charge[1])
        #expect(chargeWords.isSuperset(of: ["405", "ekstremist"]))  // x -> ks
        #expect((index["letters"] as? [String: String])?["қ"] == "q")
        // The letters added later are search.js's own: the index of an archive stays the same bytes.
        #expect((index["letters"] as? [String: String])?.count == SearchNormalizer.letters.count)
    }

    /// Reads a list that `SearchIndex.numbers` wrote (search.js reads it the same way).
    static func numbers(_ value: Any?, sorted: Bool = false) -> [Int] {
        var out: [Int] = [], number = 0, previous = 0
        for byte in (value as? String ?? "").utf8 {
            if let digit = SearchIndex.leadingDigits.firstIndex(of: byte) {
                number = number * 32 + digit
            } else if let digit = SearchIndex.lastDigits.firstIndex(of: byte) {
                number = number * 32 + digit
                previous = sorted ? previous + number : number
                out.append(previous)
                number = 0
            }
        }
        return out
    }

    @Test func numbersAreWrittenShortAndReadBack() {
        let values = [0, 1, 31, 32, 33, 1023, 1024, 40_000, 1_000_000]
        #expect(Self.numbers(SearchIndex.numbers(values)) == values)
        #expect(Self.numbers(SearchIndex.numbers(values, sorted: true), sorted: true) == values)
        #expect(SearchIndex.numbers([3, 40]) == "3x8")
        #expect(SearchIndex.numbers([3, 14], sorted: true) == "3b")
        #expect(SearchIndex.numbers([3, 40], sorted: true) == "3x5")
        #expect(SearchIndex.numbers([]) == "")
    }

    @Test func theIndexIsTheSameOnEveryBuildAndEscapesItsText() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "name: Nazira Lesova",
                         with: #"name: "Nazira \"Lesova\" </script> \\ \u2028 x""#)
        #expect(site.build(output: "one").succeeded)
        #expect(site.build(output: "two").succeeded)
        let one = try site.read("one/search/index.js"), two = try site.read("two/search/index.js")
        #expect(one == two)
        #expect(one.contains(#""Nazira \"Lesova\" </script> \\ \u2028 x""#))
        #expect(!one.contains("\u{2028}"))
    }

    @Test func everyPageHasTheSearchFormAndTheSearchPageExists() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let files = SiteFixture.snapshot(site.output)
        #expect(files["search/index.html"] != nil)
        #expect(files["search/index.js"] != nil)
        #expect(files["assets/search.js"] != nil)
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") && !SiteFixture.isRedirect(data) {
            let html = String(decoding: data, as: UTF8.self)
            // 404.html links from base_url's path, "/" in the sample.
            let up = path == SitePaths.notFound ? "/" : SitePaths.root(depth: SitePaths.depth(of: path))
            #expect(html.contains(#"<form class="site-search" role="search" action="\#(up)search/index.html" method="get""#), "\(path)")
            #expect(html.contains(#"<script src="\#(up)assets/search.js" defer></script>"#), "\(path)")
            pages += 1
        }
        #expect(pages > 20)
        let search = try site.read("public/search/index.html")
        #expect(search.contains(#"id="search-nojs""#))
        for link in ["../cases/index.html", "../people/index.html", "../organizations/index.html"] {
            #expect(search.contains(#"href="\#(link)""#), "\(link)")
        }
    }

    /// A theme without `search.mustache` gets the built-in one (`BuiltInTheme`).
    @Test func aThemeWithoutASearchTemplateUsesTheBuiltInOne() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/search.mustache"))
        let result = site.build()
        #expect(result.succeeded && result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try site.read("public/search/index.html").contains(#"id="search-nojs""#))
    }
}
