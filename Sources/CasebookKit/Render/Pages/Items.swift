import Foundation

/// Template values shared by many pages, built once per build. Every `href` in them is a
/// path from the site root; templates put `{{root}}` in front, which climbs from the page
/// being rendered, so one item serves pages at any depth.
struct Items: Sendable {
    private var caseContexts: [String: [String: any Sendable]]  // read through `caseContext`
    private(set) var personLinks: [String: [String: any Sendable]]
    let organizationLinks: [String: [String: any Sendable]]
    /// Each case's list entry rendered with `partials/case-item`, so lists of thousands of
    /// cases only join fragments. Filled ahead for a build, on demand for the dev server.
    private(set) var fragments: CaseFragments?
    /// Each case's list entry with its fragment, when every fragment was rendered ahead: a
    /// list then shares these, instead of copying a context per entry to add the fragment.
    private var listItems: [String: [String: any Sendable]]?
    /// The words of the site's language (the theme's catalogue, else the built-in English).
    let words: Catalogue

    /// - Parameter theme: when given, case list entries carry their rendered fragment.
    /// - Parameter prerender: render every fragment now, in parallel (a build needs them all).
    init(archive: Archive, theme: Theme? = nil, prerender: Bool = true) {
        let words = theme?.words(for: archive.site.language) ?? .english
        self.words = words
        var personLinks: [String: [String: any Sendable]] = [:]
        // Elements read in place (`for x in array` copies each, retaining every field).
        for index in archive.people.indices {
            personLinks[archive.people[index].record.id] = Self.personLink(archive.people[index].record)
        }
        var organizationLinks: [String: [String: any Sendable]] = [:]
        for linked in archive.organizations {
            let organization = linked.record
            var link: [String: any Sendable] = ["name": organization.name, "href": SitePaths.page(.organizations, organization.id)]
            link["short_name"] = organization.shortName
            link["kind"] = organization.kind.map { archive.site.organizationKinds.label($0) }
            organizationLinks[organization.id] = link
        }
        var caseContexts: [String: [String: any Sendable]] = [:]
        for index in archive.cases.indices {
            caseContexts[archive.cases[index].record.id] = Self.caseContext(archive.cases[index], site: archive.site, words: words, personLinks: personLinks)
        }
        self.caseContexts = caseContexts
        self.personLinks = personLinks
        self.organizationLinks = organizationLinks
        self.fragments = theme.map { CaseFragments(theme: $0, words: words.templateValues) }
        if prerender, let fragments {
            let html = fragments.renderAll(caseContexts)
            var listItems = caseContexts
            for (id, fragment) in html { listItems[id]?["html"] = fragment }
            self.listItems = listItems
            self.caseContexts = [:]  // one copy of each entry is enough (`caseContext`)
        }
    }

    /// The items of a previous build with one case's entry made anew (the dev server's quick path).
    func replacing(_ linked: LinkedCase, site: SiteConfig) -> Items {
        var items = self
        if let listItems { items.caseContexts = listItems.mapValues { item in var item = item; item["html"] = nil; return item } }
        items.caseContexts[linked.record.id] = Self.caseContext(linked, site: site, words: words, personLinks: personLinks)
        // A copy: the previous build may still be serving pages from its own fragments.
        items.fragments = fragments?.copy(without: linked.record.id)
        items.listItems = nil
        return items
    }

    static func personLink(_ person: Person) -> [String: any Sendable] {
        ["name": person.name, "href": SitePaths.page(.people, person.id)]
    }

    static func caseContext(_ linked: LinkedCase, site: SiteConfig, words: Catalogue,
                            personLinks: [String: [String: any Sendable]]) -> [String: any Sendable] {
        let record = linked.record
        var item: [String: any Sendable] = [
            "title": record.title,
            "href": SitePaths.page(.cases, record.id),
            "status": site.statuses.label(record.status.id),
            "status_key": record.status.id,
            "people": record.people.filter(\.isDefendant).compactMap { personLinks[$0.person.id] },
        ]
        item["summary"] = record.summary
        item["date"] = linked.latestDate.map(words.dateContext)
        item["place"] = [record.city, record.region].compactMap { $0.map(BidiText.isolated) }.joined(separator: ", ").nonEmpty
        item["draft"] = record.draft ? true : nil
        return item
    }

    /// A case's list entry, with its rendered fragment as `html` when there is a theme.
    func caseItem(_ id: String) -> [String: any Sendable]? {
        if let listItems { return listItems[id] }
        guard var item = caseContexts[id] else { return nil }
        if let fragments { item["html"] = fragments.fragment(id, context: item) }
        return item
    }

    /// A case's list entry without its fragment, for lists that add to the entry.
    func caseContext(_ id: String) -> [String: any Sendable]? {
        guard let listItems else { return caseContexts[id] }
        var item = listItems[id]
        item?["html"] = nil
        return item
    }

    func cases(_ ids: [String]) -> [[String: any Sendable]] { ids.compactMap(caseItem) }
    func people(_ ids: [String]) -> [[String: any Sendable]] { ids.compactMap { personLinks[$0] } }
    func organizations(_ ids: [String]) -> [[String: any Sendable]] { ids.compactMap { organizationLinks[$0] } }
}

/// Rendered case list entries by case id, shared by the threads that render pages.
final class CaseFragments: @unchecked Sendable {
    private let theme: Theme
    /// The catalogue's texts (`words`), which the fragment sees like every page.
    private let words: [String: any Sendable]
    private let lock = NSLock()
    private var html: [String: String] = [:]

    init(theme: Theme, words: [String: any Sendable]) {
        self.theme = theme
        self.words = words
    }

    func fragment(_ id: String, context: [String: any Sendable]) -> String {
        lock.lock()
        if let done = html[id] { lock.unlock(); return done }
        lock.unlock()
        let made = render(context)
        lock.lock()
        html[id] = made
        lock.unlock()
        return made
    }

    /// Renders every entry, in parallel; returns them by case id.
    func renderAll(_ contexts: [String: [String: any Sendable]]) -> [String: String] {
        let ids = Array(contexts.keys)
        let made = parallelMap(ids) { [self] id in render(contexts[id]!) }
        lock.lock()
        defer { lock.unlock() }
        for (id, fragment) in zip(ids, made) { html[id] = fragment }
        return html
    }

    /// The fragments made so far but one, which is rendered again from its new context.
    func copy(without id: String) -> CaseFragments {
        let copy = CaseFragments(theme: theme, words: words)
        lock.lock()
        copy.html = html
        lock.unlock()
        copy.html[id] = nil
        return copy
    }

    private func render(_ context: [String: any Sendable]) -> String {
        var context: [String: Any] = context
        context["root"] = SitePaths.rootMarker
        context["words"] = words
        return theme.render(context, template: "partials/case-item")
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension PartialDate {
    /// A date for templates in the built-in English (`Catalogue.dateContext` words it in the site's language).
    var context: [String: any Sendable] { Catalogue.english.dateContext(self) }
}

enum Words {
    /// "1 error", "3 files": the English of editor-facing messages (`DiagnosticReport`).
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
