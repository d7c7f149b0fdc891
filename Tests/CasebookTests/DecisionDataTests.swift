import Foundation
import Testing
@testable import CasebookKit

/// The statistics and the open data count the sentence in force (`DecisionsFixture`), say
/// so, give the first instance's in columns of their own, and count a person sentenced in
/// absentia in a row of their own, never as imprisoned.
@Suite struct DecisionDataTests {
    /// The persons cell of a row of the sentence table, by its label.
    static func sentenceRow(_ statistics: String, _ label: String) throws -> Int? {
        let figure = try #require(statistics.range(of: "id=\"figure-sentence\""))
        let table = statistics[figure.upperBound...]
        let end = try #require(table.range(of: "</section>")).lowerBound
        for row in table[..<end].components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
        where row.contains("<bdi>\(label)</bdi>") {
            return Int(row.components(separatedBy: "<td>")[2].components(separatedBy: "</td>")[0])
        }
        return nil
    }

    @Test func statisticsCountTheSentenceInForce() throws {
        let site = try DecisionPagesTests.built()
        defer { site.remove() }
        let page = try site.read("public/statistics/index.html")
        // Qambarova: 4 years (imprisonment); Lepesova and the sample's Ablyazov in absentia;
        // Lesova acquitted: none.
        #expect(try Self.sentenceRow(page, "Imprisonment") == 1)
        #expect(try Self.sentenceRow(page, "Sentenced in absentia") == 2)
        #expect(try Self.sentenceRow(page, "Freedom limitation").map { $0 } != 3, "first-instance sentences are not counted")
        #expect(page.contains("<p class=\"figure-footnote\">Sentences as in force after the latest decision"))
    }

    @Test func casesCSVGivesCurrentAndFirstInstance() throws {
        let site = try DecisionPagesTests.built()
        defer { site.remove() }
        let csv = try site.read("public/data/cases.csv")
        let header = csv.components(separatedBy: "\r\n")[0].components(separatedBy: ",")
        let sentence = try #require(header.firstIndex(of: "sentence"))
        #expect(Array(header[sentence..<sentence + 5])
                == ["sentence", "sentence_types", "first_instance_sentence", "first_instance_sentence_types", "in_absentia"])
        let qambarova = try #require(csv.components(separatedBy: "\r\n").first { $0.contains(",zhazira-qambarova,") })
        #expect(qambarova.contains(",4 years of imprisonment,imprisonment,6 years of imprisonment,imprisonment,false,"))
        let lepesova = try #require(csv.components(separatedBy: "\r\n").first { $0.contains(",nazira-lepesova,") })
        #expect(lepesova.contains(",7 years of imprisonment,imprisonment,7 years of imprisonment,imprisonment,true,"))
        let lesova = try #require(csv.components(separatedBy: "\r\n").first { $0.contains(",nazira-lesova,") })
        #expect(lesova.contains(",,,2 years of freedom limitation,freedom-limitation,false,"))
    }

    @Test func casesJSONGivesDecisions() throws {
        let site = try DecisionPagesTests.built()
        defer { site.remove() }
        let data = try Data(contentsOf: site.root.appendingPathComponent("public/data/cases.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        let record = try #require(cases.first { $0["id"] as? String == "qambarova-2021" })
        let person = try #require((record["people"] as? [[String: Any]])?.first { $0["id"] as? String == "zhazira-qambarova" })
        #expect(person["sentence_text"] as? String == "4 years of imprisonment")
        #expect((person["current_sentence"] as? [[String: Any]])?.first?["years"] as? Int == 4)
        #expect((person["first_instance_sentence"] as? [[String: Any]])?.first?["years"] as? Int == 6)
        #expect(person["in_absentia"] as? Bool == false)
        let decisions = try #require(person["decisions"] as? [[String: Any]])
        #expect(decisions.map { $0["kind"] as? String } == ["first-instance", "appeal", "parole"])
        #expect(decisions.map { $0["outcome_label"] as? String } == ["convicted", "changed", "released"])
        #expect(decisions[0]["charges"] as? [String] == ["kz-cc-405", "kz-cc-174"])
        #expect(decisions[2]["charges"] is NSNull)
        let parts = try #require(decisions[0]["sentence"] as? [[String: Any]])
        #expect(parts.map { $0["charge"] as? String } == ["kz-cc-405", "kz-cc-174"])
        #expect((decisions[0]["sentence_total"] as? [[String: Any]])?.first?["years"] as? Int == 6)
        #expect(decisions[1]["certainty"] as? String == "reported" && decisions[1]["note"] as? String == "The appeal court dropped the second charge.")
        #expect((decisions[0]["court"] as? [String: Any])?["id"] as? String == "taraz-court-2")
        #expect(decisions[1]["sources"] as? [String] == ["rferl-2021-03-04"])
        // The data page lists the new keys and columns.
        let dataPage = try site.read("public/data/index.html")
        #expect(dataPage.contains("people.decisions") && dataPage.contains("first_instance_sentence_types"))
    }

    /// On a site whose language is not English the open data words a sentence as its case
    /// pages do (it was the built-in English: "4 years of imprisonment" on a Russian site).
    @Test func theDataWordsSentencesInTheSitesLanguage() throws {
        let site = try DecisionsFixture.make()
        defer { site.remove() }
        try site.replace("content/site.yml", "language: en", with: "language: ru")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.filter { $0.severity == .error }.map(\.description))")
        let csv = try site.read("public/data/cases.csv")
        let qambarova = try #require(csv.components(separatedBy: "\r\n").first { $0.contains(",zhazira-qambarova,") })
        #expect(qambarova.contains(",imprisonment сроком на 4 года,imprisonment,imprisonment сроком на 6 лет,imprisonment,false,"))
        let data = try Data(contentsOf: site.root.appendingPathComponent("public/data/cases.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let record = try #require((json["cases"] as? [[String: Any]])?.first { $0["id"] as? String == "qambarova-2021" })
        let person = try #require((record["people"] as? [[String: Any]])?.first { $0["id"] as? String == "zhazira-qambarova" })
        #expect(person["sentence_text"] as? String == "imprisonment сроком на 4 года")
        // The same words as the case page's sentence in force.
        #expect(try site.read("public/cases/qambarova-2021/index.html").contains("imprisonment сроком на 4 года"))
    }

    @Test func filtersUseTheSentenceInForce() throws {
        let site = try DecisionPagesTests.built()
        defer { site.remove() }
        let archive = DecisionsFixture.archive(site)
        let record = try #require(archive.caseRecord("lesova-lepesova-2021")).record
        // Lesova acquitted (none), Lepesova 7 years in absentia: freedom limitation is gone, and
        // the sentence counts as the statistics count it, under "Sentenced in absentia".
        #expect(FilterData.sentenceTypes(record, site: archive.site) == [FilterData.inAbsentia])
    }

    @Test func leakCheckReadsDecisionNotes() throws {
        let site = try DecisionsFixture.make()
        defer { site.remove() }
        let archive = DecisionsFixture.archive(site)
        let record = try #require(archive.caseRecord("qambarova-2021")).record
        #expect(LeakCheck.texts(of: record).contains("The appeal court dropped the second charge."))
    }
}
