/// Contexts of the home page, the index pages and the facet pages.
struct ListPageContext {
    let archive: Archive
    let items: Items

    /// Prosecutions and persons are counted apart: one case may have several defendants.
    var counts: [String: any Sendable] {
        ["cases": archive.cases.count, "persons": archive.prosecutedPersonCount,
         "people": archive.people.count, "organizations": archive.organizations.count,
         "cases_word": items.words.count("units.prosecution_word", archive.cases.count),
         "persons_word": items.words.count("units.person_prosecuted_word", archive.prosecutedPersonCount)]
    }

    func home() -> [String: any Sendable] {
        let latest = archive.cases.sorted { a, b in
            a.updated != b.updated ? (a.updated ?? PartialDate(year: 1)!) > (b.updated ?? PartialDate(year: 1)!) : a.record.id < b.record.id
        }.prefix(10)
        return [
            "counts": counts,
            "latest": latest.compactMap { linked -> [String: any Sendable]? in
                guard var item = items.caseItem(linked.record.id) else { return nil }
                item["updated"] = linked.updated.map(items.words.dateContext)
                return item
            },
            "facets": archive.facets.filter { !$0.values.isEmpty && $0.name != "tags" }.map { facetSummary($0, limit: 8) },
        ]
    }

    var pagination: Pagination { Pagination(size: archive.site.pageSize) }

    /// One page of the cases index; `page` counts from 1.
    func cases(page: Int) -> [String: any Sendable] {
        var context: [String: any Sendable] = [
            "counts": counts,
            "cases": pagination.slice(archive.cases, page: page).compactMap { items.caseItem($0.record.id) },
        ]
        context["pager"] = Pagination.pager(first: SitePaths.index(.cases), page: page,
                                            count: pagination.pageCount(archive.cases.count), words: items.words)
        return context
    }

    /// One page of the people index.
    func people(page: Int) -> [String: any Sendable] {
        var context: [String: any Sendable] = ["counts": counts]
        context["pager"] = Pagination.pager(first: SitePaths.index(.people), page: page,
                                            count: pagination.pageCount(archive.people.count), words: items.words)
        context["people"] = pagination.slice(archive.people, page: page).map { linked -> [String: any Sendable] in
            var item = items.personLinks[linked.record.id] ?? [:]
            item["aliases"] = linked.record.aliases.map(BidiText.isolated).joined(separator: ", ").nonEmpty
            item["region"] = linked.record.region
            item["cases_text"] = items.words.count("units.case", Set(linked.cases.map(\.caseID)).count)
            return item
        }
        return context
    }

    func organizations() -> [String: any Sendable] {
        let site = archive.site
        var groups: [[String: any Sendable]] = []
        let kinds = site.organizationKinds.keys.map { Optional($0) } + [nil]
        for kind in kinds {
            let members = archive.organizations.filter { $0.record.kind == kind }
            guard !members.isEmpty else { continue }
            groups.append(["label": kind.map { site.organizationKinds.label($0) } ?? items.words.text("organizations.other"), "key": kind ?? "other",
                           "organizations": members.map { linked -> [String: any Sendable] in
                               var item = items.organizationLinks[linked.record.id] ?? [:]
                               item["cases_text"] = items.words.count("units.case", Set(linked.caseIDs + linked.courtCaseIDs).count)
                               return item
                           }])
        }
        return ["groups": groups, "count": archive.organizations.count]
    }

    func facetIndex(_ facet: Facet) -> [String: any Sendable] {
        ["facet": facetSummary(facet, limit: nil)]
    }

    /// One page of the cases with one value of a facet.
    func facetValue(_ facet: Facet, _ value: Facet.Value, page: Int) -> [String: any Sendable] {
        var context: [String: any Sendable] = [
            "facet": ["title": items.words.text("facets.\(facet.name)"), "href": SitePaths.facetIndex(facet.name)] as [String: any Sendable],
            "label": value.label, "count_text": items.words.count("units.case", value.caseIDs.count),
            "cases": items.cases(Array(pagination.slice(value.caseIDs, page: page))),
        ]
        context["detail"] = value.detail
        context["pager"] = Pagination.pager(first: SitePaths.facet(facet.name, value.key), page: page,
                                            count: pagination.pageCount(value.caseIDs.count), words: items.words)
        return context
    }

    func facetSummary(_ facet: Facet, limit: Int?) -> [String: any Sendable] {
        let values = facet.values.prefix(limit ?? facet.values.count).map { value -> [String: any Sendable] in
            var item: [String: any Sendable] = ["label": value.label, "href": SitePaths.facet(facet.name, value.key),
                                                "count": value.caseIDs.count]
            item["detail"] = value.detail
            return item
        }
        var summary: [String: any Sendable] = ["title": items.words.text("facets.\(facet.name)"), "name": facet.name, "href": SitePaths.facetIndex(facet.name), "values": Array(values)]
        if let limit, facet.values.count > limit { summary["more"] = facet.values.count - limit }
        return summary
    }
}

extension Facet.Value {
    /// The value as a page title: a charge with its law, as the case page shows it, since
    /// two laws may each have a "Mass riots": "Mass riots (Criminal Code of Kazakhstan, Article 272)".
    var title: String { detail.map { "\(label) (\($0))" } ?? label }
}
