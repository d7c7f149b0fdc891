import Foundation
import Testing
@testable import CasebookKit

/// The sample's custody facts, as its sources give them (see the Atyrau case's text for what
/// they disagree on): Max Bokayev and Talgat Ayan were held from 17 May 2016 until their
/// releases; the Taraz defendants were sentenced to freedom limitation, which is not
/// custody, and their sources give no period, so they have none; Azimjan Askarov was held
/// from June 2010 until he died in custody on 25 July 2020, and Vladimir Kozlov from
/// 23 January 2012 until his release on parole; Mukhtar Ablyazov, sentenced in absentia,
/// never. Nobody is held on the sample's day, which stays the latest `updated` of its cases.
@Suite struct SampleCustodyTests {
    static let held = ["max-bokayev", "talgat-ayan"]
    static let heldElsewhere = ["azimjan-askarov", "vladimir-kozlov"]

    @Test func theLedgerCountsWhatTheSourcesSay() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let archive = site.archive()
        let ledger = archive.custody
        #expect(ledger.recordsCustody)
        #expect(ledger.asOf?.date.description == "2021-03-05" && ledger.asOf?.source == .latestUpdate)
        #expect(ledger.heldNow.isEmpty)
        #expect(ledger.everHeld == Set(Self.held + Self.heldElsewhere))
        // 17 May 2016 to 4 February 2021 and to 28 April 2018; 15 June 2010 to 25 July 2020;
        // 23 January 2012 to 19 August 2016; both ends counted.
        #expect(ledger.daysHeld == ["max-bokayev": 1725, "talgat-ayan": 712, "azimjan-askarov": 3694, "vladimir-kozlov": 1671])
        #expect(ledger.approximate.isEmpty)
        for person in ["nazira-lesova", "nazira-lepesova", "zhazira-qambarova", "mukhtar-ablyazov"] {
            #expect(ledger.entries(of: person).isEmpty, "\(person) has a custody period")
        }
        // Pre-trial detention until the verdict, then prison, each citing the case's sources.
        for person in Self.held {
            let periods = ledger.entries(of: person).map(\.period)
            #expect(periods.map(\.kind) == ["pretrial-detention", "prison"], "\(person)")
            #expect(periods.map { $0.from.description } == ["2016-05-17", "2016-11-28"], "\(person)")
            #expect(periods.allSatisfy { !$0.sources.isEmpty }, "\(person)")
        }
        // Askarov was held awaiting his new trial between the Supreme Court's ruling of
        // 12 July 2016, which cancelled the sentence, and the retrial's verdict.
        let askarov = ledger.entries(of: "azimjan-askarov").map(\.period)
        #expect(askarov.map(\.kind) == ["pretrial-detention", "prison", "pretrial-detention", "prison"])
        #expect(askarov.map { $0.from.description } == ["2010-06-15", "2010-09-15", "2016-07-12", "2017-01-24"])
        #expect(askarov.last?.to?.description == "2020-07-25")
        let kozlov = ledger.entries(of: "vladimir-kozlov").map(\.period)
        #expect(kozlov.map(\.kind) == ["pretrial-detention", "prison"])
        #expect(kozlov.map { $0.from.description } == ["2012-01-23", "2012-10-08"])
    }

    @Test func everyLanguageGivesThePlaceAndAmnestyInternationalRecognisesBoth() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let archive = site.archive()
        for language in ["ru", "kk"] {
            let periods = archive.localized(to: language).custody.entries(of: "max-bokayev").map(\.period)
            #expect(periods.map(\.place) == ["Атырау", nil], "\(language)")
            #expect(periods.allSatisfy { $0.placeShownIn == nil }, "\(language)")
        }
        for id in Self.held {
            let person = try #require(archive.person(id))
            #expect(person.record.recognitions.map(\.by.id) == ["amnesty-international"], "\(id)")
            #expect(person.record.recognitions.allSatisfy { $0.date == nil && $0.sources.count == 2 }, "\(id)")
        }
    }

    /// The sample checks clean: no new warning with its custody.
    @Test func theSampleChecksWithoutProblems() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }
}
