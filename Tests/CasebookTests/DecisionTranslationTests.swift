import Foundation
import Testing
@testable import CasebookKit

/// A decision's note, and its penalties' notes, are the texts of it a translation gives
/// (`people: [- decisions: [{note: …, sentence: [{note: …}]}]]`); the rest is fact.
@Suite struct DecisionTranslationTests {
    static let decisions = """
            role: defendant
            decisions:
              - {date: 2021-09-10, court: taraz-court-2, kind: first-instance, outcome: convicted, note: Heard in one day, sentence: [{type: activity-ban, years: 2, note: political activity}], sources: [rferl-2021-03-03]}
              - {date: 2021-11-01, court: taraz-court-2, kind: appeal, outcome: upheld, note: Appeal rejected, sources: [rferl-2021-03-03]}
            sentence:
        """

    static func site(russian: String) throws -> SiteFixture {
        let site = try SiteFixture(.sample, withCustody: false)
        try site.replace("content/cases/qambarova-2021.md", "    role: defendant\n    sentence:\n      - {type: freedom-limitation, years: 2}\n      - {type: activity-ban, years: 5, note: political and social activity in the media or on the internet}\n      - {type: activity-ban, years: 2, note: political activity}\n",
                         with: "    role: defendant\n" + decisions.split(separator: "\n").dropFirst().dropLast().map { "    " + $0.dropFirst(4) }.joined(separator: "\n") + "\n")
        try site.replace("content/cases/qambarova-2021.ru.md", "  - sentence:\n      - {}\n      - note: политическую и общественную деятельность в СМИ и интернете\n      - note: политическую деятельность\n",
                         with: "  - decisions:\n" + russian)
        try site.replace("content/cases/qambarova-2021.kk.md", "  - sentence:\n      - {}\n      - note: БАҚ пен интернетте саяси және қоғамдық қызметпен\n      - note: саяси қызметпен\n",
                         with: "  -\n")
        return site
    }

    @Test func aTranslatedNoteIsShownAndAnUntranslatedOneIsMarked() throws {
        let site = try Self.site(russian: "      - {note: Рассмотрено за один день, sentence: [{note: политическую деятельность}]}\n      -\n")
        defer { site.remove() }
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, problems) = Builder.parse(loaded, displayName: "content")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let (archive, linkProblems) = Linker.link(content, includeDrafts: false)
        #expect(linkProblems.filter { $0.severity == .error }.isEmpty, "\(linkProblems)")
        let russian = try #require(archive.localized(to: "ru").caseRecord("qambarova-2021")).record.people[0].decisions
        #expect(russian.map(\.note) == ["Рассмотрено за один день", "Appeal rejected"])
        #expect(russian.map(\.shownIn) == [nil, "en"])
        #expect(russian[0].sentence[0].note == "политическую деятельность")
        let english = try #require(archive.caseRecord("qambarova-2021")).record.people[0].decisions
        #expect(english.map(\.shownIn) == [nil, nil])
    }

    @Test func aFactOfADecisionInATranslationIsAnErrorAndSoIsAWrongCount() throws {
        let site = try Self.site(russian: "      - {note: Один день, court: taraz-court-2}\n      - note: Два\n      - note: Три\n")
        defer { site.remove() }
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("error: 'court' of a decision is a fact and comes from content/cases/qambarova-2021.md; a translation gives only its 'note' and 'sentence': remove it") }, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("error: the decisions of person 1 in 'people' list 3 entries but content/cases/qambarova-2021.md has 2 entries; give each decision's note in the same order") }, "\(messages)")
    }

    /// A penalty's note a translation leaves out was shown in the default language unmarked,
    /// without the page's notice, and `check --missing` did not list it.
    @Test func aSentenceNoteLeftOutIsMarkedAndListed() throws {
        let site = try SiteFixture(.sample, withCustody: false)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.ru.md", "      - note: политическую деятельность\n", with: "      - {}\n")
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(check.errors.isEmpty, "\(check.errors)")
        #expect(check.translationStatus?.todo("ru").contains(
            "content/cases/qambarova-2021.ru.md: partly translated; no ru text for 1 sentence note of content/cases/qambarova-2021.md") == true)
        #expect(check.translationStatus?.todo("kk").contains { $0.contains("sentence note") } == false)
        #expect(site.build().exitStatus == 0)
        let page = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(page.contains("запрет на <bdi lang=\"en\">political activity</bdi>"))
        #expect(page.contains("Часть этого материала ещё не переведена на русский язык"))
        #expect(try site.read("public/ru/people/zhazira-qambarova/index.html").contains("<bdi lang=\"en\">political activity</bdi>"))
        // The translated note stays unmarked, and so does the English page.
        #expect(page.contains("запрет на политическую и общественную деятельность в СМИ и интернете"))
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("2-year ban on political activity"))
    }
}
