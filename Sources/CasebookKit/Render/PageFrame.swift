/// What every page's context holds besides its own content: the site, the way back to the
/// root, the navigation and the page title.
struct PageFrame: Sendable {
    let site: [String: any Sendable]
    let pages: [[String: any Sendable]]
    let draftMode: Bool

    static let sections: [(key: String, label: String, path: String)] = [
        ("cases", "Cases", SitePaths.index(.cases)),
        ("people", "People", SitePaths.index(.people)),
        ("organizations", "Organizations", SitePaths.index(.organizations)),
        ("timeline", "Timeline", SitePaths.timeline),
    ]

    init(archive: Archive, draftMode: Bool) {
        var site: [String: any Sendable] = ["title": archive.site.title, "language": archive.site.language]
        site["description"] = archive.site.description
        self.site = site
        self.pages = archive.pages.map { ["title": $0.record.title, "href": SitePaths.page(.pages, $0.record.id)] }
        self.draftMode = draftMode
    }

    /// The context of one page at `path`, in navigation section `section`.
    func context(path: String, title: String?, section: String?, description: String? = nil,
                 _ content: [String: any Sendable]) -> [String: Any] {
        var context: [String: Any] = content
        context["root"] = SitePaths.root(depth: SitePaths.depth(of: path))
        context["site"] = site
        context["page_title"] = title.map { "\($0) · \(site["title"]!)" } ?? site["title"]!
        context["meta_description"] = description ?? site["description"]
        context["nav"] = Self.sections.map { item -> [String: any Sendable] in
            var entry: [String: any Sendable] = ["label": item.label, "href": item.path]
            if item.key == section { entry["current"] = true }
            return entry
        }
        context["footer_pages"] = pages
        if draftMode { context["draft_mode"] = true }
        return context
    }
}
