import Foundation
import Testing
@testable import CasebookKit

/// A text a translation gives where the default-language file has none (a body, a summary,
/// a status note, an event's note, a short name…) is shown on that language's pages and kept
/// in the open data; the default language's pages show nothing new. One with nothing to go
/// with (letters' note without letters) is an error, never dropped without a word.
@Suite struct TranslationOnlyTextTests {
    /// The sample in English and Russian, its translations removed.
    private func twoLanguages() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/site.yml", "language: en\n", with: "languages: [en, ru]\n")
        return site
    }

    /// The file's front matter alone: its body removed.
    private func dropBody(_ site: SiteFixture, _ path: String) throws {
        let text = try site.read(path)
        let end = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
        try site.write(path, String(text[..<end.upperBound]))
    }

    @Test func aTranslationsOwnTextsAreShownOnItsPages() throws {
        let site = try twoLanguages()
        defer { site.remove() }
        let casePath = "content/cases/qambarova-2021.md"
        try dropBody(site, casePath)
        try site.replace(casePath, "summary: 'Two years of \"freedom limitation\" and bans on political activity for organizing and participating in the activities of the banned Koshe Party.'\n", with: "")
        try site.write("content/cases/qambarova-2021.ru.md", """
            ---
            summary: Только по-русски.
            status_note: Примечание к статусу.
            people:
              - status_note: Примечание к статусу человека.
            events:
              - summary: Обвинение.
                note: Примечание к событию.
              -
            ---
            Текст дела только по-русски.
            """)
        try dropBody(site, "content/people/nazira-lesova.md")
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\n---\nБиография только по-русски.\n")
        try site.replace("content/organizations/taraz-court-2.md", "short_name: Taraz Court No. 2\n", with: "")
        try site.write("content/organizations/taraz-court-2.ru.md", "---\nname: Таразский суд № 2\nshort_name: Суд-2\n---\n")
        let result = site.build()
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")

        let ruCase = try site.read("public/ru/cases/qambarova-2021/index.html")
        for text in ["Только по-русски.", "Примечание к статусу.", "Примечание к статусу человека.", "Примечание к событию.",
                     "Текст дела только по-русски.", "id=\"body-heading\""] {
            #expect(ruCase.contains(text), "\(text)")
        }
        #expect(try site.read("public/ru/people/nazira-lesova/index.html").contains("Биография только по-русски."))
        #expect(try site.read("public/ru/organizations/taraz-court-2/index.html").contains("Суд-2"))
        // The default language's pages show nothing of it.
        let enCase = try site.read("public/cases/qambarova-2021/index.html")
        #expect(!enCase.contains("Примечание") && !enCase.contains("Только по-русски"))
        #expect(!(try site.read("public/organizations/taraz-court-2/index.html")).contains("Суд-2"))
        // The open data holds what the page shows.
        let json = try site.read("public/data/cases.json")
        #expect(json.contains(#""summary_ru":"Только по-русски.""#))
        #expect(json.contains(#""note_ru":"Примечание к событию.""#))
    }

    /// Letters' note or a photo's words with nothing in the default file to go with would be
    /// shown nowhere: an error at the key.
    @Test func aTextWithNothingToGoWithIsAnError() throws {
        let site = try twoLanguages()
        defer { site.remove() }
        try site.write("content/people/nazira-lesova.ru.md", """
            ---
            name: Назира Лесова
            letters: {note: Только по-русски}
            photo: {credit: Фото}
            ---
            """)
        let messages = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
            .diagnostics.map(\.description)
        #expect(messages == [
            "content/people/nazira-lesova.ru.md:3:1: error: 'letters' gives a note, but content/people/nazira-lesova.md has no letters for it to go with (their address is a fact of that file): give them there, or remove this",
            "content/people/nazira-lesova.ru.md:4:1: error: 'photo' gives a credit or alt, but content/people/nazira-lesova.md has no photo for them to go with (the file is a fact of that file): give it there, or remove this",
        ])
    }
}
