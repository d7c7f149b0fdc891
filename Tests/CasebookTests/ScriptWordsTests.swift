import Foundation
import Testing
@testable import CasebookKit

/// The scripts' words: search.js and filters.js carry en.yml's script entries, a page
/// hands them others only where they differ, and the pages of a Russian site do.
@Suite struct ScriptWordsTests {
    /// The `var ENGLISH = {...};` table of a script, as written.
    private func table(_ script: String) throws -> String {
        let text = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/assets/\(script)"), encoding: .utf8)
        let start = try #require(text.range(of: "var ENGLISH = {"))
        let end = try #require(text.range(of: "};", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// Each entry of en.yml under `prefix`, written as the script writes it, is in its table,
    /// and the table has no other entry.
    @Test(arguments: [("search.js", "script.search_", "'"), ("filters.js", "script.filter_", "\"")])
    func theScriptsCarryTheEnglishCatalogue(script: String, prefix: String, quote: String) throws {
        let table = try table(script)
        let english = ScriptWords.english[ScriptWords.scripts.first { $0.value == prefix }!.key]!
        func literal(_ text: String) -> String { quote + text + quote }
        for (name, word) in english {
            switch word {
            case .text(let text):
                #expect(table.contains("\(name): \(literal(text))"), "\(script) lacks \(name): \(text)")
            case .forms(let forms):
                let written = forms.sorted { $0.key == "one" && $1.key != "one" }.map { "\($0.key): \(literal($0.value))" }.joined(separator: ", ")
                #expect(table.contains("\(name): { \(written) }"), "\(script) lacks \(name): { \(written) }")
            }
        }
        let names = table.matches(of: #/(?m)(?:^|[{,])\s*([a-z_]+):/#).map { String($0.1) }.filter { !["one", "other"].contains($0) }
        #expect(Set(names) == Set(english.keys), "\(script): \(Set(names).symmetricDifference(english.keys).sorted())")
    }

    @Test func englishWordsGiveNoAttribute() {
        #expect(ScriptWords(.english).attributes.isEmpty)
        #expect(Catalogue.english.templateWords.field("script_search") == nil)
    }

    @Test func oneChangedWordGivesItsScriptAll() throws {
        let (words, problems) = CatalogueReader.read("script:\n  search_searching: \"Looking…\"\n", file: "i18n/en.yml", over: .english)
        #expect(problems.isEmpty)
        let attributes = ScriptWords(words).attributes
        #expect(attributes.keys.sorted() == ["script_search"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(attributes["script_search"]!.utf8)) as? [String: Any])
        #expect(object["searching"] as? String == "Looking…")
        #expect(object["people"] as? String == "People")
        #expect((object["results"] as? [String: String]) == ["one": "{count} result", "other": "{count} results"])
    }

    /// The scripts group the counts they write as the pages do ("Подходят 1 180 дел", "Все
    /// (10 000)"): the catalogue's number format goes with the words, English's in the scripts.
    @Test func theScriptsGetTheNumberFormat() throws {
        for words in [try ShippedCatalogue.read("ru"), try ShippedCatalogue.read("kk")] {
            for (_, json) in ScriptWords(words).attributes {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
                #expect(object["number_group"] as? String == "\u{A0}")
                #expect(object["number_group_size"] as? String == "3")
            }
        }
        #expect(ScriptWords.english["script_filters"]?["number_group"] == .text(","))
        for script in ["search.js", "filters.js"] {
            let text = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/assets/\(script)"), encoding: .utf8)
            #expect(text.contains("grouped(values[name])") && text.contains("function grouped(n)"), "\(script)")
        }
    }

    /// search.js and filters.js each carry `say` and `grouped` (a shared file would cost every
    /// page one more request for some twenty lines, and a theme's older layout would not load
    /// it): the two copies are held equal here, quotes aside, so a fix to one reaches both.
    @Test func theScriptsSayAndGroupAlike() throws {
        func helpers(_ script: String) throws -> String {
            let text = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/assets/\(script)"), encoding: .utf8)
            let start = try #require(text.range(of: "  function say(key, values) {"))
            let grouped = try #require(text.range(of: "  function grouped(n) {", range: start.upperBound..<text.endIndex))
            let end = try #require(text.range(of: "\n  }\n", range: grouped.upperBound..<text.endIndex))
            return text[start.lowerBound..<end.upperBound].replacingOccurrences(of: "\"", with: "'")
        }
        let search = try helpers("search.js"), filters = try helpers("filters.js")
        #expect(search.contains("texts.number_group_size"))
        #expect(search == filters)
    }

    /// A Russian site's pages hand the scripts their words; the values stay inside the attribute.
    @Test func aRussianSitesPagesCarryTheirWords() throws {
        let fixture = try SiteFixture(.sample)
        defer { fixture.remove() }
        let result = fixture.build()
        #expect(result.exitStatus == 0)
        let home = try fixture.read("public/ru/index.html")
        let search = try fixture.read("public/ru/search/index.html")
        let cases = try fixture.read("public/ru/cases/index.html")
        #expect(home.contains(#"data-search="header" data-words="{&quot;all&quot;:&quot;Показать {results} на странице поиска&quot;"#))
        #expect(search.contains(#"data-search="page" data-words="{&quot;all&quot;"#))
        #expect(cases.contains(#"data-root="../" data-words="{&quot;any&quot;:&quot;Все ({count})&quot;"#))
    }
}
