import Foundation
import Testing
@testable import CasebookKit

/// A decision with terms per article, a fine and a ban given once, and a combined term: the
/// sentence it sets is the combined term with the fine and the ban beside it, on the case
/// page, in cases.csv and in the statistics by sentence type (the fine and the ban vanished).
@Suite struct CombinedSentenceTests {
    static let decision = """
          - person: aidos-total
            decisions:
              - date: 2016-11-28
                court: atyrau-court-2
                kind: first-instance
                outcome: convicted
                sentence:
                  - {type: imprisonment, years: 3, charge: kz-cc1997-164}
                  - {type: imprisonment, years: 4, charge: kz-cc1997-170}
                  - {type: fine, amount: 530250, currency: KZT}
                  - {type: activity-ban, years: 3, note: civic activities, from_release: true}
                sentence_total:
                  - {type: imprisonment, years: 5}
                sources: [s1]

        """
    static let worded = "5 years of imprisonment; fine of 530,250 tenge; 3-year ban on civic activities from release"

    static func parts(_ text: String) -> [SentenceComponent] {
        let parts = text.split(separator: "\n").map { "      - \($0.trimmingCharacters(in: .whitespaces).dropFirst(2))\n" }.joined()
        let file = "---\ntitle: T\nstatus: sentenced\npeople:\n  - person: p\n    sentence:\n\(parts)---\n"
        let info = DocumentInfo(kind: .cases, id: "t", path: "content/cases/t.md")
        var reader = FieldReader(file: info.path)
        guard case .caseRecord(let record)? = ContentParser.parse(text: file, info: info, site: SiteConfig(), reader: &reader) else { return [] }
        return record.people[0].sentence
    }

    @Test func theTotalKeepsThePartsItDoesNotCombine() {
        let parts = Self.parts("""
            - {type: imprisonment, years: 3, charge: kz-cc-405}
            - {type: imprisonment, years: 4, charge: kz-cc-405}
            - {type: fine, amount: 530250}
            - {type: activity-ban, years: 3}
            """)
        let total = Self.parts("- {type: imprisonment, years: 5}")
        let decision = Decision(date: PartialDate(year: 2016)!, kind: "first-instance", sentence: parts, sentenceTotal: total, position: .start)
        #expect(decision.effectiveSentence.map(\.type) == ["imprisonment", "fine", "activity-ban"])
        // A fine the total gives replaces the parts' fines; a part per article of another type
        // (imprisonment made a suspended sentence) is combined too.
        let suspended = Self.parts("- {type: suspended, years: 5}\n- {type: fine, amount: 800000}")
        let combined = Decision(date: PartialDate(year: 2016)!, kind: "first-instance", sentence: parts, sentenceTotal: suspended, position: .start)
        #expect(combined.effectiveSentence.map(\.type) == ["suspended", "fine", "activity-ban"])
        #expect(Decision(date: PartialDate(year: 2016)!, kind: "first-instance", sentence: parts, position: .start).effectiveSentence == parts)
        // A prison term without its charge is combined into a total that is one (life here).
        let unnamed = Self.parts("- {type: imprisonment, years: 4}\n- {type: fine, amount: 1000}")
        let life = Decision(date: PartialDate(year: 2016)!, kind: "first-instance", sentence: unnamed,
                            sentenceTotal: Self.parts("- {type: life}"), position: .start)
        #expect(life.effectiveSentence.map(\.type) == ["life", "fine"])
    }

    @Test func thePageTheDataAndTheStatisticsKeepTheFineAndTheBan() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/people/aidos-total.md", "---\nname: Aidos Total\n---\n")
        try site.write("content/cases/total-2016.md", """
            ---
            title: A combined term
            status: sentenced
            charges: [kz-cc1997-164, kz-cc1997-170]
            updated: 2016-12-01
            people:
            \(Self.decision)events:
              - {date: 2016-05-17, type: detention, summary: Detained., sources: [s1]}
            sources:
              - {id: s1, title: Sentenced, url: "https://example.org/1"}
            ---

            """)
        let result = site.build()
        #expect(result.succeeded, "\(result.errors)")
        let page = try site.read("public/cases/total-2016/index.html")
        #expect(page.contains("<dt>Current sentence</dt><dd>\(Self.worded)</dd>"))
        let table = try #require(OutputReading.csvRows(try site.data("data/cases.csv")))
        let row = try #require(table.rows.first { $0["person_id"] == "aidos-total" })
        #expect(row["sentence"] == Self.worded)
        #expect(row["first_instance_sentence"] == Self.worded)
        #expect(row["sentence_types"] == "imprisonment; fine; activity-ban")
        #expect(row["sentence_terms"]?.hasPrefix("imprisonment years=5; fine amount=530250 currency=KZT; activity-ban years=3") == true)
        // The statistics count him under the fine and the ban, as under imprisonment.
        let archive = site.archive()
        let participant = try #require(archive.cases.first { $0.record.id == "total-2016" }).record.people[0]
        #expect(Statistics.sentenceKeys(participant, site: archive.site) == ["imprisonment", "fine", "activity-ban"])
        let statistics = try site.read("public/statistics/index.html")
        let figure = try #require(statistics.range(of: "id=\"figure-sentence\""))
        let rows = statistics[figure.upperBound...]
        let fineRow = try #require(rows.range(of: "<bdi>Fine</bdi>"))
        let persons = rows[fineRow.upperBound...].components(separatedBy: "<td>")[2].components(separatedBy: "</td>")[0]
        let fined = table.rows.filter { $0["role"] == "defendant" && ($0["sentence_types"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.contains("fine") }
        #expect(Int(persons) == Set(fined.compactMap { $0["person_id"] }).count)
        #expect(fined.contains { $0["person_id"] == "aidos-total" })
    }
}
