/// A page at a former id's address (`cases/<old>/index.html`) that sends the reader on to
/// the page of the file that has it in `former_ids`, or at a withdrawn id's, which says so. Not a page of the theme: the plan
/// lists these apart from `SitePlan.pages`, so the sitemap, the page count and everything
/// that renders templates never see them.
struct Redirect: Sendable, Hashable {
    let kind: ContentKind
    /// The old id, whose address this page holds.
    let from: String
    /// The id of the file that lists `from` in its `former_ids`; nil at an address site.yml
    /// lists under `withdrawn`, whose page says the record was withdrawn and leads nowhere else.
    let to: String?

    /// A status's, charge's, region's or tag's old address (site.yml `former_keys`): the
    /// facet it is of (`tags`), its `kind` then `.cases`, whose pages the facet lists.
    var facet: String? = nil

    /// Where the page goes inside its language's folder.
    var path: String { facet.map { SitePaths.facet($0, from) } ?? SitePaths.page(kind, from) }

    /// The page it leads to, from its language's root.
    var targetPath: String? { to.map { to in facet.map { SitePaths.facet($0, to) } ?? SitePaths.page(kind, to) } }

    /// The new page's address from the old one: both are in the kind's folder (a free page's
    /// at the root), one level apart from it, and ids need no percent-encoding.
    var relativeTarget: String { "../\(to ?? "")/index.html" }

    /// The home page from the old address: two folders up (`cases/x/`), one for a free page (`x/`).
    var relativeHome: String { kind == .pages ? "../index.html" : "../../index.html" }

    /// Every former id of the archive's published cases, people, organizations and free pages, by path.
    static func all(in archive: Archive) -> [Redirect] {
        var redirects: [Redirect] = []
        for linked in archive.cases { redirects += linked.record.formerIDs.map { Redirect(kind: .cases, from: $0.id, to: linked.record.id) } }
        for linked in archive.people { redirects += linked.record.formerIDs.map { Redirect(kind: .people, from: $0.id, to: linked.record.id) } }
        for linked in archive.organizations {
            redirects += linked.record.formerIDs.map { Redirect(kind: .organizations, from: $0.id, to: linked.record.id) }
        }
        for linked in archive.pages { redirects += linked.record.formerIDs.map { Redirect(kind: .pages, from: $0.id, to: linked.record.id) } }
        redirects += FormerKeyCheck.kept(archive).map { Redirect(kind: .cases, from: $0.old.id, to: $0.new.id, facet: $0.facet) }
        redirects += withdrawn(in: archive, besides: Set(redirects.map(\.path)))
        return redirects.sorted { $0.path < $1.path }
    }

    /// The addresses site.yml lists under `withdrawn`, but a person's: a person's id is most
    /// often their name, and one who asked to be taken out should find no page at it, not
    /// even one saying so. An id still in use (an error of `WithdrawnCheck`) gets no page, so
    /// a build with errors, or the dev server, never writes one path twice.
    static func withdrawn(in archive: Archive, besides taken: Set<String>) -> [Redirect] {
        var pages: [Redirect] = []
        for (kind, refs) in archive.site.withdrawn where kind != .people {
            for ref in refs {
                let live = switch kind {
                case .cases: archive.caseRecord(ref.id) != nil
                case .organizations: archive.organization(ref.id) != nil
                default: archive.pages.contains { $0.record.id == ref.id }
                }
                let page = Redirect(kind: kind, from: ref.id, to: nil)
                if !live, !taken.contains(page.path) { pages.append(page) }
            }
        }
        return pages
    }
}
