import Foundation
import Testing
@testable import CasebookKit

/// What a reader is told of decisions where the pages once said more, or less, than the
/// file: a conviction with no sentence recorded, the shorthand sentence that decisions
/// changed, the courts that decided, and certainty on person pages.
@Suite struct DecisionReaderTests {
    @Test func aConvictionWithoutASentenceIsNotNoneInForce() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                decisions: [{date: 2020-06-01, court: city-court, kind: first-instance, outcome: convicted, sources: [s]}]
              - person: bota-test
                decisions:
                  - {date: 2020-06-01, court: city-court, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 3}], sources: [s]}
                  - {date: 2020-09-01, court: city-court, kind: cassation, outcome: sent-back, sources: [s]}
                  - {date: 2021-01-10, court: city-court, kind: first-instance, outcome: convicted, sources: [s]}
            """)
        defer { site.remove() }
        let (aset, config) = try DecisionTests.participant(site)
        #expect(aset.sentenceUnknown(config.decisionOutcomes))
        let (bota, _) = try DecisionTests.participant(site, "bota-test")
        #expect(bota.sentenceUnknown(config.decisionOutcomes))
        #expect(site.build().exitStatus == 0)
        let html = try site.read("public/cases/decisions-2020/index.html")
        #expect(html.components(separatedBy: "<dt>Current sentence</dt><dd>not known</dd>").count == 3)
        #expect(!html.contains("none in force"))
    }

    @Test func anAcquittalStillLeavesNoneInForce() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                sentence: [{type: imprisonment, years: 3}]
                decisions: [{date: 2021-02-01, court: city-court, kind: appeal, outcome: acquitted, sources: [s]}]
            """)
        defer { site.remove() }
        let (aset, config) = try DecisionTests.participant(site)
        #expect(!aset.sentenceUnknown(config.decisionOutcomes))
        #expect(site.build().exitStatus == 0)
        let html = try site.read("public/cases/decisions-2020/index.html")
        #expect(html.contains("<dd class=\"no-sentence\">none in force</dd>"))
        // The shorthand the acquittal ended is shown, so the reader sees what was overturned.
        #expect(html.contains("<div class=\"first-instance-sentence\"><dt>Sentence at first instance</dt><dd>3 years of imprisonment</dd></div>"))
    }

    @Test func theShorthandIsNotRepeatedWhileItIsInForce() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                sentence: [{type: imprisonment, years: 3}]
                decisions: [{date: 2021-02-01, court: city-court, kind: appeal, outcome: upheld, sources: [s]}]
            """)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let html = try site.read("public/cases/decisions-2020/index.html")
        #expect(html.contains("<dt>Current sentence</dt><dd>3 years of imprisonment</dd>"))
        #expect(!html.contains("first-instance-sentence"))
    }

    @Test func aSentencePartsCertaintyStandsBesideIt() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                sentence: [{type: imprisonment, years: 4, certainty: disputed, sources: [s]}]
            """)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        #expect(try site.read("public/cases/decisions-2020/index.html").contains("4 years of imprisonment (disputed)"))
    }

    /// The statistics count a prosecution under a charge a decision ruled on: the open data
    /// give those charges in a column of their own, so the documented recipe adds up.
    @Test func aChargeRuledOnInADecisionIsInTheOpenData() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                decisions: [{date: 2020-06-01, court: city-court, kind: first-instance, outcome: convicted, charges: [kz-cc1997-164], sentence: [{type: imprisonment, years: 2}], sources: [s]}]
            """)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let (header, rows) = try #require(OutputReading.csvRows(try site.data("data/cases.csv")))
        #expect(header.contains("decision_charges"))
        let row = try #require(rows.first { $0["case_id"] == "decisions-2020" && $0["person_id"] == "aset-test" })
        #expect(row["person_charges"] == "kz-cc-405" && row["decision_charges"] == "kz-cc1997-164")
    }

    @Test func aCourtListsTheCasesInWhichItDecided() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                decisions: [{date: 2020-06-01, court: city-court, kind: first-instance, outcome: convicted, sentence: [{type: imprisonment, years: 2}], sources: [s]}]
            """)
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let court = try site.read("public/organizations/city-court/index.html")
        #expect(court.contains("<h2 id=\"court-heading\">Cases heard by this court</h2>"))
        #expect(court.contains("href=\"../../cases/decisions-2020/index.html\""))
        // The open data count the cases that name it as their court, which an import gives back.
        let csv = try site.read("public/data/organizations.csv")
        let lines = csv.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let column = try #require(lines.first?.firstIndex(of: "court_case_count"))
        let row = try #require(lines.first { $0.first == "city-court" })
        #expect(row[column] == "0")
    }

    @Test func aPersonPageShowsTheCertaintyOfStatusAndEvents() throws {
        let site = try DecisionTests.fixture("""
              - person: aset-test
                status_certainty: reported
              - person: bota-test
            """)
        defer { site.remove() }
        var text = try site.read("content/cases/decisions-2020.md")
        text = text.replacingOccurrences(of: "summary: Detained., sources: [s]}",
                                         with: "summary: Detained., sources: [s], certainty: disputed, note: The police deny it}")
        try site.write("content/cases/decisions-2020.md", text)
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let person = try site.read("public/people/aset-test/index.html")
        #expect(person.contains("<p class=\"case-role\">Defendant · Sentenced <span class=\"certainty\">(<bdi>reported</bdi>)</span></p>"))
        #expect(person.contains("<bdi>Detained.</bdi> <span class=\"certainty\">(<bdi>disputed: The police deny it</bdi>)</span>"))
        // Another defendant's line carries no certainty that is not theirs: the case's status has none.
        let other = try site.read("public/people/bota-test/index.html")
        #expect(other.contains("<p class=\"case-role\">Defendant · Sentenced</p>"))
    }
}
