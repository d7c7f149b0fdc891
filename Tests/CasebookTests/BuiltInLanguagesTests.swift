import Foundation
import Testing
@testable import CasebookKit

/// casebook carries its Russian and Kazakh catalogues as it carries the English one, so a
/// theme's copy of them that predates an entry (every theme copied before a casebook that
/// adds words) still builds, with the entry in the page's language, not in English.
@Suite struct BuiltInLanguagesTests {
    @Test(arguments: [("ru", BuiltInCatalogue.russian), ("kk", BuiltInCatalogue.kazakh)])
    func builtInIsTheTemplatesFile(_ language: String, _ text: String) throws {
        let file = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/i18n/\(language).yml"), encoding: .utf8)
        #expect(text == file, "paste templates/i18n/\(language).yml into Render/Words/BuiltIn*.swift")
    }

    @Test func aThemesCatalogueWithoutAnEntryTakesItFromTheBuiltInLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("templates/i18n/ru.yml", "  people: \"Люди\"\n", with: "")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/ru/cases/index.html").contains(#"<li><a href="../people/index.html">Люди</a></li>"#))
    }

    @Test func aThemeWithoutTheLanguagesCatalogueUsesCasebooks() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/i18n/kk.yml"))
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        #expect(try site.read("public/kk/cases/index.html").contains(#"<li><a href="../people/index.html">Адамдар</a></li>"#))
    }

    @Test func aLanguageCasebookDoesNotShipStillNeedsEveryEntry() {
        #expect(Catalogue.builtIn["uz"] == nil)
        #expect(Catalogue.base(for: "ru-KZ").text("nav.people") == "Люди")
        #expect(Catalogue.base(for: "uz").text("nav.people") == "People")
    }
}
