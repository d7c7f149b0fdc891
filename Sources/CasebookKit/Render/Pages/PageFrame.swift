/// What every page's context holds besides its own content: the site, the way back to the
/// root, the navigation and the page title.
struct PageFrame: Sendable {
    let site: [String: any Sendable]
    let pages: [[String: any Sendable]]
    let draftMode: Bool
    let metadata: PageMetadata
    /// The catalogue's texts, `words` in every template (`words.case.charged_under`).
    let words: [String: any Sendable]
    /// The navigation labels, from the catalogue's `nav` entries.
    let labels: [String: String]
    /// The header (one per navigation section) and footer, rendered once per build.
    var headers: [String: String] = [:]
    var footer = ""

    /// The sections of the navigation; each label is the catalogue's `nav.<key>`.
    static let sections: [(key: String, path: String)] = [
        ("cases", SitePaths.index(.cases)),
        ("people", SitePaths.index(.people)),
        ("organizations", SitePaths.index(.organizations)),
        ("timeline", SitePaths.timeline),
        ("statistics", SitePaths.statistics),
    ]

    init(archive: Archive, draftMode: Bool, words: Catalogue = .english) {
        self.words = words.templateValues
        self.labels = Dictionary(uniqueKeysWithValues: Self.sections.map { ($0.key, words.text("nav.\($0.key)")) })
        var site: [String: any Sendable] = ["title": archive.site.title, "language": archive.site.language]
        site["description"] = archive.site.description
        self.site = site
        self.pages = archive.pages.map { ["title": $0.record.title, "href": SitePaths.page(.pages, $0.record.id)] }
        self.draftMode = draftMode
        self.metadata = PageMetadata(archive: archive)
    }

    /// Renders the header and footer partials once: they depend on the section only.
    mutating func renderFragments(_ theme: Theme) {
        for section in Self.sections.map(\.key) + [""] {
            headers[section] = theme.render(shared(section: section), template: "partials/header")
        }
        footer = theme.render(shared(section: nil), template: "partials/footer")
    }

    /// What the header and footer see: the site, the navigation, the free pages.
    func shared(section: String?) -> [String: Any] {
        var context: [String: Any] = ["root": SitePaths.rootMarker, "site": site, "footer_pages": pages, "words": words]
        context["nav"] = Self.sections.map { item -> [String: any Sendable] in
            var entry: [String: any Sendable] = ["label": labels[item.key]!, "href": item.path]
            if item.key == section { entry["current"] = true }
            return entry
        }
        return context
    }

    /// The context of one page in navigation section `section`; `path` (from the site root)
    /// gives the page its canonical address and `meta` values.
    func context(title: String?, section: String?, description: String? = nil, path: String? = nil,
                 _ content: [String: any Sendable]) -> [String: Any] {
        var context = shared(section: section)
        for (key, value) in content { context[key] = value }
        let siteTitle = BidiText.isolated(site["title"] as! String)
        context["page_title"] = title.map { "\(BidiText.isolated($0)) · \(siteTitle)" } ?? siteTitle
        context["meta_description"] = description ?? site["description"]
        context["meta"] = metadata.values(path: path, title: title, description: description ?? site["description"] as? String)
        context["fragments"] = ["header": headers[section ?? ""] ?? "", "footer": footer]
        if draftMode { context["draft_mode"] = true }
        return context
    }
}
