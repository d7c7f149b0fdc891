import Foundation
import Testing
@testable import CasebookKit

/// The open data page of a site of several languages names the columns of its other
/// languages (`data.language_columns`), file by file; a site of one language does not.
@Suite struct LanguageDataPageTests {
    @Test func eachFileNamesItsColumnsOfTheOtherLanguages() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = LanguageDataTests.archive(site)
        let page = DataPageContext(archive: archive, words: .english).page()
        // The sample records custody: custody.csv comes last, its places in each language.
        #expect(page.files.map(\.name) == ["cases.json", "cases.csv", "people.csv", "organizations.csv", "custody.csv"])
        #expect(page.files[2].languageColumnsHTML == "Names and titles in the archive&#39;s other languages are in the columns "
            + "<code>name_ru</code>, <code>aliases_ru</code>, <code>name_kk</code> and <code>aliases_kk</code>, "
            + "empty where there is no translation.")
        // Every column a CSV file adds is named, and nothing else.
        for (index, file) in [(1, DataFile.casesCSV), (2, .peopleCSV), (3, .organizationsCSV)] {
            let added = try LanguageDataTests.csv(archive, file).header.filter { $0.hasSuffix("_ru") || $0.hasSuffix("_kk") }
            let html = try #require(page.files[index].languageColumnsHTML)
            #expect(!added.isEmpty)
            #expect(html.components(separatedBy: "<code>").count - 1 == added.count, "\(file)")
            for column in added { #expect(html.contains("<code>\(column)</code>"), "\(file): \(column)") }
        }
        let json = try #require(page.files[0].languageColumnsHTML)
        for key in ["title_ru", "summary_kk", "people.name_ru", "court.name_kk", "events.summary_ru", "sources.title_kk", "corrections.note_ru"] {
            #expect(json.contains("<code>\(key)</code>"), "\(key)")
        }
    }

    /// The catalogue's text is escaped: the sentence is HTML only for its `<code>`s.
    @Test func theSentenceEscapesTheCatalogueText() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var words = Catalogue.english
        words.texts["data.language_columns"] = WordPattern("<b>Columns</b> & {columns} {other}")
        words.texts["data.language_columns_last"] = WordPattern(" & ")
        let archive = TranslatedArchive.make(site.archive(), languages: ["en", "ru"], [])
        let page = DataPageContext(archive: archive, words: words).page()
        #expect(page.files[3].languageColumnsHTML
            == "&lt;b&gt;Columns&lt;/b&gt; &amp; <code>name_ru</code> &amp; <code>short_name_ru</code> {other}")
    }

    /// Kazakh writes a sentence's durations side by side ("1 жыл 6 ай", its `list`), but the
    /// names of columns with commas and "және": they ran together, "name_ru aliases_ru name_kk".
    @Test func theColumnsAreListedAsTheLanguageListsNames() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let archive = LanguageDataTests.archive(site)
        let kazakh = try ShippedCatalogue.read("kk")
        #expect(kazakh.list(["1 жыл", "6 ай"]) == "1 жыл 6 ай")
        let html = try #require(DataPageContext(archive: archive, words: kazakh).page().files[2].languageColumnsHTML)
        #expect(html.contains("<code>name_ru</code>, <code>aliases_ru</code>, <code>name_kk</code> және <code>aliases_kk</code> бағандарында"))
        let russian = try #require(DataPageContext(archive: archive, words: try ShippedCatalogue.read("ru")).page().files[2].languageColumnsHTML)
        #expect(russian.contains("<code>name_ru</code>, <code>aliases_ru</code>, <code>name_kk</code> и <code>aliases_kk</code>;"))
    }

    /// The default theme shows the sentence under each file's description, only when there is one.
    @Test func theThemeShowsTheSentence() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let theme = try #require(Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates").0)
        func dataPage(_ archive: Archive) throws -> String {
            let renderer = SiteRenderer(archive: archive, theme: theme, includeDrafts: false)
            let (path, job, _) = try #require(renderer.plan.pages.first { $0.0 == DataPageContext.path })
            return String(decoding: renderer.render(job, at: path), as: UTF8.self)
        }
        let several = try dataPage(LanguageDataTests.archive(site))
        #expect(several.contains("(8 rows)</span></p>\n<p>Names and titles in the archive&#39;s other languages are in the columns <code>case_title_ru</code>"))
        #expect(several.components(separatedBy: "<p>Names and titles").count == 6)
        let one = try dataPage(site.archive())
        #expect(!one.contains("Names and titles") && one.contains("(8 rows)</span></p>\n<dl"))
    }
}
