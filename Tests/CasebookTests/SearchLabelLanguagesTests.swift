import Foundation
import Testing
@testable import CasebookKit

/// The labels a case is found by (its charges, region, city, tags, status) in every
/// language of the site: a reader of the English pages who types "статья 405" or
/// "Жамбылская область", or one of the Kazakh pages who types "ст. 405", finds what the
/// pages of that language would. Each index had only its own language's labels.
@Suite struct SearchLabelLanguagesTests {
    /// The ids of the cases (`c`) or people (`p`) of `index` that have, for every word of
    /// the query, a word starting with it: among their own words, or the words of the
    /// status, region and charges they name (as search.js matches them).
    static func find(_ query: String, in index: [String: Any], _ list: String) -> Set<String> {
        let words = (index["w"] as? String ?? "").split(separator: " ").map(String.init)
        func table(_ key: String) -> [[String]] {
            (index[key] as? [[Any]] ?? []).map { SearchTests.numbers($0[1], sorted: true).map { words[$0] } }
        }
        let statuses = table("s"), regions = table("r"), charges = table("ch")
        let wanted = SearchNormalizer.words(query)
        var found: Set<String> = []
        for entry in index[list] as? [[Any]] ?? [] {
            var own: [String]
            if list == "c" {
                own = (SearchTests.numbers(entry[9], sorted: true) + SearchTests.numbers(entry[10], sorted: true)).map { words[$0] }
                if let status = entry[2] as? Int, status >= 0 { own += statuses[status] }
                if let region = entry[8] as? Int, region >= 0 { own += regions[region] }
                own += SearchTests.numbers(entry[7]).flatMap { charges[$0] }
            } else {
                own = SearchTests.numbers(entry[4], sorted: true).map { words[$0] }
                if let region = entry[3] as? Int, region >= 0 { own += regions[region] }
            }
            if wanted.allSatisfy({ word in own.contains { $0.hasPrefix(word) } }) { found.insert(entry[0] as? String ?? "") }
        }
        return found
    }

    static func index(_ text: String?) throws -> [String: Any] {
        let text = try #require(text)
        let start = try #require(text.range(of: "window.casebookIndex="))
        return try #require(try JSONSerialization.jsonObject(with: Data(text[start.upperBound...].dropLast(2).utf8)) as? [String: Any])
    }

    @Test func everyLanguagesLabelsFindTheCases() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        var files: [String: String] = [:]
        for (path, data) in SiteFixture.snapshot(site.output) { files[path] = String(decoding: data, as: UTF8.self) }
        let lesova = "lesova-lepesova-2021", qambarova = "qambarova-2021"
        for language in ["", "ru/", "kk/"] {
            let index = try Self.index(files[language + "search/index.js"])
            // The charge's label and law in English, Russian and Kazakh.
            for query in ["Article 405", "статья 405", "ст. 405", "405-бап", "экстремистской организации", "экстремистік ұйымның"] {
                #expect(Self.find(query, in: index, "c") == [lesova, qambarova], "\(language): \(query)")
            }
            // A region (site.yml `places`) finds its cases and the people of it.
            #expect(Self.find("Жамбылская область", in: index, "c").contains(lesova), "\(language)")
            #expect(Self.find("Жамбыл облысы", in: index, "p").contains("nazira-lesova"), "\(language)")
            // A city, a tag and a status in another language.
            #expect(Self.find("Базар-Қорған", in: index, "c") == ["askarov-2010"], "\(language)")
            #expect(Self.find("заочно", in: index, "c") == ["ablyazov-2018"], "\(language)")
            #expect(Self.find("сотталды", in: index, "c").contains(lesova), "\(language)")
        }
        // Each index still shows its own language's labels.
        let russian = try Self.index(files["ru/search/index.js"])
        let charge = try #require((russian["ch"] as? [[Any]])?.first { ($0[0] as? String)?.hasPrefix("Организация деятельности") == true })
        #expect(charge.count == 2)
        #expect((russian["r"] as? [[Any]])?.contains { $0[0] as? String == "Жамбылская область" } == true)
    }
}
