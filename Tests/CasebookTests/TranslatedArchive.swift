@testable import CasebookKit

/// A linked archive of several languages made by hand, for the open data and search tests:
/// the link stage that reads translation files is another branch's work, so these tests
/// set `site.languages` and `archive.translations` themselves.
enum TranslatedArchive {
    /// `archive` as a site of `languages` (the first the default), with `translations`.
    static func make(_ archive: Archive, languages: [String], _ translations: [Translation],
                     site edit: (inout SiteConfig) -> Void = { _ in }) -> Archive {
        var site = archive.site
        site.languages = languages
        edit(&site)
        var all = Translations()
        for translation in translations {
            all.byLanguage[translation.language, default: [:]][translation.info.kind, default: [:]][translation.id] =
                LinkedTranslation(translation: translation, bodyHTML: "")
        }
        var made = Archive(site: site, cases: archive.cases, people: archive.people, organizations: archive.organizations,
                           pages: archive.pages, caseIndex: archive.caseIndex, personIndex: archive.personIndex,
                           organizationIndex: archive.organizationIndex, timeline: archive.timeline, facets: archive.facets,
                           media: archive.media, prosecutedPersonCount: archive.prosecutedPersonCount, translations: all)
        made.custody = archive.custody
        made.documentSizes = archive.documentSizes
        made.withheldMedia = archive.withheldMedia
        return made
    }

    /// A translation of `kind`/`id` into `language` carrying the texts given.
    static func text(_ kind: ContentKind, _ id: String, _ language: String, title: String? = nil, summary: String? = nil,
                     name: String? = nil, shortName: String? = nil, aliases: [String]? = nil,
                     events: [String?] = [], sources: [String?] = [], corrections: [String?] = []) -> Translation {
        Translation(info: DocumentInfo(kind: kind, id: id, path: "content/\(kind.rawValue)/\(id).\(language).md", language: language),
                    title: title, summary: summary, name: name, shortName: shortName, aliases: aliases,
                    eventSummaries: events, sourceTitles: sources, correctionNotes: corrections,
                    body: MarkdownBody(text: "", firstLine: 1), updated: nil)
    }

    /// The archive as the pages of `language` show it: names, aliases and titles from its
    /// translations where given (what the lead's localized copy does for search).
    static func localized(_ archive: Archive, to language: String) -> Archive {
        func translation(_ kind: ContentKind, _ id: String) -> Translation? {
            archive.translations.translation(kind, id, in: language)?.translation
        }
        let people = archive.people.map { linked -> LinkedPerson in
            let p = linked.record, t = translation(.people, p.id)
            let record = Person(info: p.info, name: t?.name ?? p.name, aliases: t?.aliases ?? p.aliases, born: p.born,
                                region: p.region, organizations: p.organizations, photo: p.photo, events: p.events,
                                sources: p.sources, body: p.body)
            return LinkedPerson(record: record, bodyHTML: linked.bodyHTML, cases: linked.cases,
                                organizationIDs: linked.organizationIDs, ledOrganizationIDs: linked.ledOrganizationIDs)
        }
        let organizations = archive.organizations.map { linked -> LinkedOrganization in
            let o = linked.record, t = translation(.organizations, o.id)
            let record = Organization(info: o.info, name: t?.name ?? o.name, shortName: t?.shortName ?? o.shortName,
                                      aliases: t?.aliases ?? o.aliases, kind: o.kind, leaders: o.leaders, bans: o.bans,
                                      events: o.events, sources: o.sources, body: o.body, formerNames: o.formerNames,
                                      successorOf: o.successorOf)
            return LinkedOrganization(record: record, bodyHTML: linked.bodyHTML, leaderIDs: linked.leaderIDs,
                                      memberIDs: linked.memberIDs, allegedIDs: linked.allegedIDs, caseIDs: linked.caseIDs, courtCaseIDs: linked.courtCaseIDs)
        }
        let cases = archive.cases.map { linked -> LinkedCase in
            let c = linked.record, t = translation(.cases, c.id)
            let record = CaseRecord(info: c.info, title: t?.title ?? c.title, summary: t?.summary ?? c.summary, status: c.status,
                                    statusAsOf: c.statusAsOf, people: c.people, organizations: c.organizations, charges: c.charges,
                                    court: c.court, region: c.region, city: c.city, tags: c.tags, relatedCases: c.relatedCases,
                                    events: c.events, sources: c.sources, corrections: c.corrections, updated: c.updated,
                                    draft: c.draft, body: c.body, position: c.position)
            return LinkedCase(record: record, bodyHTML: linked.bodyHTML, latestDate: linked.latestDate, updated: linked.updated,
                              relatedCaseIDs: linked.relatedCaseIDs, allCharges: linked.allCharges)
        }
        return Archive(site: archive.site.localized(to: language), cases: cases, people: people, organizations: organizations,
                       pages: archive.pages, caseIndex: archive.caseIndex, personIndex: archive.personIndex,
                       organizationIndex: archive.organizationIndex, timeline: archive.timeline, facets: archive.facets,
                       media: archive.media, prosecutedPersonCount: archive.prosecutedPersonCount,
                       translations: archive.translations)
    }
}
