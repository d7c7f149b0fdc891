/// Makes the values of the home page, the index pages and the facet pages.
struct ListPageContext {
    let archive: Archive
    let items: Items

    /// Prosecutions and persons are counted apart: one case may have several defendants.
    var counts: Counts {
        Counts.make(cases: archive.cases.count, persons: archive.prosecutedPersonCount,
                    people: archive.people.count, organizations: archive.organizations.count, words: items.words)
    }

    func home() -> HomePage {
        let latest = archive.cases.sorted { a, b in
            a.updated != b.updated ? (a.updated ?? PartialDate(year: 1)!) > (b.updated ?? PartialDate(year: 1)!) : a.record.id < b.record.id
        }.prefix(10)
        return HomePage(
            counts: HeldCount.adding(to: counts, archive: archive, words: items.words),
            latest: latest.compactMap { linked in
                items.caseItem(linked.record.id).map { LatestCaseItem(item: $0, updated: linked.updated.map(items.words.templateDate)) }
            },
            facets: archive.facets.filter { !$0.values.isEmpty && $0.name != "tags" }.map { facetSummary($0, limit: 8) })
    }

    var pagination: Pagination { Pagination(size: archive.site.pageSize) }

    /// One page of the cases index; `page` counts from 1.
    func cases(page: Int) -> CasesPage {
        CasesPage(counts: counts,
                  cases: pagination.slice(archive.cases, page: page).compactMap { items.caseItem($0.record.id) },
                  pager: Pagination.pager(first: SitePaths.index(.cases), page: page,
                                          count: pagination.pageCount(archive.cases.count), words: items.words))
    }

    /// One page of the people index.
    func people(page: Int) -> PeoplePage {
        PeoplePage(
            counts: counts,
            people: pagination.slice(archive.people, page: page).map { linked in
                PeopleEntry(link: items.personLinks[linked.record.id] ?? Items.personLink(linked.record, nameLang: linked.untranslated?.titleLang),
                            aliases: linked.record.aliases.map(BidiText.isolated).joined(separator: ", ").nonEmpty,
                            region: linked.record.region.map(archive.site.place),
                            regionLang: linked.record.region.flatMap(archive.site.placeLang),
                            casesText: items.words.count("units.case", Set(linked.cases.map(\.caseID)).count))
            },
            pager: Pagination.pager(first: SitePaths.index(.people), page: page,
                                    count: pagination.pageCount(archive.people.count), words: items.words),
            introText: items.words.text("people.intro", ["people": items.words.count("units.people", archive.people.count),
                                                         "persons": items.words.count("units.person_prosecuted", archive.namedProsecutedPersonCount)]))
    }

    func organizations() -> OrganizationsPage {
        let site = archive.site
        var groups: [OrganizationGroup] = []
        let kinds = site.organizationKinds.keys.map { Optional($0) } + [nil]
        for kind in kinds {
            let members = archive.organizations.filter { $0.record.kind == kind }
            guard !members.isEmpty else { continue }
            groups.append(OrganizationGroup(
                label: kind.map { site.organizationKinds.label($0) } ?? items.words.text("organizations.other"), key: kind ?? "other",
                organizations: members.compactMap { linked in
                    items.organizationLinks[linked.record.id].map {
                        OrganizationEntry(link: $0, casesText: items.words.count("units.case", Set(linked.caseIDs + linked.courtCaseIDs).count))
                    }
                }, lang: kind.flatMap { site.organizationKinds.shownIn[$0] }))
        }
        return OrganizationsPage(groups: groups, count: archive.organizations.count,
                                 introText: items.words.count("organizations.intro", archive.organizations.count))
    }

    func facetIndex(_ facet: Facet) -> FacetsPage {
        FacetsPage(facet: facetSummary(facet, limit: nil))
    }

    /// One page of the cases with one value of a facet.
    func facetValue(_ facet: Facet, _ value: Facet.Value, page: Int) -> FacetPage {
        FacetPage(
            facet: TitledLink(title: items.words.text("facets.\(facet.name)"), href: SitePaths.facetIndex(facet.name)),
            label: value.label, detail: value.detail, lang: value.lang, detailLang: value.detailLang,
            countText: items.words.count("units.case", value.caseIDs.count),
            cases: items.cases(Array(pagination.slice(value.caseIDs, page: page))),
            pager: Pagination.pager(first: SitePaths.facet(facet.name, value.key), page: page,
                                    count: pagination.pageCount(value.caseIDs.count), words: items.words))
    }

    func facetSummary(_ facet: Facet, limit: Int?) -> FacetSummary {
        let values = facet.values.prefix(limit ?? facet.values.count).map { value in
            FacetValueSummary(label: value.label, href: SitePaths.facet(facet.name, value.key),
                              count: value.caseIDs.count, countText: items.words.number.whole(value.caseIDs.count),
                              detail: value.detail, lang: value.lang, detailLang: value.detailLang)
        }
        let more = limit.flatMap { facet.values.count > $0 ? facet.values.count - $0 : nil }
        return FacetSummary(title: items.words.text("facets.\(facet.name)"), name: facet.name, href: SitePaths.facetIndex(facet.name),
                            values: Array(values), more: more, moreText: more.map { items.words.count("home.more_count", $0) })
    }
}

extension Facet.Value {
    /// The value as a page title: a charge with its law, as the case page shows it, since
    /// two laws may each have a "Mass riots": "Mass riots (Criminal Code of Kazakhstan, Article 272)".
    var title: String { detail.map { "\(label) (\($0))" } ?? label }

    /// The title's language when all of it is shown in the default language for want of a
    /// translation (a status, or a charge and its law, site.yml gives no text in the page's),
    /// for the head's `lang`; nil when any part is in the page's language.
    var titleLang: String? { detail == nil || detailLang == lang ? lang : nil }
}
