/// `former_ids` in the open data: the ids a case, person or organization had before its
/// file was renamed, so that a reader holding an old id finds the record. Each file has the
/// column (cases.json the key) only when one of its records gives some, after the other
/// columns, so an archive without renames publishes the same files as before and tools that
/// read columns by position keep working.
enum FormerIDColumns {
    static let name = "former_ids"

    static let jsonField = (name: name, description: "ids the case had before it was renamed (a list); their old addresses lead to its page")

    /// The member of a case in cases.json, after `id`; nil when it has none.
    static func json(_ record: CaseRecord) -> (String, JSON)? {
        record.formerIDs.isEmpty ? nil : (name, .texts(record.formerIDs.map(\.id)))
    }

    static func cases(_ archive: Archive) -> [CSVColumn<CaseTable.Row>] {
        guard archive.cases.contains(where: { !$0.record.formerIDs.isEmpty }) else { return [] }
        return [CSVColumn(name, "ids the case had before it was renamed; their old addresses lead to its page") {
            CSVTable.list($0.linked.record.formerIDs.map(\.id)) }]
    }

    static func people(_ archive: Archive) -> [CSVColumn<LinkedPerson>] {
        guard archive.people.contains(where: { !$0.record.formerIDs.isEmpty }) else { return [] }
        return [CSVColumn(name, "ids the person had before their file was renamed; their old addresses lead to the person's page") {
            CSVTable.list($0.record.formerIDs.map(\.id)) }]
    }

    static func organizations(_ archive: Archive) -> [CSVColumn<LinkedOrganization>] {
        guard archive.organizations.contains(where: { !$0.record.formerIDs.isEmpty }) else { return [] }
        return [CSVColumn(name, "ids the organization had before its file was renamed; their old addresses lead to its page") {
            CSVTable.list($0.record.formerIDs.map(\.id)) }]
    }

    /// cases.json's `pages`, after the cases, only when a published free page gives former ids:
    /// every published free page (`id`, its `former_ids` where it has some, `url`, `title`),
    /// so that `check --against` can tell when a page's address, or an old one, would break.
    static let pagesField = (name: "pages", description: "at the end, only when a free page was renamed: every free page, id, former_ids (where it has some), url and title")

    static func pages(_ archive: Archive, urls: SiteURLs) -> JSON? {
        guard archive.pages.contains(where: { !$0.record.formerIDs.isEmpty }) else { return nil }
        return .array(archive.pages.map { linked in
            let page = linked.record
            return .object([("id", .string(page.id))] + (page.formerIDs.isEmpty ? [] : [(name, .texts(page.formerIDs.map(\.id)))])
                           + [("url", .string(urls.url(SitePaths.page(.pages, page.id)))), ("title", .string(page.title))])
        })
    }
}
