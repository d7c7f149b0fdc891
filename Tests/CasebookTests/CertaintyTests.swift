import Foundation
import Testing
@testable import CasebookKit

/// `certainty` and `note` on events, `status_certainty`, `status_note`, `status_sources` on a
/// case and a person in it, and EDTF dates, through a build of the sample: shown beside the
/// fact, in cases.json, read by the leak check, and translated notes.
@Suite("Certainty and EDTF dates in a build")
struct CertaintyTests {
    static let events = """
        events:
          - date: 2020-09~
            type: charge
            summary: Qambarova was charged in this case.
            sources: [rferl-2021-03-03]
            certainty: reported
          - date: 2021-03-02
            type: verdict
            summary: Sentenced to two years of freedom limitation.
            sources: [rferl-2021-03-03, rferl-2021-03-04]
            certainty: disputed
            note: the defence says the verdict was read on 3 March
          - date: 2021-03
            type: appeal
            summary: An appeal was filed.
            sources: [rferl-2021-03-04]
        sources:
        """

    private func site(_ languages: SiteFixture.Languages = .english) throws -> SiteFixture {
        let site = try SiteFixture(languages)
        let path = "content/cases/qambarova-2021.md"
        var text = try site.read(path)
        let start = text.range(of: "events:\n")!.lowerBound, end = text.range(of: "sources:\n  - id: rferl-2021-03-03")!.lowerBound
        text.replaceSubrange(start..<text.index(end, offsetBy: "sources:\n".count), with: Self.events + "\n")
        text = text.replacingOccurrences(of: "status_as_of: 2021-03-04\n", with: """
            status_as_of: 2021-03-04
            status_certainty: disputed
            status_note: her lawyer says the sentence is not yet in force
            status_sources: [rferl-2021-03-04]

            """)
        text = text.replacingOccurrences(of: "    role: defendant\n", with: "    role: defendant\n    status_certainty: reported\n")
        try site.write(path, text)
        return site
    }

    @Test("the event line and the statuses carry their certainty, the status its sources' numbers")
    func shownBesideTheFact() throws {
        let site = try site()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let html = try site.read("public/cases/qambarova-2021/index.html")
        #expect(html.contains("Qambarova was charged in this case.</bdi> <span class=\"certainty\">(<bdi>reported</bdi>)</span>"))
        #expect(html.contains("<span class=\"certainty\">(<bdi>disputed: the defence says the verdict was read on 3 March</bdi>)</span>"))
        #expect(html.contains("<span class=\"certainty\">(<bdi>disputed: her lawyer says the sentence is not yet in force</bdi> <a href=\"#source-2\">[2]</a>)</span>"))
        #expect(html.contains("<dd dir=\"auto\">Sentenced <span class=\"certainty\">(<bdi>reported</bdi>)</span></dd>")
                || html.contains("<span class=\"certainty\">(<bdi>reported</bdi>)</span></dd>"))
        #expect(html.contains("<time datetime=\"2020-09\">about September 2020</time>"))
        // The verdict of 2 March comes before the appeal of "March 2021" written after it.
        let verdict = try #require(html.range(of: "Sentenced to two years")), appeal = try #require(html.range(of: "An appeal was filed"))
        #expect(verdict.lowerBound < appeal.lowerBound)
    }

    @Test("cases.json keeps the EDTF text and adds the certainty keys only where given")
    func openData() throws {
        let site = try site()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let json = try JSONSerialization.jsonObject(with: Data(try site.read("public/data/cases.json").utf8)) as! [String: Any]
        let cases = json["cases"] as! [[String: Any]]
        let record = try #require(cases.first { $0["id"] as? String == "qambarova-2021" })
        let events = record["events"] as! [[String: Any]]
        #expect(events.map { $0["date"] as? String } == ["2020-09~", "2021-03-02", "2021-03"])
        #expect(events[0]["certainty"] as? String == "reported" && events[0]["note"] is NSNull)
        #expect(events[1]["note"] as? String == "the defence says the verdict was read on 3 March")
        #expect(events[2]["certainty"] == nil)
        #expect(record["status_certainty"] as? String == "disputed")
        #expect(record["status_sources"] as? [String] == ["rferl-2021-03-04"])
        let person = (record["people"] as! [[String: Any]])[0]
        #expect(person["status_certainty"] as? String == "reported" && person["status_note"] is NSNull)
        let other = try #require(cases.first { $0["id"] as? String != "qambarova-2021" })
        #expect(other["status_certainty"] == nil)
    }

    @Test("a translation translates the note, not the certainty; an untranslated note is marked")
    func translatedNote() throws {
        let site = try site(.sample)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.ru.md", "  - summary: Приговорена к двум годам ограничения свободы, пятилетнему запрету на политическую и общественную деятельность в СМИ и интернете и двухлетнему запрету на политическую деятельность.\n",
                         with: "  - summary: Приговорена к двум годам ограничения свободы.\n    note: защита говорит, что приговор огласили 3 марта\n  - summary: Подана апелляция.\n")
        try site.replace("content/cases/qambarova-2021.kk.md", "\nsources:\n", with: "\n  -\nsources:\n")
        try site.replace("content/cases/qambarova-2021.ru.md", "\nsources:\n", with: "\nstatus_note: адвокат говорит, что приговор ещё не вступил в силу\nsources:\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let ru = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(ru.contains("(<bdi>оспаривается: защита говорит, что приговор огласили 3 марта</bdi>)"))
        #expect(ru.contains("(<bdi>по сообщениям</bdi>)"))
        let kk = try site.read("public/kk/cases/qambarova-2021/index.html")
        // Only the note is in English: the catalogue's word stays in the page's language.
        #expect(kk.contains("(<bdi>даулы: <bdi lang=\"en\">the defence says the verdict was read on 3 March</bdi></bdi>)"))
        // The case's status note: translated in Russian, marked where it is not.
        #expect(ru.contains("<bdi>оспаривается: адвокат говорит, что приговор ещё не вступил в силу</bdi>"))
        #expect(kk.contains("даулы: <bdi lang=\"en\">her lawyer says the sentence is not yet in force</bdi>"))
    }

    @Test("a person's status note is translated in the translation's people, and marked where it is not")
    func personStatusNote() throws {
        let site = try site(.sample)
        defer { site.remove() }
        let path = "content/cases/qambarova-2021.md"
        try site.replace(path, "    status_certainty: reported\n", with: "    status_certainty: reported\n    status_note: only her lawyer says so\n")
        // The events as the English file has them here (see `site`), one left untranslated.
        try site.replace("content/cases/qambarova-2021.ru.md", "  - summary: Приговорена к двум годам ограничения свободы, пятилетнему запрету на политическую и общественную деятельность в СМИ и интернете и двухлетнему запрету на политическую деятельность.\n",
                         with: "  - summary: Приговорена к двум годам ограничения свободы.\n  -\n")
        try site.replace("content/cases/qambarova-2021.kk.md", "\nsources:\n", with: "\n  -\nsources:\n")
        try site.replace("content/cases/qambarova-2021.ru.md", "people:\n  - sentence:", with: "people:\n  - status_note: так говорит только её адвокат\n    sentence:")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(try site.read("public/ru/cases/qambarova-2021/index.html").contains("так говорит только её адвокат"))
        #expect(try site.read("public/kk/cases/qambarova-2021/index.html").contains("<bdi lang=\"en\">only her lawyer says so</bdi>"))
    }

    @Test("a translation may not give an event's certainty: it is a fact")
    func certaintyIsAFact() throws {
        let site = try site(.sample)
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.ru.md", "  - summary: Камбаровой предъявлено обвинение по этому делу.\n",
                         with: "  - summary: Камбаровой предъявлено обвинение по этому делу.\n    certainty: disputed\n")
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("'certainty' of an event is a fact and comes from content/cases/qambarova-2021.md; a translation gives only its 'summary' and 'note': remove it") }, "\(messages)")
    }

    @Test("the leak check reads events' and statuses' notes")
    func leakCheckReadsNotes() throws {
        let record = try #require(try Self.parsedCase())
        let texts = LeakCheck.texts(of: record)
        #expect(texts.contains("the defence says the verdict was read on 3 March"))
        #expect(texts.contains("her lawyer says the sentence is not yet in force"))
    }

    static func parsedCase() throws -> CaseRecord? {
        let site = try CertaintyTests().site()
        defer { site.remove() }
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, _) = Builder.parse(loaded, displayName: "content")
        return content.cases.first { $0.id == "qambarova-2021" }
    }
}
