import Foundation
import Testing
@testable import CasebookKit

/// The summary of a case's entry in the Atom feed gives each defendant under their own
/// status, not the case's to everyone: "Sentenced: Mia, Nick. Acquitted: Olga.", in the
/// words of each language's catalogue (`feed`).
@Suite struct FeedSummaryTests {
    /// The summary of the case's entry in one language's feed.
    static func summary(_ site: SiteFixture, _ feed: String, case id: String) throws -> String {
        let tree = try #require(OutputReading.XMLTree.parse(try site.data(feed)), "\(feed) is not well-formed XML")
        let entry = try #require(tree.all("entry").first { $0.first("id")?.text.hasSuffix("cases/\(id)/") == true })
        return try #require(entry.first("summary")?.text)
    }

    /// Nazira Lepesova acquitted on her own: her sentence goes too (a sentence beside
    /// 'acquitted' is a mistake of its own).
    static func acquitLepesova(_ site: SiteFixture) throws {
        try site.replace("content/cases/lesova-lepesova-2021.md", """
              - person: nazira-lepesova
                role: defendant
                sentence:
                  - {type: freedom-limitation, years: 2}
                  - {type: community-work, hours: 100}
                  - {type: activity-ban, years: 5, note: public and political activity}

            """, with: "  - person: nazira-lepesova\n    role: defendant\n    status: acquitted\n")
    }

    @Test func eachDefendantIsDescribedWithTheirOwnStatusInEveryLanguage() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        // Lepesova acquitted on her own, a lawyer added: the case stays "sentenced".
        try Self.acquitLepesova(site)
        try site.replace("content/cases/lesova-lepesova-2021.md", "\norganizations:", with: "\n  - {person: zhazira-qambarova, role: lawyer}\norganizations:")
        // Her translated sentence notes go with her sentence; the lawyer gets an empty entry.
        for (language, note) in [("ru", "общественную и политическую деятельность"), ("kk", "қоғамдық және саяси қызметпен")] {
            try site.replace("content/cases/lesova-lepesova-2021.\(language).md", "  - sentence:\n      - {}\n      - {}\n      - note: \(note)\nevents:\n",
                             with: "  -\n  -\nevents:\n")
        }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let english = try Self.summary(site, "feed.xml", case: "lesova-lepesova-2021")
        #expect(english.hasSuffix(" Sentenced: Nazira Lesova. Acquitted: Nazira Lepesova."), "\(english)")
        #expect(!english.contains("Qambarova"))
        let russian = try Self.summary(site, "ru/feed.xml", case: "lesova-lepesova-2021")
        #expect(russian.hasSuffix(" Осуждена: Назира Лесова. Оправдана: Назира Лепесова."), "\(russian)")
        let kazakh = try Self.summary(site, "kk/feed.xml", case: "lesova-lepesova-2021")
        #expect(kazakh.hasSuffix(" Сотталды: Назира Лесова. Ақталды: Назира Лепесова."), "\(kazakh)")
        // A case whose defendants share its status reads as before.
        let qambarova = try Self.summary(site, "feed.xml", case: "qambarova-2021")
        #expect(qambarova.hasSuffix(" Sentenced: Zhazira Qambarova."), "\(qambarova)")
    }

    /// Several people under one status are named with the status in the plural in Russian,
    /// whatever their genders ("Осуждены: …", it read "Осуждена: …" for two women and
    /// "Осуждён: …" for two men); one person keeps the singular, English and Kazakh as before.
    @Test func severalPeopleUnderOneStatusTakeThePlural() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let russian = try Self.summary(site, "ru/feed.xml", case: "lesova-lepesova-2021")
        #expect(russian.hasSuffix(" Осуждены: Назира Лесова, Назира Лепесова."), "\(russian)")
        #expect(try Self.summary(site, "ru/feed.xml", case: "qambarova-2021").hasSuffix(" Осуждена: Жазира Камбарова."))
        #expect(try Self.summary(site, "feed.xml", case: "lesova-lepesova-2021").hasSuffix(" Sentenced: Nazira Lesova, Nazira Lepesova."))
        #expect(Gender.plural("Осуждён", language: "ru") == "Осуждены")
        #expect(Gender.plural("умер под стражей", language: "ru") == "умерли под стражей")
        #expect(Gender.plural("Под следствием", language: "ru") == "Под следствием")
        #expect(Gender.plural("Сотталды", language: "kk") == "Сотталды")
    }

    /// The lists of cases (the cases index, status, charge and region pages) gave the case's
    /// status, "Sentenced", above the names of all its defendants, an acquitted one too: a
    /// defendant whose own status differs has it beside their name, in every language.
    @Test func aDefendantsOwnStatusStandsBesideTheirNameInListsOfCases() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try Self.acquitLepesova(site)
        for (language, note) in [("ru", "общественную и политическую деятельность"), ("kk", "қоғамдық және саяси қызметпен")] {
            try site.replace("content/cases/lesova-lepesova-2021.\(language).md", "  - sentence:\n      - {}\n      - {}\n      - note: \(note)\nevents:\n",
                             with: "  -\nevents:\n")
        }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        for (page, lesova, lepesova, acquitted) in [("cases/index.html", "Nazira Lesova", "Nazira Lepesova", "Acquitted"),
                                                    ("ru/statuses/sentenced/index.html", "Назира Лесова", "Назира Лепесова", "Оправдана"),
                                                    ("kk/charges/kz-cc-405/index.html", "Назира Лесова", "Назира Лепесова", "Ақталды")] {
            let html = try site.read("public/\(page)")
            #expect(html.contains("\(lepesova)</a> <span class=\"person-status\" dir=\"auto\">(\(acquitted))</span>"), "\(page)")
            #expect(html.contains("\(lesova)</a>, "), "\(page): a defendant of the case's status as before")
        }
    }

    /// The words come from the catalogue: a theme's own catalogue changes them.
    @Test func theWordsAreTheCatalogues() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("templates/i18n/en.yml", """
            feed:
              status_people: "{status} — {people};"
              people_separator: " & "
            """)
        try Self.acquitLepesova(site)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let summary = try Self.summary(site, "feed.xml", case: "lesova-lepesova-2021")
        #expect(summary.hasSuffix(" Sentenced — Nazira Lesova; Acquitted — Nazira Lepesova;"), "\(summary)")
    }

    /// Initials end in a full stop of their own: the wording's is left out after them
    /// ("Released: Z. S.", not "Z. S.."), and kept after a name that has none.
    @Test func initialsEndTheLineWithOneFullStop() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/people/person-g.md", "---\nname: Zhanar Sekretova\nprotect: initials\n---\n")
        try site.write("content/cases/astana-2022.md", """
            ---
            title: Astana protest case
            summary: A woman detained at a protest.
            status: released
            people: [person-g]
            events:
              - {date: 2022-02, type: detention, summary: Detained., sources: [s1]}
            sources:
              - {id: s1, title: Report D, url: 'https://example.org/d'}
            ---

            """)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let summary = try Self.summary(site, "feed.xml", case: "astana-2022")
        #expect(summary == "A woman detained at a protest. Released: Z. S.", "\(summary)")
        #expect(AtomFeed.oneFullStop("Released: Z. S., Mia.", after: "Z. S., Mia") == "Released: Z. S., Mia.")
    }
}
