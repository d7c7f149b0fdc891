import Foundation
import Testing
@testable import CasebookKit

/// The translators' tools: `casebook check` warns once per language with what is left to
/// translate; `check --missing LANG` lists every file without a translation and every
/// translation older than its file (by git date in git, else by `updated`).
@Suite struct TranslationStatusTests {
    private func threeLanguages() throws -> SiteFixture {
        let site = try SiteFixture()
        try site.replace("content/site.yml", "language: en\n", with: "languages: [en, ru, kk]\n")
        try site.replace("content/site.yml", "title: Kazakhstan Political Cases Monitor",
                         with: "title: {en: Kazakhstan Political Cases Monitor, ru: Монитор, kk: Монитор}")
        return site
    }

    private func status(_ site: SiteFixture, drafts: Bool = false) throws -> TranslationStatus {
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", includeDrafts: drafts, relativeTo: site.root))
        #expect(result.errors.isEmpty, "\(result.errors)")
        return try #require(result.translationStatus)
    }

    @Test func aOneLanguageSiteHasNothingToTranslate() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let status = try status(site)
        #expect(status.languages.isEmpty)
        #expect(status.summaries.isEmpty)
        #expect(status.problem(with: "ru") == "the site has one language ('en'); to translate it, list more in site.yml, like `languages: [en, ru]`")
    }

    /// `languages` takes plain codes: the advice for a site of `language: ru-KZ` lists `ru`.
    @Test func aRegionalLanguageIsAdvisedByItsPlainCode() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "language: en\n", with: "language: ru-KZ\n")
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        let status = try #require(result.translationStatus)
        #expect(status.problem(with: "kk") == "the site has one language ('ru-KZ'); to translate it, list more in site.yml, like `languages: [ru, kk]`")
        #expect(status.problem(with: "ru") == "the site has one language ('ru-KZ'); to translate it, list more in site.yml, like `languages: [ru, kk]`")
    }

    @Test func oneWarningPerLanguageWithItsCounts() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\n---\n")
        try site.write("content/cases/qambarova-2021.ru.md", "---\ntitle: Т\nupdated: 2021-03-01\n---\n")
        let status = try status(site)
        // 62 labels: the 12 decision kinds that the English site.yml gives in English only count too.
        #expect(status.summaries == [
            "ru: 27 of 29 files have no Russian translation; 1 translation is older than its file; 2 translations leave texts out; 62 labels of site.yml have no Russian text; 8 places and 7 tags of the files have no Russian spelling in site.yml; `casebook check --missing ru` lists them",
            "kk: 29 of 29 files have no Kazakh translation; 62 labels of site.yml have no Kazakh text; 8 places and 7 tags of the files have no Kazakh spelling in site.yml; `casebook check --missing kk` lists them",
        ])
        let todo = status.todo("ru")
        // The translation gives a title only: the rest is shown in English.
        #expect(todo.prefix(7) == [
            "content/cases/ablyazov-2018.md: no ru translation",
            "content/cases/askarov-2010.md: no ru translation",
            "content/cases/bokayev-ayan-2016.md: no ru translation",
            "content/cases/kozlov-2012.md: no ru translation",
            "content/cases/lesova-lepesova-2021.md: no ru translation",
            "content/cases/qambarova-2021.ru.md: older than content/cases/qambarova-2021.md (2021-03-01 < 2021-03-04)",
            "content/cases/qambarova-2021.ru.md: partly translated; no ru text for the summary, the body, 2 event summaries and 2 sentence notes of content/cases/qambarova-2021.md",
        ])
        #expect(!todo.contains("content/people/nazira-lesova.md: no ru translation"))
        #expect(todo.contains("content/site.yml: no ru text for statuses: sentenced"))
        #expect(todo.contains("content/site.yml: no ru text for charges: kz-cc-405 (law)"))
        #expect(!todo.contains("content/site.yml: no ru text for title"))
        #expect(todo.contains("content/people/nazira-lesova.ru.md: partly translated; no ru text for the body of content/people/nazira-lesova.md"))
        // Every region, city and tag the files write, with no Russian spelling in site.yml
        // `places` and `tags`: the pages show them as the files write them.
        #expect(todo.contains("content/site.yml: no ru spelling for places: Zhambyl Region"))
        #expect(todo.contains("content/site.yml: no ru spelling for places: Taraz"))
        #expect(todo.contains("content/site.yml: no ru spelling for tags: in-absentia"))
        #expect(todo.last == "content/site.yml: no ru spelling for tags: zhanaozen")
        #expect(todo.count == 27 + 1 + 2 + 62 + 8 + 7)
    }

    /// A translation that leaves texts in the default language is listed with what it
    /// leaves, one line each, whatever its kind; one that gives every text is not, and
    /// neither is a source's title when the source names its own language.
    @Test func aPartlyTranslatedFileSaysWhatIsLeft() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.replace("content/cases/lesova-lepesova-2021.md", "    date: 2021-03-03\n    language: ru\n", with: "    date: 2021-03-03\n")
        try site.write("content/cases/lesova-lepesova-2021.ru.md", """
            ---
            title: Т
            summary: С
            people:
              - sentence: [{}, {note: Н}]
              - sentence: [{}, {}, {note: Н}]
            events:
              - summary: С
              - summary: С
            ---
            Текст.
            """)
        try site.write("content/organizations/taraz-court-2.ru.md", "---\nname: Таразский суд № 2\n---\n")
        try site.write("content/pages/about.ru.md", "---\ntitle: О проекте\n---\n")
        let incomplete = try status(site).languages[0].incomplete
        #expect(incomplete == [
            "content/cases/lesova-lepesova-2021.ru.md: partly translated; no ru text for 1 source title of content/cases/lesova-lepesova-2021.md",
            "content/organizations/taraz-court-2.ru.md: partly translated; no ru text for the short name and the body of content/organizations/taraz-court-2.md",
            "content/pages/about.ru.md: partly translated; no ru text for the summary and the body of content/pages/about.md",
        ])
        // The sample's own translations give every text.
        let sample = try SiteFixture(.sample)
        defer { sample.remove() }
        #expect(try status(sample).languages.allSatisfy { $0.incomplete.isEmpty })
    }

    @Test func aTranslationAsNewAsItsFileIsNotListed() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/cases/qambarova-2021.ru.md", "---\ntitle: Т\nupdated: 2021-03-04\n---\n")
        #expect(try status(site).languages[0].outdated.isEmpty)
    }

    /// site.yml `places` and `tags` give a region, city or tag its spelling in another
    /// language: one that the published files write and that has none in a language is on
    /// that language's list, as the pages show it as the files write it.
    @Test func placesAndTagsWithoutASpellingAreListed() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + """
            places:
              Zhambyl Region: {ru: Жамбылская область, kk: Жамбыл облысы}
              Taraz: {ru: Тараз}
            tags:
              in-absentia: {ru: заочно, kk: сырттай}

            """)
        let ru = try status(site).todo("ru").filter { $0.contains("spelling") }
        #expect(!ru.contains("content/site.yml: no ru spelling for places: Zhambyl Region"))
        #expect(!ru.contains("content/site.yml: no ru spelling for places: Taraz"))
        #expect(!ru.contains("content/site.yml: no ru spelling for tags: in-absentia"))
        #expect(ru.contains("content/site.yml: no ru spelling for places: Atyrau Region"))
        let kk = try status(site).todo("kk")
        #expect(kk.contains("content/site.yml: no kk spelling for places: Taraz"))
        #expect(!kk.contains("content/site.yml: no kk spelling for places: Zhambyl Region"))
        // A draft's place is to spell only in a preview.
        try site.replace("content/cases/kozlov-2012.md", "draft: false\n", with: "draft: true\n")
        let aktau = "content/site.yml: no ru spelling for places: Aktau"
        // (Kozlov's person page links the draft: an error of its own, beside the point here.)
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        let published = try #require(check.translationStatus).todo("ru"), preview = try status(site, drafts: true).todo("ru")
        #expect(!published.contains(aktau))
        #expect(preview.contains(aktau))
    }

    @Test func draftsAreToTranslateOnlyInAPreview() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/pages/notes.md", "---\ntitle: Notes\ndraft: true\n---\n")
        #expect(try status(site).languages[0].files == 29)
        #expect(try status(site, drafts: true).languages[0].files == 30)
    }

    @Test func inGitTheCommitDatesDecide() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        // The translation says it is new, but git says it was last changed before its file.
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\nupdated: 2030-01-01\n---\n")
        try git(["init", "-q"], in: site.root)
        try git(["add", "content/people/nazira-lesova.ru.md"], in: site.root, date: "2021-03-01T12:00:00")
        try git(["commit", "-qm", "translation"], in: site.root, date: "2021-03-01T12:00:00")
        try git(["add", "content"], in: site.root, date: "2021-04-02T12:00:00")
        try git(["commit", "-qm", "archive"], in: site.root, date: "2021-04-02T12:00:00")
        let status = try status(site)
        #expect(status.todo("ru").contains(
            "content/people/nazira-lesova.ru.md: older than content/people/nazira-lesova.md (last committed 2021-03-01, before its file's last commit of 2021-04-02)"))
    }

    /// The order of commits decides, not their days: a translation committed in the morning
    /// is older than its file changed that afternoon, and one committed at 01:00 in Almaty
    /// (19:00 UTC the day before) is older than its file changed at 22:00 UTC that day.
    @Test func inGitTheOrderOfCommitsDecidesNotTheirDays() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\n---\n")
        try site.write("content/people/max-bokayev.ru.md", "---\nname: Макс Бокаев\n---\n")
        try git(["init", "-q"], in: site.root)
        try git(["add", "content/people/nazira-lesova.ru.md"], in: site.root)
        try git(["commit", "-qm", "translation"], in: site.root, date: "2021-03-01T10:00:00+00:00")
        try git(["add", "content/people/max-bokayev.ru.md"], in: site.root)
        try git(["commit", "-qm", "translation"], in: site.root, date: "2021-03-02T01:00:00+06:00")
        try git(["add", "content"], in: site.root)
        try git(["commit", "-qm", "archive"], in: site.root, date: "2021-03-01T22:00:00+00:00")
        let todo = try status(site).todo("ru")
        #expect(todo.contains("content/people/nazira-lesova.ru.md: older than content/people/nazira-lesova.md (last committed 2021-03-01, before its file's last commit of 2021-03-01)"))
        #expect(todo.contains { $0.hasPrefix("content/people/max-bokayev.ru.md: older than") })
        // Committed together: not older.
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова-Лепесова\n---\n")
        try site.write("content/people/nazira-lesova.md", try site.read("content/people/nazira-lesova.md") + "\n")
        try git(["commit", "-qam", "both"], in: site.root, date: "2021-03-05T10:00:00+00:00")
        #expect(!(try status(site).todo("ru")).contains { $0.hasPrefix("content/people/nazira-lesova.ru.md: older") })
    }

    /// Without git, `updated` decides only when every day it may mean comes first.
    @Test func anUpdatedMonthIsNotOlderThanADayInIt() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/cases/qambarova-2021.ru.md", "---\ntitle: Т\nupdated: 2021-03\n---\n")
        #expect(try status(site).languages[0].outdated.isEmpty)
        try site.write("content/cases/qambarova-2021.ru.md", "---\ntitle: Т\nupdated: 2021-02\n---\n")
        #expect(try status(site).languages[0].outdated == ["content/cases/qambarova-2021.ru.md: older than content/cases/qambarova-2021.md (2021-02 < 2021-03-04)"])
    }

    /// With `--format json` the list is the document's `missing`, so standard output stays
    /// one JSON document; an archive with errors exits 1 with the list all the same.
    @Test func theListInJSONAndTheArchivesErrors() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        let json = try CommandRun.run(["check", "--missing", "kk", "--format", "json"], in: site.root)
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let missing = try #require(document["missing"] as? [String])
        #expect(missing.count == 29 + 62 + 8 + 7)
        #expect(missing.first == "content/cases/ablyazov-2018.md: no kk translation")
        #expect(document["errors"] as? Int == 0)
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentensed")
        let broken = try CommandRun.run(["check", "--missing", "kk"], in: site.root)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("'sentensed' is not one of the site's statuses"))
        #expect(broken.output.hasPrefix("content/cases/ablyazov-2018.md: no kk translation\n"))
        let brokenJSON = try CommandRun.run(["check", "--missing", "kk", "--format", "json"], in: site.root)
        #expect(brokenJSON.status == 1)
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(brokenJSON.output.utf8)) as? [String: Any])
        #expect(errors["errors"] as? Int == 1)
        #expect((errors["missing"] as? [String])?.count == 106)
    }

    private func git(_ arguments: [String], in folder: URL, date: String = "2021-01-01T12:00:00") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]) { $1 }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test func theCommandListsWarnsAndRefusesUnknownLanguages() throws {
        let site = try threeLanguages()
        defer { site.remove() }
        try site.write("content/people/nazira-lesova.ru.md", "---\nname: Назира Лесова\n---\n")
        let check = try CommandRun.run(["check"], in: site.root)
        #expect(check.status == 0)
        #expect(check.errors.contains("warning: ru: 28 of 29 files have no Russian translation; 1 translation leaves texts out; 62 labels of site.yml have no Russian text; 8 places and 7 tags of the files have no Russian spelling in site.yml; `casebook check --missing ru` lists them\n"))
        let missing = try CommandRun.run(["check", "--missing", "kk"], in: site.root)
        #expect(missing.status == 0)
        let lines = missing.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 29 + 62 + 8 + 7)
        #expect(lines.first == "content/cases/ablyazov-2018.md: no kk translation")
        #expect(lines.contains("content/people/nazira-lesova.md: no kk translation"))
        let unknown = try CommandRun.run(["check", "--missing", "kz"], in: site.root)
        #expect(unknown.status == 2)
        #expect(unknown.errors == "casebook check: --missing: 'kz' is not one of the site's languages (en, ru, kk); did you mean 'kk'?\n")
        #expect(unknown.output.isEmpty)
        let empty = try CommandRun.run(["check", "--missing", ""], in: site.root)
        #expect(empty.status == 2)
    }
}
