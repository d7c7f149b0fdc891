import Foundation
import Testing
@testable import CasebookKit

/// A label of a site.yml vocabulary or charge that is empty or null (`~`) is an error in any
/// language: `alleged: ""` read "Koshe Party ," (an allegation shown as membership) and
/// `alleged: ~` printed "~". The one-language mistakes are the fixture `site-label-empty`.
@Suite struct VocabularyLabelTests {
    static func parse(_ yaml: String) -> (SiteConfig, [String]) {
        let (site, diagnostics, _) = SiteParser.parse("title: S\nlanguages: [en, ru]\n" + yaml, path: "content/site.yml")
        return (site, diagnostics.items.map(\.description))
    }

    @Test func anEmptyOrNullLabelInAnotherLanguageIsAnError() {
        let (site, problems) = Self.parse("affiliations: {member: {en: member, ru: член}, leader: leader, alleged: {en: alleged by the prosecution, ru: ~}}\n")
        #expect(problems == ["content/site.yml:3:110: error: 'alleged' in 'affiliations' has no label (YAML reads '~', 'null' and nothing after the colon as no value) "
                             + "in 'ru', so pages in that language would show nothing where it belongs; write its words, or leave 'ru' out to show the en label"])
        #expect(site.affiliations.translated["ru"]?["alleged"] == nil && site.affiliations.label("alleged") == "alleged by the prosecution")
        let (_, blank) = Self.parse("statuses: {trial: {en: On trial, ru: \" \"}, acquitted: Acquitted}\n")
        #expect(blank.count == 1 && blank[0].hasPrefix("content/site.yml:3:38: error: 'trial' in 'statuses' has an empty label in 'ru'"), "\(blank)")
    }

    /// The default language's label given empty in the per-language form: one message, not also "no text in the default language".
    @Test func anEmptyDefaultLabelIsOneMessage() {
        let (site, problems) = Self.parse("roles: {defendant: {en: \"\", ru: Обвиняемый}, witness: Witness}\n")
        #expect(problems == ["content/site.yml:3:25: error: 'defendant' in 'roles' has an empty label, so pages would show nothing where it belongs; "
                             + "write the words they show for it, like 'defendant: Defendant'"])
        #expect(site.roles.contains("defendant"), "the key is kept, so files using it are not reported too")
    }

    @Test func aChargeWithoutALabelIsStillACharge() {
        let (site, problems) = Self.parse("charges:\n  kz-cc-405: {en: ~, ru: Экстремизм}\n  kz-cc-174: {label: \"\", law: Article 174}\n")
        #expect(problems.count == 2 && problems.allSatisfy { $0.contains("in 'charges' has ") }, "\(problems)")
        #expect(site.charges.map(\.key) == ["kz-cc-405", "kz-cc-174"])
    }

    /// A place's spelling given as `~` is left out (the default spelling shows), never printed as "~".
    @Test func aNullPlaceSpellingIsNotPrinted() {
        let (site, problems) = Self.parse("places:\n  Taraz: {ru: ~}\n")
        #expect(problems.isEmpty)
        #expect(site.places.spellings["Taraz"] == [:])
    }

    /// The tester's archive: the person page read "Koshe Party ," and "Koshe Party, ~"; now the build stops.
    @Test func theBuildStopsBeforeAnAllegationLosesItsWords() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let original = try site.read("content/site.yml")
        for label in ["\"\"", "~"] {
            try site.write("content/site.yml", original + "affiliations: {member: member, leader: leader, alleged: \(label)}\n")
            let result = site.build()
            #expect(result.exitStatus == 1)
            #expect(result.diagnostics.contains { $0.file == "content/site.yml" && $0.message.hasPrefix("'alleged' in 'affiliations' has ") }, "\(label)")
        }
    }

    /// `status: освобожден`, the Russian label as a volunteer types it, said only which keys
    /// exist; the key it labels is named (the English label's case: fixture `status-written-as-label`).
    @Test func aLabelInAnyLanguageNamesItsKey() {
        let (site, problems) = Self.parse("statuses: {released: {en: Released, ru: Освобождён}, closed: {en: Closed, ru: Дело прекращено}}\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(site.statuses.key(labelled: "освобожден") == "released")
        #expect(site.statuses.key(labelled: " ДЕЛО ПРЕКРАЩЕНО") == "closed")
        #expect(site.statuses.key(labelled: "Освобожденный") == nil)
    }
}
