import Testing
@testable import CasebookKit

/// A person's `organizations` entries with their links, and site.yml `affiliations`.
@Suite struct AffiliationParseTests {
    /// Parses a person file whose front matter holds `organizations` as written; returns the
    /// entries and the messages.
    static func person(_ organizations: String, site: SiteConfig = SiteConfig()) -> ([Affiliation], [String]) {
        let info = DocumentInfo(kind: .people, id: "p", path: "content/people/p.md")
        var reader = FieldReader(file: info.path)
        let text = "---\nname: P\norganizations:\(organizations)\n---\n"
        let document = ContentParser.parse(text: text, info: info, site: site, reader: &reader)
        let affiliations: [Affiliation] = if case .person(let person)? = document { person.organizations } else { [] }
        return (affiliations, reader.diagnostics.items.map(\.description))
    }

    static func site(_ yaml: String) -> (SiteConfig, [String]) {
        let (site, diagnostics, _) = SiteParser.parse("title: S\n" + yaml, path: "content/site.yml")
        return (site, diagnostics.items.map(\.description))
    }

    @Test func aBareIdIsAMemberLinkAndAMappingNamesItsLink() {
        let (entries, messages) = Self.person(" [koshe-party, {organization: dvk, link: alleged}, {organization: x, link: founder}]")
        #expect(messages.isEmpty)
        #expect(entries.map(\.organization.id) == ["koshe-party", "dvk", "x"])
        #expect(entries.map(\.link) == ["member", "alleged", "founder"])
        #expect(entries.map(\.isAlleged) == [false, true, false])
        // Positions point at the id, for the link stage's "unknown organization".
        #expect(entries[1].organization.position == SourcePosition(line: 3, column: 45))
        // The long form without a link is a member link, like a bare id.
        #expect(Self.person("\n  - organization: dvk\n").0 == [Affiliation(organization: Ref("dvk", at: SourcePosition(line: 4, column: 19)))])
    }

    @Test func eachMistakeInAnEntryIsReportedWhereItIsWritten() {
        #expect(Self.person("\n  - {organization: dvk, link: aleged}\n").1 == [
            "content/people/p.md:4:31: error: 'aleged' is not one of the site's affiliations; did you mean 'alleged'? "
                + "(allowed: member, leader, founder, supporter, alleged)",
        ])
        // A misspelled key is not reported missing as well.
        #expect(Self.person("\n  - {organisation: dvk, link: alleged}\n").1 == [
            "content/people/p.md:4:6: error: unknown key 'organisation' in an entry of 'organizations'; did you mean 'organization'?",
        ])
        #expect(Self.person("\n  - {link: alleged}\n").1 == [
            "content/people/p.md:4:5: error: missing required key 'organization' in an entry of 'organizations'",
        ])
        #expect(Self.person("\n  - [dvk]\n").1 == [
            "content/people/p.md:4:5: error: expected an organization id or {organization: koshe-party, link: alleged} in 'organizations', found a list",
        ])
        // The old mistake keeps its message.
        #expect(Self.person(" koshe-party, dvk").1 == [
            "content/people/p.md:3:16: error: write several ids for 'organizations' as a list in brackets: [koshe-party, dvk]",
        ])
    }

    @Test func oneOrganizationWithTwoLinksIsAnErrorAndARepeatIsKeptOnce() {
        let (twice, messages) = Self.person("\n  - dvk\n  - {organization: dvk, link: alleged}\n")
        #expect(messages == ["content/people/p.md:5:20: error: 'dvk' is already listed in 'organizations' with the link 'member' "
                             + "(line 4); keep one entry, with the link the sources support"])
        #expect(twice.map(\.link) == ["member"])
        let (repeated, none) = Self.person(" [dvk, dvk, {organization: dvk, link: member}]")
        #expect(none.isEmpty && repeated.count == 1)
    }

    @Test func theBuiltInLabelsComeInTheSitesLanguages() {
        let (english, _) = Self.site("")
        #expect(english.affiliations.keys == ["member", "leader", "founder", "supporter", "alleged"])
        #expect(english.affiliations.label("alleged") == "alleged by the prosecution" && !english.ownAffiliations)
        let (three, messages) = Self.site("languages: [en, ru, kk]\n")
        #expect(messages.isEmpty)
        #expect(three.localized(to: "ru").affiliations.label("alleged") == "по версии обвинения")
        #expect(three.localized(to: "kk").affiliations.label("alleged") == "айыптау тарапының айтуы бойынша")
        // A Russian site's default language gets the Russian words; a language without
        // built-in words falls back to the default language's.
        #expect(Self.site("language: ru-KZ\n").0.affiliations.label("alleged") == "по версии обвинения")
        #expect(Self.site("languages: [ru, de]\n").0.localized(to: "de").affiliations.label("leader") == "руководитель")
    }

    @Test func anOwnVocabularyReplacesTheBuiltInWithLabelsPerLanguage() {
        let (site, messages) = Self.site("""
            languages: [en, ru]
            affiliations:
              member: {en: member, ru: член}
              alleged: {en: named by the prosecutor, ru: со слов обвинения}
              sympathiser: {en: sympathiser}
            """)
        #expect(messages.isEmpty)
        #expect(site.ownAffiliations && site.affiliations.keys == ["member", "alleged", "sympathiser"])
        #expect(site.affiliations.label("alleged") == "named by the prosecutor")
        #expect(site.localized(to: "ru").affiliations.label("alleged") == "со слов обвинения")
        #expect(site.localized(to: "ru").affiliations.label("sympathiser") == "sympathiser")
        #expect(TranslationStatus.untranslatedLabels(site, "ru").contains("affiliations: sympathiser"))
        // The built-in vocabulary has its words: it is never listed as left to translate.
        #expect(!TranslationStatus.untranslatedLabels(Self.site("languages: [en, ru]\n").0, "ru").contains { $0.hasPrefix("affiliations") })
    }

    /// `member` (a bare id) and `alleged` have a meaning in the build: an own list keeps them.
    @Test func anOwnVocabularyMustKeepMemberAndAlleged() {
        let (site, messages) = Self.site("affiliations: {leader: Leader}\n")
        #expect(messages == [
            "content/site.yml:2:15: error: 'affiliations' must keep the key 'member', which the build relies on; change its label instead",
            "content/site.yml:2:15: error: 'affiliations' must keep the key 'alleged', which the build relies on; change its label instead",
        ])
        // Put back, so the people's files are not reported for them too.
        #expect(site.affiliations.keys == ["leader", "member", "alleged"])
        #expect(site.affiliations.label("alleged") == "alleged by the prosecution")
        let (_, person) = Self.person(" [{organization: dvk, link: alleged}]", site: site)
        #expect(person.isEmpty)
    }
}
