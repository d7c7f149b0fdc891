import Foundation
import Testing
@testable import CasebookKit

/// A person's decisions: parsing, the current sentence they add up to, and the checks.
@Suite struct DecisionTests {
    /// The English sample plus one case whose people have decisions, and the court and
    /// people it names.
    static func fixture(_ people: String, extraSources: String = "") throws -> SiteFixture {
        // The English sample's site.yml lists 'life' among its sentence types (its Askarov case).
        let site = try SiteFixture(withCustody: false)
        try site.write("content/organizations/city-court.md", "---\nname: City Court\nkind: court\n---\n")
        try site.write("content/organizations/some-party.md", "---\nname: Some Party\nkind: party\n---\n")
        for id in ["aset-test", "bota-test"] {
            try site.write("content/people/\(id).md", "---\nname: \(id.prefix(4).capitalized) Test\n---\n")
        }
        try site.write("content/cases/decisions-2020.md", """
            ---
            title: A case with decisions
            status: sentenced
            charges: [kz-cc-405]
            people:
            \(people)
            events:
              - {date: 2020-01-10, type: detention, summary: Detained., sources: [s]}
            sources: [{id: s, title: Report, url: 'https://example.org/'}\(extraSources)]
            ---
            """)
        return site
    }

    static func problems(_ site: SiteFixture) -> [String] {
        site.build().diagnostics.filter { $0.file.hasSuffix("decisions-2020.md") }.map(\.description)
    }

    static func participant(_ site: SiteFixture, _ person: String = "aset-test") throws -> (CaseRecord.Participant, SiteConfig) {
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, problems) = Builder.parse(loaded, displayName: "content")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let record = try #require(content.cases.first { $0.id == "decisions-2020" })
        return (try #require(record.people.first { $0.person.id == person }), content.site)
    }

    static let threeDecisions = """
          - person: aset-test
            decisions:
              - date: 2020-06-01
                court: city-court
                kind: first-instance
                outcome: convicted
                charges: [kz-cc-405]
                sentence:
                  - {type: imprisonment, years: 7, charge: kz-cc-405, sources: [s]}
                  - {type: fine, amount: 530250, currency: KZT}
                sources: [s]
              - {date: 2020-09-01, court: city-court, kind: appeal, outcome: changed, sentence: [{type: imprisonment, years: 5}], sources: [s]}
              - {date: 2021-02-26, court: city-court, kind: parole, outcome: released, sources: [s]}
        """

    @Test func theLatestDecisionThatSetsASentenceSetsTheCurrentOne() throws {
        let site = try Self.fixture(Self.threeDecisions)
        defer { site.remove() }
        let (person, config) = try Self.participant(site)
        #expect(person.decisions.map(\.kind) == ["first-instance", "appeal", "parole"])
        #expect(person.currentDecision(config.decisionOutcomes)?.kind == "appeal")
        #expect(SentenceWording.describe(person.currentSentence(config.decisionOutcomes), site: config, words: .english) == "5 years of imprisonment")
        #expect(SentenceWording.describe(person.firstInstanceSentence, site: config, words: .english)
                == "7 years of imprisonment (Criminal Code of Kazakhstan, Article 405); fine of 530,250 tenge")
        #expect(!person.sentencedInAbsentia(config.decisionOutcomes))
        #expect(Self.problems(site).isEmpty)
    }

    @Test func anAcquittalOnAppealLeavesNoSentence() throws {
        let site = try Self.fixture("""
              - person: aset-test
                sentence: [{type: imprisonment, years: 3}]
                decisions:
                  - {date: 2021-02-01, court: city-court, kind: appeal, outcome: acquitted, sources: [s]}
            """)
        defer { site.remove() }
        let (person, config) = try Self.participant(site)
        #expect(person.currentSentence(config.decisionOutcomes).isEmpty)
        #expect(person.firstInstanceSentence.map(\.type) == ["imprisonment"])
    }

    @Test func theShorthandStaysTheSentenceWhenLaterDecisionsSetNone() throws {
        let site = try Self.fixture("""
              - person: aset-test
                sentence: [{type: imprisonment, years: 3}]
                decisions: [{date: 2021-02-01, court: city-court, kind: appeal, outcome: upheld, sources: [s]}]
            """)
        defer { site.remove() }
        let (person, config) = try Self.participant(site)
        #expect(person.currentSentence(config.decisionOutcomes).map(\.years?.digits) == ["3"])
        #expect(person.currentDecision(config.decisionOutcomes) == nil)
    }

    @Test func aSentenceInAbsentiaIsMarkedAndATotalIsTheCurrentTerm() throws {
        let site = try Self.fixture("""
              - person: aset-test
                decisions:
                  - date: 2018-11-27
                    court: city-court
                    kind: first-instance
                    outcome: convicted
                    in_absentia: true
                    sentence:
                      - {type: imprisonment, years: 5, charge: kz-cc-405}
                      - {type: imprisonment, years: 4}
                    sentence_total: {type: life}
                    sources: [s]
            """)
        defer { site.remove() }
        let (person, config) = try Self.participant(site)
        #expect(person.sentencedInAbsentia(config.decisionOutcomes))
        #expect(SentenceWording.describe(person.currentSentence(config.decisionOutcomes), site: config, words: .english) == "life imprisonment")
    }

    @Test func earlierRolesAreRead() throws {
        let site = try Self.fixture("""
              - person: aset-test
                earlier_roles: [{role: witness, until: 2020-03-09, sources: [s]}]
            """)
        defer { site.remove() }
        let (person, _) = try Self.participant(site)
        #expect(person.earlierRoles.map(\.role) == ["witness"])
        #expect(person.earlierRoles.first?.until?.description == "2020-03-09")
    }
}
