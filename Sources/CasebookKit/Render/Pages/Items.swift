import Foundation

/// Template values shared by many pages, built once per build. Every `href` in them is a
/// path from the site root; templates put `{{root}}` in front, which climbs from the page
/// being rendered, so one item serves pages at any depth.
struct Items: Sendable {
    /// Each case's list entry, with its rendered `partials/case-item` fragment once that is
    /// made, so lists of thousands of cases only join fragments.
    private var entries: [String: CaseItem]
    private(set) var personLinks: [String: PersonLink]
    let organizationLinks: [String: OrganizationLink]
    /// Renders and keeps the fragments: all ahead for a build, on demand for the dev server.
    private(set) var fragments: CaseFragments?
    /// The words of the site's language (the theme's catalogue, else the built-in English).
    let words: Catalogue

    /// - Parameter theme: when given, case list entries carry their rendered fragment.
    /// - Parameter prerender: render every fragment now, in parallel (a build needs them all).
    init(archive: Archive, theme: Theme? = nil, prerender: Bool = true) {
        let words = theme?.words(for: archive.site.language) ?? .english
        self.words = words
        var personLinks: [String: PersonLink] = [:]
        // Elements read in place (`for x in array` copies each, retaining every field).
        for index in archive.people.indices {
            personLinks[archive.people[index].record.id] = Self.personLink(archive.people[index].record,
                                                                           nameLang: archive.people[index].untranslated?.titleLang)
        }
        var organizationLinks: [String: OrganizationLink] = [:]
        for linked in archive.organizations {
            let organization = linked.record
            organizationLinks[organization.id] = OrganizationLink(
                name: organization.name, href: SitePaths.page(.organizations, organization.id), shortName: organization.shortName,
                kind: organization.kind.map { archive.site.organizationKinds.label($0) }, nameLang: linked.untranslated?.titleLang,
                shortNameLang: organization.shortName == nil ? nil : linked.shortNameLang)
        }
        var entries: [String: CaseItem] = [:]
        for index in archive.cases.indices {
            entries[archive.cases[index].record.id] = Self.caseItem(archive.cases[index], site: archive.site, words: words, personLinks: personLinks)
        }
        self.personLinks = personLinks
        self.organizationLinks = organizationLinks
        self.fragments = theme.map { CaseFragments(theme: $0, words: words.templateWords) }
        if prerender, let fragments {
            for (id, fragment) in fragments.renderAll(entries) { entries[id] = entries[id]?.with(html: fragment) }
        }
        self.entries = entries
    }

    /// The items of a previous build with one case's entry made anew (the dev server's quick path).
    func replacing(_ linked: LinkedCase, site: SiteConfig) -> Items {
        var items = self
        items.entries[linked.record.id] = Self.caseItem(linked, site: site, words: words, personLinks: personLinks)
        // A copy: the previous build may still be serving pages from its own fragments.
        items.fragments = fragments?.copy(without: linked.record.id)
        return items
    }

    static func personLink(_ person: Person, nameLang: String? = nil) -> PersonLink {
        PersonLink(name: person.name, href: SitePaths.page(.people, person.id), nameLang: nameLang, gender: person.gender)
    }

    static func caseItem(_ linked: LinkedCase, site: SiteConfig, words: Catalogue, personLinks: [String: PersonLink]) -> CaseItem {
        let record = linked.record
        let people = record.people.filter(\.isDefendant).compactMap { participant -> PersonLink? in
            guard var link = personLinks[participant.person.id] else { return nil }
            if let own = participant.status, own != record.status.id {
                (link.status, link.statusHTML) = LabelMarks.status(own, participant.statusCertainty?.certainty, site: site, words: words, gender: link.gender)
            }
            return link
        }
        let shownPlace = Self.place(record, site: site)
        let unnamed = record.unnamedDefendants > 0
            ? words.count(people.isEmpty ? "casefacts.unnamed_only" : "casefacts.unnamed_defendants", record.unnamedDefendants) : nil
        let status = LabelMarks.status(record.status.id, record.statusCertainty?.certainty, site: site, words: words)
        return CaseItem(
            title: record.title, href: SitePaths.page(.cases, record.id),
            status: status.text, statusHTML: status.html,
            statusKey: record.status.id, people: people,
            summary: record.summary, date: linked.latestDate.map(words.templateDate),
            place: shownPlace?.text,
            draft: record.draft, titleLang: linked.untranslated?.titleLang,
            summaryLang: linked.untranslated?.summaryLang, unnamedDefendants: unnamed, placeHTML: shownPlace?.html)
    }

    /// "Taraz, Zhambyl Region" as text and as HTML: in the HTML, a part shown as the files
    /// write it on another language's page is in a `<bdi lang>` of its own; on the default
    /// language's pages it is the plain text escaped.
    static func place(_ record: CaseRecord, site: SiteConfig) -> (text: String, html: String)? {
        let parts = [record.city, record.region].compactMap { written in
            written.map { (shown: BidiText.isolated(site.place($0)), lang: site.placeLang($0)) }
        }
        let text = parts.map(\.shown).joined(separator: ", ")
        guard !text.isEmpty else { return nil }
        let html = parts.map { part in
            let escaped = HTMLEscaping.escape(part.shown)
            return part.lang.map { "<bdi lang=\"\(HTMLEscaping.escape($0))\">\(escaped)</bdi>" } ?? escaped
        }
        return (text, html.joined(separator: ", "))
    }

    /// A case's list entry, with its rendered fragment as `html` when there is a theme.
    func caseItem(_ id: String) -> CaseItem? {
        guard let entry = entries[id] else { return nil }
        guard entry.html == nil, let fragments else { return entry }
        return entry.with(html: fragments.fragment(id, item: entry))
    }

    /// A case's list entry without its fragment, for lists that add to the entry.
    func caseEntry(_ id: String) -> CaseItem? {
        guard let entry = entries[id] else { return nil }
        return entry.html == nil ? entry : entry.with(html: nil)
    }

    func cases(_ ids: [String]) -> [CaseItem] { ids.compactMap(caseItem) }
    func people(_ ids: [String]) -> [PersonLink] { ids.compactMap { personLinks[$0] } }
    func organizations(_ ids: [String]) -> [OrganizationLink] { ids.compactMap { organizationLinks[$0] } }
}

/// Rendered case list entries by case id, shared by the threads that render pages.
final class CaseFragments: @unchecked Sendable {
    private let theme: Theme
    /// The catalogue's texts (`words`), which the fragment sees like every page.
    private let words: WordsValue
    private let lock = NSLock()
    private var html: [String: String] = [:]

    init(theme: Theme, words: WordsValue) {
        self.theme = theme
        self.words = words
    }

    func fragment(_ id: String, item: CaseItem) -> String {
        lock.lock()
        if let done = html[id] { lock.unlock(); return done }
        lock.unlock()
        let made = render(item)
        lock.lock()
        html[id] = made
        lock.unlock()
        return made
    }

    /// Renders every entry, in parallel; returns them by case id.
    func renderAll(_ items: [String: CaseItem]) -> [String: String] {
        let ids = Array(items.keys)
        let made = parallelMap(ids) { [self] id in render(items[id]!) }
        lock.lock()
        defer { lock.unlock() }
        for (id, fragment) in zip(ids, made) { html[id] = fragment }
        return html
    }

    /// The fragments made so far but one, which is rendered again from its new entry.
    func copy(without id: String) -> CaseFragments {
        let copy = CaseFragments(theme: theme, words: words)
        lock.lock()
        copy.html = html
        lock.unlock()
        copy.html[id] = nil
        return copy
    }

    private func render(_ item: CaseItem) -> String {
        theme.render(CaseItemFragment(item: item, words: words), template: "partials/case-item", path: item.href)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
