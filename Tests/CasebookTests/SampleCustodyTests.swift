import Foundation
import Testing
@testable import CasebookKit

/// The sample's custody facts, as its sources give them (see the Atyrau case's text for what
/// they disagree on): Max Bokayev and Talgat Ayan were held from 17 May 2016 until their
/// releases; the Taraz defendants were sentenced to freedom limitation, which is not
/// custody, and their sources give no period, so they have none. Nobody is held on the
/// sample's day, which stays the latest `updated` of its cases.
@Suite struct SampleCustodyTests {
    static let held = ["max-bokayev", "talgat-ayan"]

    @Test func theLedgerCountsWhatTheSourcesSay() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let archive = site.archive()
        let ledger = archive.custody
        #expect(ledger.recordsCustody)
        #expect(ledger.asOf?.date.description == "2021-03-05" && ledger.asOf?.source == .latestUpdate)
        #expect(ledger.heldNow.isEmpty)
        #expect(ledger.everHeld == Set(Self.held))
        // 17 May 2016 to 4 February 2021 and to 28 April 2018, both ends counted.
        #expect(ledger.daysHeld == ["max-bokayev": 1725, "talgat-ayan": 712])
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
