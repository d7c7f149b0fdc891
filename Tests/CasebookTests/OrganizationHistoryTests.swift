import Foundation
import Testing
@testable import CasebookKit

/// An organization over time: `former_names`, `successor_of` and `banned` as a list. Shown
/// on its page in every language, found by search by a former name, read by the leak check
/// and given in the open data. (The mistakes have the fixtures `org-*`.)
@Suite struct OrganizationHistoryTests {
    static let koshe = "content/organizations/koshe-party.md"

    /// Koshe with two former names, DVK as its predecessor and a ban by the Taraz court
    /// citing its source; the Russian translation names the first former name.
    static func site() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try site.replace(koshe, "banned: 2020-05\n", with: """
            former_names:
              - {name: Street Party, until: 2019-03}
              - Koshe Movement
            successor_of: dvk
            banned:
              - {date: 2020-05-13, by: taraz-court-2, sources: [mediazona-2021-03-05]}

            """)
        try site.replace("content/organizations/koshe-party.ru.md", "aliases: [Партия «Көше», Уличная партия, Koshe Party]\n",
                         with: "aliases: [Партия «Көше», Уличная партия, Koshe Party]\nformer_names:\n  - name: Улица\n  -\n")
        return site
    }

    @Test func theHistoryIsShownOnThePagesInEveryLanguage() throws {
        let site = try Self.site()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0 && result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let english = try site.read("public/organizations/koshe-party/index.html")
        #expect(english.contains(##"<p class="aliases former-names">Formerly: <span lang="" dir="auto">Street Party</span> (until March 2019), <span lang="" dir="auto">Koshe Movement</span></p>"##))
        #expect(english.contains(##"<div><dt>Banned</dt><dd><time datetime="2020-05-13">13 May 2020</time>, by <a href="../../organizations/taraz-court-2/index.html" dir="auto">Taraz City Court No. 2</a> <a href="#source-1">[1]</a></dd></div>"##))
        #expect(english.contains(##"<div><dt>Successor of</dt><dd><a href="../../organizations/dvk/index.html" dir="auto">Democratic Choice of Kazakhstan</a></dd></div>"##))
        // The back link, on the predecessor's page.
        let dvk = try site.read("public/organizations/dvk/index.html")
        #expect(dvk.contains(##"<div><dt>Succeeded by</dt><dd><a href="../../organizations/koshe-party/index.html" dir="auto">Koshe Party</a></dd></div>"##))
        #expect(!dvk.contains("Successor of") && !english.contains("Succeeded by"))

        let russian = try site.read("public/ru/organizations/koshe-party/index.html")
        // The translated former name replaces the first; the second, left out, is shown as written.
        #expect(russian.contains(##"Прежние названия: <span lang="" dir="auto">Улица</span> (по март 2019), <span lang="" dir="auto">Koshe Movement</span>"##))
        #expect(russian.contains("<dt>Запрещена</dt><dd><time datetime=\"2020-05-13\">13 мая 2020</time>, суд: <a"))
        #expect(russian.contains("<dt>Предшественник</dt>"))
        #expect(try site.read("public/ru/organizations/dvk/index.html").contains("<dt>Преемник</dt>"))
        let kazakh = try site.read("public/kk/organizations/koshe-party/index.html")
        #expect(kazakh.contains("Бұрынғы атаулары:") && kazakh.contains("(атауы ауысқан: 2019 жылғы наурыз)"))
        #expect(kazakh.contains("2020 жылғы 13 мамыр</time>, сот: <a") && kazakh.contains("<dt>Алдыңғы ұйым</dt>"))
    }

    /// `banned: <date>` is a ban with no court or source: shown as it always was, no warning.
    @Test func aBanWrittenAsADateIsShownAsBefore() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = site.build()
        #expect(result.diagnostics.isEmpty)
        let page = try site.read("public/organizations/koshe-party/index.html")
        #expect(page.contains(##"<div><dt>Banned</dt><dd><time datetime="2020-05">May 2020</time></dd></div>"##))
        #expect(!page.contains("Formerly") && !page.contains("Successor of"))
        let header = try site.read("public/data/organizations.csv").components(separatedBy: "\r\n")[0]
        #expect(!header.contains("former_names") && !header.contains("ban_dates"), "\(header)")
    }

    @Test func aBanWithoutSourcesIsAWarning() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace(Self.koshe, "banned: 2020-05\n", with: "banned:\n  - date: 2020-05\n    by: taraz-court-2\n")
        let result = site.build()
        #expect(result.diagnostics.map(\.description) == [
            "content/organizations/koshe-party.md:6:5: warning: this ban cites no source; add 'sources: [id]' naming a source of this file that reports it"])
        #expect(result.exitStatus == 0)
    }

    @Test func searchFindsAnOrganizationByAFormerNameInEveryLanguage() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        for language in ["", "ru/", "kk/"] {
            let text = try site.read("public/\(language)search/index.js")
            let start = try #require(text.range(of: "window.casebookIndex="))
            let index = try #require(try JSONSerialization.jsonObject(with: Data(text[start.upperBound...].dropLast(2).utf8)) as? [String: Any])
            for query in ["Street Party", "Koshe Movement", "Улица"] {
                #expect(SearchLanguagesTests.find(query, in: index, "o") == ["koshe-party"], "\(language): \(query)")
            }
        }
    }

    /// A protected name written as a former name would be published: the leak check reads them.
    @Test func theLeakCheckReadsFormerNames() {
        let info = DocumentInfo(kind: .organizations, id: "x", path: "content/organizations/x.md")
        let organization = Organization(info: info, name: "X", shortName: nil, aliases: [], kind: nil, leaders: [], bans: [],
                                        events: [], sources: [], body: MarkdownBody(text: "", firstLine: 1),
                                        formerNames: [FormerName(name: "Zhanar Sekretova's party", until: nil)])
        #expect(LeakCheck.texts(of: organization).contains("Zhanar Sekretova's party"))
        var translation = Translation(info: info, title: nil, summary: nil, name: nil, shortName: nil, aliases: nil,
                                      eventSummaries: [], sourceTitles: [], correctionNotes: [],
                                      body: MarkdownBody(text: "", firstLine: 1), updated: nil)
        translation.formerNames = ["Партия Секретовой", nil]
        #expect(LeakCheck.texts(of: translation, ownNameHidden: false).contains("Партия Секретовой"))
    }

    /// The open data gains its history columns only in an archive that uses them.
    @Test func theOpenDataGivesTheHistory() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let lines = try site.read("public/data/organizations.csv").components(separatedBy: "\r\n")
        #expect(lines[0].contains(",court_case_count,alleged_count,former_names,former_names_until,successor_of,ban_dates,ban_courts,name_ru,"))
        let koshe = try #require(lines.first { $0.hasPrefix("koshe-party,") })
        #expect(koshe.contains(",Street Party; Koshe Movement,2019-03; ,dvk,2020-05-13,taraz-court-2,"), "\(koshe)")
        #expect(koshe.contains(",2020-05-13,"))  // `banned`: the first ban's date
        #expect(try site.read("public/data/index.html").contains("the id of the organization it continues"))
    }

    /// A translation lists one former name per former name of the default file, as events.
    @Test func aTranslationWithAnotherNumberOfFormerNamesIsAnError() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.replace("content/organizations/koshe-party.ru.md", "  - name: Улица\n  -\n", with: "  - name: Улица\n")
        let result = site.build()
        #expect(result.diagnostics.map(\.description) == [
            "content/organizations/koshe-party.ru.md:4:1: error: 'former_names' lists 1 entry but content/organizations/koshe-party.md has 2 entries; list them in the same order, one for each (an empty '-' keeps one untranslated)"])
    }
}
