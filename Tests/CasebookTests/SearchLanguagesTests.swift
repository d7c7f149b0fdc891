import Foundation
import Testing
@testable import CasebookKit

/// Search in every language: the index of each language finds an entry by its name or
/// title in every language of the site, whichever script the reader types.
@Suite struct SearchLanguagesTests {
    static func normal(_ text: String) -> String { SearchNormalizer.words(text).joined(separator: " ") }

    /// The spellings the issue names meet in one form, so any of them finds the others.
    @Test func namesMeetAcrossScripts() {
        for group in [["Қамбарова", "Камбарова", "Qambarova", "Kambarova"],
                      ["Мұхтар Әблязов", "Мухтар Аблязов", "Mukhtar Ablyazov"],
                      ["Назира Лесова", "Nazira Lesova"]] {
            #expect(Set(group.map(Self.normal)).count == 1, "\(group) -> \(Set(group.map(Self.normal)).sorted())")
        }
        #expect(Self.normal("Назира Лесова") != Self.normal("Nazira Lepesova"))
    }

    /// The sample with no other spellings in its English files, and its people, the Taraz
    /// court and the Lesova case translated into Russian and Kazakh.
    static func archive(_ site: SiteFixture) throws -> Archive {
        try site.replace("content/people/zhazira-qambarova.md", "aliases: [Жазира Қамбарова, Жазира Камбарова, Zhazira Kambarova]\n", with: "")
        try site.replace("content/people/mukhtar-ablyazov.md", "aliases: [Мухтар Аблязов, Мұхтар Әблязов]\n", with: "")
        return TranslatedArchive.make(site.archive(), languages: ["en", "ru", "kk"], [
            TranslatedArchive.text(.people, "zhazira-qambarova", "ru", name: "Жазира Камбарова"),
            TranslatedArchive.text(.people, "zhazira-qambarova", "kk", name: "Жазира Қамбарова"),
            TranslatedArchive.text(.people, "mukhtar-ablyazov", "ru", name: "Мухтар Аблязов"),
            TranslatedArchive.text(.people, "mukhtar-ablyazov", "kk", name: "Мұхтар Әблязов", aliases: ["Әблязов М."]),
            TranslatedArchive.text(.people, "nazira-lesova", "ru", name: "Назира Лесова"),
            TranslatedArchive.text(.organizations, "taraz-court-2", "ru", name: "Таразский городской суд № 2", shortName: "Суд № 2"),
            TranslatedArchive.text(.organizations, "taraz-court-2", "kk", name: "Тараз қалалық № 2 соты"),
            TranslatedArchive.text(.cases, "lesova-lepesova-2021", "ru", title: "Таразский суд приговорил Назиру Лесову и Назиру Лепесову"),
        ])
    }

    /// What search.js finds: the ids of entries of `list` (`p`, `o` or `c`) that have, for
    /// every word of the query, a word starting with it among their name or title words.
    static func find(_ query: String, in index: [String: Any], _ list: String) -> Set<String> {
        let words = (index["w"] as? String ?? "").split(separator: " ").map(String.init)
        let wanted = SearchNormalizer.words(query)
        var found: Set<String> = []
        for entry in index[list] as? [[Any]] ?? [] {
            let position = list == "c" ? 9 : 4
            let own = SearchTests.numbers(entry[position], sorted: true).map { words[$0] }
            if wanted.allSatisfy({ word in own.contains { $0.hasPrefix(word) } }) { found.insert(entry[0] as? String ?? "") }
        }
        return found
    }

    static func index(_ archive: Archive, _ spellings: SearchSpellings?) throws -> [String: Any] {
        let text = String(decoding: SearchIndex(archive: archive, spellings: spellings).bytes(), as: UTF8.self)
        let start = try #require(text.range(of: "window.casebookIndex="))
        let json = text[start.upperBound...].dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func everyLanguagesIndexFindsEverySpelling() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = try Self.archive(site)
        let spellings = SearchSpellings(archive: archive)
        for language in ["en", "ru", "kk"] {
            let localized = language == "en" ? archive : TranslatedArchive.localized(archive, to: language)
            let index = try Self.index(localized, spellings)
            for query in ["Қамбарова", "Камбарова", "Qambarova", "Kambarova", "жазира қамб"] {
                #expect(Self.find(query, in: index, "p") == ["zhazira-qambarova"], "\(language): \(query)")
            }
            for query in ["Мұхтар Әблязов", "Мухтар Аблязов", "Mukhtar Ablyazov"] {
                #expect(Self.find(query, in: index, "p") == ["mukhtar-ablyazov"], "\(language): \(query)")
            }
            #expect(Self.find("Назира Лесова", in: index, "p") == ["nazira-lesova"], "\(language)")
            // Names that are not spellings of one another: each language's name finds it.
            for query in ["Taraz City Court", "Таразский городской", "қалалық соты", "Суд № 2"] {
                #expect(Self.find(query, in: index, "o") == ["taraz-court-2"], "\(language): \(query)")
            }
            // A case's title in another language counts as its title.
            #expect(Self.find("приговорил", in: index, "c") == ["lesova-lepesova-2021"], "\(language)")
            #expect(Self.find("sentences Lesova", in: index, "c") == ["lesova-lepesova-2021"], "\(language)")
        }
        // Without the spellings, the English index knows only the English names.
        let english = try Self.index(archive, nil)
        #expect(Self.find("городской", in: english, "o").isEmpty && Self.find("приговорил", in: english, "c").isEmpty)
        // Each language's index shows its own names.
        let russian = try Self.index(TranslatedArchive.localized(archive, to: "ru"), spellings)
        let court = try #require((russian["o"] as? [[Any]])?.first { $0[0] as? String == "taraz-court-2" })
        #expect(court[1] as? String == "Таразский городской суд № 2")
    }

    /// A one-language index is the same with or without spellings, and so is a site of
    /// several languages without translations.
    @Test func spellingsOfOneLanguageChangeNothing() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = site.archive()
        let plain = SearchIndex(archive: archive).bytes()
        #expect(SearchIndex(archive: archive, spellings: SearchSpellings(archive: archive)).bytes() == plain)
        #expect(SearchIndex(archive: archive, spellings: SearchSpellings()).bytes() == plain)
        let untranslated = TranslatedArchive.make(archive, languages: ["en", "ru", "kk"], [])
        #expect(DataOutputs(archive: untranslated).make(.searchIndex, pages: []).first?.bytes == plain)
    }

    /// The spellings of an entry: its own texts, then each translation's; a translation
    /// without a name leaves the default's in.
    @Test func spellingsGatherEveryLanguage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let spellings = SearchSpellings(archive: try Self.archive(site))
        #expect(spellings.people["zhazira-qambarova"] == ["jazira", "kambarova"])
        #expect(spellings.people["mukhtar-ablyazov"] == ["muhtar", "abliazov", "m"])
        #expect(spellings.organizations["taraz-court-2"] == SearchNormalizer.distinctWords(
            "Taraz City Court No. 2 Taraz Court No. 2 Таразский городской суд № 2 Суд № 2 Тараз қалалық № 2 соты"))
        #expect(spellings.cases["qambarova-2021"] == SearchNormalizer.distinctWords("Taraz court sentences Zhazira Qambarova"))
        let texts = SearchSpellings.texts(name: "A", shortName: "B", aliases: ["C"],
                                          [LinkedTranslation(translation: TranslatedArchive.text(.organizations, "x", "ru", aliases: ["D"]), bodyHTML: "")])
        #expect(texts == ["A", "B", "C", "D"])
        #expect(SearchSpellings.adding(["b", "c"], to: ["a", "b"]) == ["a", "b", "c"])
    }
}
