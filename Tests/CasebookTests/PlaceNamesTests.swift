import Foundation
import Testing
@testable import CasebookKit

/// site.yml `places`: a region or city spelled in each language on that language's pages
/// (case lists and pages, person pages, region pages, filters, statistics, search), written
/// once; the files and the default language's pages keep the spelling the files use.
@Suite struct PlaceNamesTests {
    @Test func eachLanguageSpellsThePlaces() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/cases/index.html").contains("Taraz, Zhambyl Region"))
        #expect(try site.read("public/ru/cases/index.html").contains("Тараз, Жамбылская область"))
        #expect(try site.read("public/kk/regions/zhambyl-region/index.html").contains(#"<h1 dir="auto">Жамбыл облысы</h1>"#))
        // Nothing of the Russian and Kazakh sites keeps the English spellings.
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasPrefix("ru/") || path.hasPrefix("kk/") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Zhambyl Region") && !text.contains("Taraz,"), "\(path)")
        }
    }

    /// A region, city or tag that site.yml does not spell in a language is shown as the files
    /// write it, in the default language: on a case or person page it says so with `lang`,
    /// for a screen reader's voice; one spelt in the page's language has none.
    @Test func anUnspeltPlaceOrTagCarriesTheDefaultLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  Taraz: {ru: Тараз, kk: Тараз}\n", with: "")
        try site.replace("content/site.yml", "  Atyrau Region: {ru: Атырауская область, kk: Атырау облысы}\n", with: "")
        try site.replace("content/site.yml", "  in-absentia: {ru: заочно, kk: сырттай}\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let qambarova = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(qambarova.contains(#"dir="auto">Жамбылская область</a>, <bdi lang="en">Taraz</bdi>"#))
        let bokayev = try site.read("public/kk/cases/bokayev-ayan-2016/index.html")
        #expect(bokayev.contains(#"dir="auto" lang="en">Atyrau Region</a>, <bdi>Атырау</bdi>"#))
        let ablyazov = try site.read("public/ru/cases/ablyazov-2018/index.html")
        #expect(ablyazov.contains(#"dir="auto" lang="en">in-absentia</a>"#))
        #expect(try site.read("public/ru/people/max-bokayev/index.html").contains(#"<dd dir="auto" lang="en">Atyrau Region</dd>"#))
        // The English pages, and the spelt places, have none.
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains(#"dir="auto">Zhambyl Region</a>, <bdi>Taraz</bdi>"#))
        #expect(try site.read("public/people/max-bokayev/index.html").contains(#"<dd dir="auto">Atyrau Region</dd>"#))
    }

    @Test func aPlaceNoFileWritesIsAWarningWithTheNearestOne() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "  Zhambyl Region: {", with: "  Zhambyl Regoin: {")
        let result = site.build()
        #expect(result.exitStatus == 0)
        let line = try site.read("content/site.yml").components(separatedBy: "\n").firstIndex { $0.hasPrefix("  Zhambyl Regoin:") }! + 1
        #expect(result.diagnostics.map(\.description) == [
            "content/site.yml:\(line):3: warning: no case or person has the region or city 'Zhambyl Regoin'; did you mean 'Zhambyl Region'?"])
    }

    /// A case file that cannot be read is left out: the places its region and city are were
    /// then each a warning "no case or person has the region or city", besides the one error.
    @Test func aFileThatCannotBeReadMakesNoPlaceUnused() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/site.yml", "licence: CC BY 4.0", with: "licence: CC BY 4.0\nmax_file_kb: 8")
        let result = site.build()
        #expect(result.exitStatus == 1)
        #expect(!result.diagnostics.isEmpty && result.diagnostics.allSatisfy { $0.message.hasPrefix("the file is ") },
                "\(result.diagnostics.map(\.description))")
    }

    @Test(arguments: [
        ("places: [Taraz]", "2:9: error: expected 'places' as a region or city per line, each with its spelling in the site's other languages, like 'Taraz: {ru: …}'; found a list"),
        ("places:\n  Taraz: Тараз", "3:10: error: expected the spellings of 'Taraz' in the site's other languages, like {ru: …}; found text"),
        ("places:\n  Taraz: {en: Taraz, ru: Тараз}", "3:11: error: 'Taraz' is already the spelling in the default language (en); give only the other languages' spellings"),
        ("places:\n  Taraz: {de: Taras}", "3:11: error: 'de' is not one of the site's languages (en, ru, kk); add it to 'languages' in site.yml, or remove this text"),
    ])
    func mistakesAreNamed(_ yaml: String, _ message: String) throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let text = try site.read("content/site.yml")
        let cut = text.range(of: "# Regions and cities")!.lowerBound
        try site.write("content/site.yml", String(text[..<cut]) + yaml + "\n")
        let line = text[..<cut].components(separatedBy: "\n").count - 1
        let messages = site.build().diagnostics.map(\.description)
        let expected = message.replacingOccurrences(of: #"^(\d+):"#, with: "", options: .regularExpression)
        let relative = Int(message.prefix { $0 != ":" })!
        #expect(messages.contains { $0.hasPrefix("content/site.yml:\(line + relative - 1):") && $0.hasSuffix(expected) }, "\(messages)")
    }
}
