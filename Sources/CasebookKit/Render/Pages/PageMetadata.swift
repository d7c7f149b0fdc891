/// What a page's `<head>` says about it to other sites: the canonical address, Open Graph
/// tags for link previews, and schema.org JSON-LD for people and organizations. Absolute
/// addresses come from site.yml `base_url`; without it the canonical link and `og:url`
/// are left out, since a relative canonical link would mean nothing to a search engine.
struct PageMetadata: Sendable {
    let urls: SiteURLs
    let siteTitle: String
    /// JSON-LD of person and organization pages, by page path, escaped for `<script>`.
    let linkedData: [String: String]
    /// Pages search engines are asked not to index: protected people's and `noindex: true`.
    let noindex: Set<String>

    init(archive: Archive) {
        let urls = SiteURLs(base: archive.site.baseURL)
        self.urls = urls
        self.siteTitle = archive.site.title
        var linkedData: [String: String] = [:]
        var noindex: Set<String> = []
        for linked in archive.people {
            let path = SitePaths.page(.people, linked.record.id)
            if linked.record.protection.hidesFromSearchEngines { noindex.insert(path) }
            linkedData[path] = Self.person(linked, archive: archive, urls: urls).written(scriptSafe: true)
        }
        for linked in archive.organizations {
            let path = SitePaths.page(.organizations, linked.record.id)
            linkedData[path] = Self.organization(linked.record, url: urls.absolute(path)).written(scriptSafe: true)
        }
        self.linkedData = linkedData
        self.noindex = noindex
    }

    /// The `meta` values of one page. `path` is nil for a page with no address of its own.
    /// Texts go into attributes (a link preview's title, a tooltip), where markup cannot
    /// isolate them: one holding a direction control is wrapped in U+2068 … U+2069, so an
    /// unpaired override ends with the value.
    func values(path: String?, title: String?, description: String?) -> MetaValues {
        // The not-found page is shown at any missing address: it has no address of its own.
        let url = path.flatMap { $0 == SitePaths.notFound ? nil : urls.absolute($0) }
        return MetaValues(title: BidiText.isolated(title ?? siteTitle), siteName: BidiText.isolated(siteTitle),
                          type: Self.type(of: path), description: description.map(BidiText.isolated),
                          url: url, jsonLD: path.flatMap { linkedData[$0] }, noindex: path.map(noindex.contains) ?? false)
    }

    /// Open Graph type: `article` for a case, `profile` for a person, `website` otherwise.
    static func type(of path: String?) -> String {
        // Split as bytes: this runs on every page, and splitting by Character is slow.
        let parts = path?.utf8.split(separator: UInt8(ascii: "/")) ?? []
        guard parts.count == 3, parts[2].elementsEqual("index.html".utf8) else { return "website" }
        if parts[0].elementsEqual(ContentKind.cases.rawValue.utf8) { return "article" }
        if parts[0].elementsEqual(ContentKind.people.rawValue.utf8) { return "profile" }
        return "website"
    }

    static func person(_ linked: LinkedPerson, archive: Archive, urls: SiteURLs) -> JSON {
        let person = linked.record
        var members: [(String, JSON)] = [("@context", .string("https://schema.org")), ("@type", .string("Person")),
                                         ("name", .string(person.name))]
        if !person.aliases.isEmpty { members.append(("alternateName", .texts(person.aliases))) }
        if let url = urls.absolute(SitePaths.page(.people, person.id)) { members.append(("url", .string(url))) }
        // An approximate or uncertain birth date is no schema.org Date: left out.
        if let born = person.born, born.isSingle { members.append(("birthDate", .string(born.description))) }
        // JSON-LD states facts: a link only the prosecution alleges is not one (a leader
        // named by the organization's own file still is).
        let organizations = linked.organizationIDs.filter { id in
            person.affiliation(with: id) != AffiliationLink.alleged || linked.ledOrganizationIDs.contains(id)
        }.compactMap { archive.organization($0)?.record }
        if !organizations.isEmpty {
            members.append(("affiliation", .array(organizations.map { organization in
                var link: [(String, JSON)] = [("@type", .string("Organization")), ("name", .string(organization.name))]
                if let url = urls.absolute(SitePaths.page(.organizations, organization.id)) { link.append(("url", .string(url))) }
                return .object(link)
            })))
        }
        return .object(members)
    }

    static func organization(_ organization: Organization, url: String?) -> JSON {
        var members: [(String, JSON)] = [("@context", .string("https://schema.org")), ("@type", .string("Organization")),
                                         ("name", .string(organization.name))]
        let alternates = ([organization.shortName].compactMap { $0 } + organization.aliases).uniqued()
        if !alternates.isEmpty { members.append(("alternateName", .texts(alternates))) }
        if let url { members.append(("url", .string(url))) }
        return .object(members)
    }
}
