import Foundation
import Testing
@testable import CasebookKit

/// Translation files `<id>.<lang>.md`: text only, checked against the file they translate
/// and the site's languages, bodies rendered like their file's, gathered into `Archive.translations`.
@Suite struct TranslationTests {
    private func parse(_ text: String, kind: ContentKind = .cases, id: String = "x") -> (ParsedTranslation?, [String]) {
        let info = DocumentInfo(kind: kind, id: id, path: "content/\(kind.rawValue)/\(id).ru.md", language: "ru")
        var reader = FieldReader(file: info.path)
        let document = ContentParser.parse(text: text, info: info, site: SiteConfig(), reader: &reader)
        guard case .translation(let parsed)? = document else { return (nil, reader.diagnostics.items.map(\.description)) }
        return (parsed, reader.diagnostics.items.map(\.description))
    }

    /// The sample archive in English, Russian and Kazakh.
    private func threeLanguages() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/site.yml", "language: en\n", with: "languages: [en, ru, kk]\n")
        return site
    }

    private func check(_ site: SiteFixture) -> BuildResult {
        Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
    }

    @Test func aCaseTranslationReadsEveryText() throws {
        let (parsed, messages) = parse("""
            ---
            title: Заголовок
            summary: Кратко
            events:
              - summary: Задержана
              -
            sources:
              - title: Источник
            corrections:
              - note: Исправлено
            updated: 2021-04-02
            ---
            Текст.
            """)
        #expect(messages.isEmpty)
        let translation = try #require(parsed?.translation)
        #expect(translation.title == "Заголовок")
        #expect(translation.summary == "Кратко")
        #expect(translation.eventSummaries == ["Задержана", nil])
        #expect(translation.sourceTitles == ["Источник"])
        #expect(translation.correctionNotes == ["Исправлено"])
        #expect(translation.updated == PartialDate(year: 2021, month: 4, day: 2))
        #expect(translation.body.text == "Текст.")
        #expect(translation.language == "ru")
        #expect(translation.id == "x")
    }

    /// A penalty's note is text ("public and political activity"): a translation gives it
    /// by the person's and the penalty's places, an empty entry keeping one untranslated.
    @Test func sentenceNotesByPosition() throws {
        let (parsed, messages) = parse("---\npeople:\n  - sentence:\n      - {}\n      - note: политическую деятельность\n  -\n---\n", kind: .cases)
        #expect(messages.isEmpty)
        #expect(parsed?.translation.sentenceNotes == [[nil, "политическую деятельность"], []])
    }

    @Test func aTranslationOfTheBodyOnlyHasEmptyFrontMatter() throws {
        let (parsed, messages) = parse("---\n---\nТекст.\n", kind: .pages)
        #expect(messages.isEmpty)
        #expect(parsed?.translation.title == nil)
        #expect(parsed?.translation.body.text == "Текст.\n")
        let (noBody, _) = parse("---\nname: Имя\naliases: [Имя Фамилия]\nshort_name: ИФ\n---\n\n", kind: .organizations)
        #expect(noBody?.translation.body.text == "")
        #expect(noBody?.translation.aliases == ["Имя Фамилия"])
        #expect(noBody?.translation.shortName == "ИФ")
    }

    @Test(arguments: [
        ("status: sentenced", "content/cases/x.ru.md:3:1: error: 'status' is a fact and comes from content/cases/x.md; a translation carries only text (title, summary, the status note, events' summaries and notes, sources' titles, documents' titles, corrections' notes, people's sentence notes, the body): remove it"),
        ("draft: true", "content/cases/x.ru.md:3:1: error: 'draft' is a fact and comes from content/cases/x.md; a translation carries only text (title, summary, the status note, events' summaries and notes, sources' titles, documents' titles, corrections' notes, people's sentence notes, the body): remove it"),
        ("titel: Т", "content/cases/x.ru.md:3:1: error: unknown key 'titel' in a translation; did you mean 'title'?"),
        ("events:\n  - {date: 2021-03-02, summary: С}", "content/cases/x.ru.md:4:6: error: 'date' of an event is a fact and comes from content/cases/x.md; a translation gives only its 'summary' and 'note': remove it"),
        ("sources:\n  - {title: T, url: 'https://example.org/'}", "content/cases/x.ru.md:4:16: error: 'url' of a source is a fact and comes from content/cases/x.md; a translation gives only its 'title': remove it"),
        ("events:\n  - sumary: С", "content/cases/x.ru.md:4:5: error: unknown key 'sumary' in an event of a translation; did you mean 'summary'?"),
        ("events:\n  - Задержана", "content/cases/x.ru.md:4:5: error: expected an event of a translation as 'summary: ...', found text"),
        ("title: ''", "content/cases/x.ru.md:2:8: error: 'title' must not be empty; remove it to show the default language's title"),
        ("people:\n  - {person: x, sentence: [{note: Н}]}", "content/cases/x.ru.md:4:6: error: 'person' of a person of the case is a fact and comes from content/cases/x.md; a translation gives only its 'sentence', 'custody', 'decisions' and 'status_note': remove it"),
        ("people:\n  - sentence: [{years: 2, note: Н}]", "content/cases/x.ru.md:4:17: error: 'years' of a penalty is a fact and comes from content/cases/x.md; a translation gives only its 'note': remove it"),
    ])
    func mistakesInATranslation(_ yaml: String, _ message: String) {
        let (_, messages) = parse("---\ntitle: Т\n\(yaml)\n---\n".replacingOccurrences(of: "title: Т\ntitle: ''", with: "title: ''\n"))
        #expect(messages.contains(message), "\(messages)")
    }

    @Test func aPersonsFactsNameTheirOwnKeys() {
        let (_, messages) = parse("---\nname: Имя\nborn: 1980\nphoto: media/x.jpg\n---\n", kind: .people)
        #expect(messages == [
            "content/people/x.ru.md:3:1: error: 'born' is a fact and comes from content/people/x.md; a translation carries only text (name, aliases, pseudonym, the photo's credit and alt, events' summaries and notes, sources' titles, the letters' note, corrections' notes, the body): remove it",
            "content/people/x.ru.md:4:8: error: a translation gives only the photo's 'credit' and 'alt', as 'photo: {credit: …, alt: …}'; the photo's file is a fact and comes from content/people/x.md",
        ])
    }

    @Test func translationsFillTheArchive() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\n---\nСм. [дело](../cases/lesova-lepesova-2021.md).\n")
        try site.write("content/pages/about.kk.md", "---\ntitle: Мұрағат туралы\n---\n")
        let result = check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, problems) = Builder.parse(loaded, displayName: "content")
        #expect(problems.isEmpty)
        let (archive, _) = Linker.link(content, includeDrafts: false)
        let person = try #require(archive.translations.translation(.people, "nazira-lesova", in: "ru"))
        #expect(person.translation.name == "Назира Лесова")
        // Links stay inside the language's folder: the same relative path as the English page's.
        #expect(person.bodyHTML.contains(#"href="../../cases/lesova-lepesova-2021/index.html""#))
        let page = try #require(archive.translations.translation(.pages, "about", in: "kk"))
        #expect(page.bodyHTML.isEmpty)
        #expect(archive.translations.translation(.people, "nazira-lesova", in: "kk") == nil)
        #expect(archive.people.count == 8)
    }

    @Test func mediaLinksOfATranslationClimbToTheSharedRoot() {
        let resolver = BodyLinkResolver(ids: [:], draftIDs: [:], media: ["media/a.jpg"], from: .cases, pageDepth: 2)
        var translated = resolver
        translated.languageDepth = 1
        #expect(resolver.resolve("../media/a.jpg", isImage: true) == .rewrite("../../media/a.jpg"))
        #expect(translated.resolve("../media/a.jpg", isImage: true) == .rewrite("../../../media/a.jpg"))
    }

    @Test func aTranslationOfADraftFollowsItsDraftRule() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "draft: false", with: "draft: true")
        try site.write("content/cases/qambarova-2021.ru.md", "---\ntitle: Черновик\n---\n")
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, _) = Builder.parse(loaded, displayName: "content")
        #expect(Linker.link(content, includeDrafts: false).0.translations.translation(.cases, "qambarova-2021", in: "ru") == nil)
        #expect(Linker.link(content, includeDrafts: true).0.translations.translation(.cases, "qambarova-2021", in: "ru") != nil)
    }

    @Test func crossFileMistakesAreAllReportedInOneRun() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/nazira-lesva.ru.md", "---\nname: Назира\n---\n")
        try site.write("content/people/nazira-lesova.de.md", "---\nname: Nazira\n---\n")
        try site.write("content/people/nazira-lesova.en.md", "---\nname: Nazira\n---\n")
        try site.write("content/cases/qambarova-2021.kk.md", "---\nevents:\n  - summary: А\n  - summary: Б\n  - summary: В\nsources: []\n---\n")
        let messages = check(site).diagnostics.map(\.description)
        #expect(messages == [
            "content/cases/qambarova-2021.kk.md:2:1: error: 'events' lists 3 entries but content/cases/qambarova-2021.md has 2 entries; list them in the same order, one for each (an empty '-' keeps one untranslated)",
            "content/cases/qambarova-2021.kk.md:6:1: error: 'sources' lists 0 entries but content/cases/qambarova-2021.md has 4 entries; list them in the same order, one for each (an empty '-' keeps one untranslated)",
            "content/people/nazira-lesova.de.md:1:1: error: 'de' is not one of the site's languages (en, ru, kk); add it to 'languages' in site.yml, or rename or remove this file",
            "content/people/nazira-lesova.en.md:1:1: error: 'en' is the site's default language, which content/people/nazira-lesova.md is written in; a translation is into another of the site's languages: rename or remove this file",
            "content/people/nazira-lesva.ru.md:1:1: error: this translates content/people/nazira-lesva.md, which does not exist; did you mean 'nazira-lesova' (name this file nazira-lesova.ru.md)?",
        ])
    }

    /// A default-language file named like a translation (`ruslan.en.md` with no
    /// `ruslan.md`) got two messages that contradicted each other; one says how to fix it.
    @Test func aDefaultLanguageFileNamedLikeATranslationGetsOneMessage() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/ruslan.en.md", "---\nname: Ruslan\n---\n")
        let messages = check(site).diagnostics.map(\.description).filter { $0.hasPrefix("content/people/ruslan") }
        #expect(messages == [
            "content/people/ruslan.en.md:1:1: error: 'en' is the site's default language, whose files have no language in their name: rename this file to ruslan.md",
        ])
    }

    @Test func sentenceNotesFollowThePeopleAndPenaltiesOfTheCase() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/cases/qambarova-2021.ru.md", "---\npeople:\n  - sentence: [{}, {note: Н}]\n---\n")
        try site.write("content/cases/lesova-lepesova-2021.ru.md", "---\npeople:\n  - {}\n---\n")
        let messages = check(site).diagnostics.map(\.description)
        #expect(messages == [
            "content/cases/lesova-lepesova-2021.ru.md:2:1: error: 'people' lists 1 entry but content/cases/lesova-lepesova-2021.md has 2 entries; list them in the same order, one for each (an empty '-' keeps one untranslated)",
            "content/cases/qambarova-2021.ru.md:2:1: error: the sentence of person 1 in 'people' lists 2 entries but content/cases/qambarova-2021.md has 3 entries; give each penalty's note in the same order",
        ])
    }

    @Test func aTranslationOnAOneLanguageSiteSaysHowToAddTheLanguage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\n---\n")
        let messages = check(site).diagnostics.map(\.description)
        #expect(messages == ["content/people/nazira-lesova.ru.md:1:1: error: 'ru' is not the site's language ('en'); to publish in more languages, add `languages: [en, ru]` to site.yml"])
    }

    /// A case written first in another language (only `verdict-2024.ru.md`, facts and all):
    /// one error saying where the facts go, not one per fact naming a file that is not there;
    /// a misnamed translation keeps its did-you-mean. The dev server says the same, and the
    /// facts once the file they would come from is there.
    @Test func aTranslationWithoutItsFileIsOneErrorWhateverItHolds() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        let facts = "status: sentenced\npeople:\n  - {person: nazira-lesova, role: defendant}\nsources:\n  - {id: a, title: Новость, url: 'https://example.com/'}\n"
        try site.write("content/cases/verdict-2024.ru.md", "---\ntitle: Приговор\n\(facts)---\n")
        try site.write("content/cases/qambarova-2012.ru.md", "---\ntitle: Приговор\nstatus: sentenced\n---\n")
        #expect(check(site).diagnostics.map(\.description) == [
            "content/cases/qambarova-2012.ru.md:1:1: error: this translates content/cases/qambarova-2012.md, which does not exist; did you mean 'qambarova-2021' (name this file qambarova-2021.ru.md)?",
            "content/cases/verdict-2024.ru.md:1:1: error: this translates content/cases/verdict-2024.md, which does not exist: the facts come from the case's file in the site's default language (en), and a translation gives only its text in another; if this is the case's first file, name it verdict-2024.md",
        ])
        try site.write("content/cases/qambarova-2012.ru.md", "---\ntitle: Приговор\n---\n")
        let dev = DevSite(options: BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(dev.summary.errorCount == 2)
        try site.write("content/cases/verdict-2024.md", "---\ntitle: Verdict\n\(facts)---\n")
        dev.changed([site.content.appendingPathComponent("cases/verdict-2024.md").path])
        dev.settle()
        let problems = dev.problemsText ?? ""
        #expect(problems.contains("content/cases/verdict-2024.ru.md:3:1: error: 'status' is a fact and comes from content/cases/verdict-2024.md"), "\(problems)")
        #expect(!problems.contains("which does not exist: the facts"))
    }

    @Test func aTranslationMakesNoIDExist() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/ghost.ru.md", "---\nname: Призрак\n---\n")
        try site.replace("content/cases/qambarova-2021.md", "  - person: zhazira-qambarova", with: "  - person: ghost")
        let messages = check(site).diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/cases/qambarova-2021.md:") && $0.contains("ghost") })
    }
}
