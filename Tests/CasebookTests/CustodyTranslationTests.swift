import Foundation
import Testing
@testable import CasebookKit

/// A custody period's place is the one text of it a translation gives
/// (`people: [- custody: [{place: …}]]`); every other key of a period is a fact.
@Suite struct CustodyTranslationTests {
    static let custody = "    role: defendant\n    custody:\n      - {from: 2020-09-01, to: 2020-10-01, kind: pretrial-detention, place: Pre-trial detention centre No. 1, sources: [rferl-2021-03-03]}\n      - {from: 2020-10-01, kind: house-arrest, place: Taraz, sources: [rferl-2021-03-03]}\n    sentence:"

    /// `custody`: the lines of the first person's `custody` in the Russian translation.
    static func site(custody places: String) throws -> SiteFixture {
        let site = try SiteFixture(.sample, withCustody: false)
        try site.replace("content/cases/qambarova-2021.md", "    role: defendant\n    sentence:", with: custody)
        let last = "      - note: политическую деятельность\n"
        try site.replace("content/cases/qambarova-2021.ru.md", last, with: last + "    custody:\n" + places)
        return site
    }

    @Test func theLedgerOfAnotherLanguageShowsTheTranslatedPlaceOrMarksTheDefault() throws {
        let site = try Self.site(custody: "      - place: СИЗО № 1\n      -\n")
        defer { site.remove() }
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, problems) = Builder.parse(loaded, displayName: "content")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let (archive, linkProblems) = Linker.link(content, includeDrafts: false)
        #expect(linkProblems.filter { $0.severity == .error }.isEmpty, "\(linkProblems)")
        let russian = archive.localized(to: "ru").custody.entries(of: "zhazira-qambarova").map(\.period)
        #expect(russian.map(\.place) == ["СИЗО № 1", "Taraz"])
        #expect(russian.map(\.placeShownIn) == [nil, "en"])
        let english = archive.custody.entries(of: "zhazira-qambarova").map(\.period)
        #expect(english.map(\.place) == ["Pre-trial detention centre No. 1", "Taraz"])
        #expect(english.map(\.placeShownIn) == [nil, nil])
    }

    /// A typo that leaves one period or event out of the default file is its one error: the
    /// translations, which list them all, were told they list too many.
    @Test func aTypoInTheDefaultFileIsNotBlamedOnItsTranslations() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.replace("content/cases/askarov-2010.md", "      - {from: 2010-09-15, to: 2016-07-12, kind: prison,",
                         with: "      - {from: 2010-09-15, to: 2016-07-12, kind: prisn,")
        try site.replace("content/cases/askarov-2010.md", "    type: charge\n", with: "    type: chrage\n")
        let errors = site.build().diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 2 && errors.allSatisfy { $0.hasPrefix("content/cases/askarov-2010.md:") }, "\(errors)")
    }

    @Test func aFactOfAPeriodInATranslationIsAnErrorAndSoIsAWrongCount() throws {
        let site = try Self.site(custody: "      - {place: СИЗО, from: 2020-09-02}\n      - place: Тараз\n      - place: Ещё\n")
        defer { site.remove() }
        let messages = site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("error: 'from' of a custody period is a fact and comes from content/cases/qambarova-2021.md; a translation gives only its 'place': remove it") }, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("error: the custody of person 1 in 'people' lists 3 entries but content/cases/qambarova-2021.md has 2 entries; give each period's place in the same order") }, "\(messages)")
    }
}
