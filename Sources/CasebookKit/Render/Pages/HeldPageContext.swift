/// Makes the pages of the lists of people held now (`HeldPage`), with the filters by
/// recognition above each. The lists are made once per language, when the renderer is.
struct HeldPageContext {
    let archive: Archive
    let people: HeldPeople
    /// Every list with its people (`HeldFilter.lists`); empty when the archive records no custody.
    let lists: [(filter: HeldFilter, people: [String])]

    init(archive: Archive, items: Items) {
        self.archive = archive
        self.people = HeldPeople(archive: archive, items: items)
        self.lists = HeldFilter.lists(archive)
    }

    var words: Catalogue { people.items.words }

    /// The people of one list; a list the plan made before an edit and that is gone now is empty.
    func ids(_ filter: HeldFilter) -> [String] {
        lists.first { $0.filter == filter }?.people ?? []
    }

    /// The page's title and heading: "Held now: 12 people as of 1 January 2024".
    func heading(_ filter: HeldFilter) -> String {
        let count = ids(filter).count
        let shown = words.number.grouped(DecimalNumber(String(count))!)
        switch filter {
        case .all:
            return words.plural("held.heading", digits: String(count), shown: shown, ["date": people.asOfText])
        case .recognised:
            return words.plural("held.heading_recognised", digits: String(count), shown: shown, ["date": people.asOfText])
        case .recognisedBy(let index):
            return words.plural("held.heading_recognised_by", digits: String(count), shown: shown,
                                ["organization": archive.organizations[index].record.name, "date": people.asOfText])
        }
    }

    /// Page `page` (from 1) of a list.
    func page(_ filter: HeldFilter, page: Int) -> HeldPage {
        let ids = ids(filter)
        let pagination = Pagination(size: archive.site.pageSize)
        let shown = pagination.slice(ids, page: page).compactMap { people.person($0) }
        let (filters, organizations) = links(current: filter)
        return HeldPage(
            heading: heading(filter), asOf: people.asOf, count: ids.count,
            introText: words.text("held.intro", ["date": people.asOfText]),
            noneText: ids.isEmpty ? words.text("held.none", ["date": people.asOfText]) : nil,
            filters: filters, organizations: organizations, people: shown,
            aboutNote: shown.contains(where: \.approximate),
            pager: Pagination.pager(first: filter.path(in: archive), page: page, count: pagination.pageCount(ids.count), words: words))
    }

    /// The filters above the list, the current one marked; none when no one held now is recognised.
    func links(current: HeldFilter) -> (filters: [HeldFilterLink], organizations: [HeldFilterLink]) {
        guard lists.count > 1 else { return ([], []) }
        var filters: [HeldFilterLink] = []
        var organizations: [(index: Int, link: HeldFilterLink)] = []
        for (filter, ids) in lists {
            let href = filter.path(in: archive)
            switch filter {
            case .all:
                filters.append(HeldFilterLink(label: words.text("held.filter_all"), href: href, count: ids.count, current: filter == current,
                                              countWords: words.number))
            case .recognised:
                filters.append(HeldFilterLink(label: words.text("held.filter_recognised"), href: href, count: ids.count, current: filter == current,
                                              countWords: words.number))
            case .recognisedBy(let index):
                organizations.append((index, HeldFilterLink(label: archive.organizations[index].record.name, href: href,
                                                            count: ids.count, current: filter == current,
                                                            lang: archive.organizations[index].untranslated?.titleLang, countWords: words.number)))
            }
        }
        // The archive's organizations are sorted by their names in the page's language.
        return (filters, organizations.sorted { $0.index < $1.index }.map(\.link))
    }
}
