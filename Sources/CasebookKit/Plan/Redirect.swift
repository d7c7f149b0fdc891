/// A page at a former id's address (`cases/<old>/index.html`) that sends the reader on to
/// the page of the file that has it in `former_ids`. Not a page of the theme: the plan
/// lists these apart from `SitePlan.pages`, so the sitemap, the page count and everything
/// that renders templates never see them.
struct Redirect: Sendable, Hashable {
    let kind: ContentKind
    /// The old id, whose address this page holds.
    let from: String
    /// The id of the file that lists `from` in its `former_ids`.
    let to: String

    /// Where the page goes inside its language's folder.
    var path: String { SitePaths.page(kind, from) }

    /// The new page's address from the old one: both are in the kind's folder (a free page's
    /// at the root), one level apart from it, and ids need no percent-encoding.
    var relativeTarget: String { "../\(to)/index.html" }

    /// Every former id of the archive's published cases, people, organizations and free pages, by path.
    static func all(in archive: Archive) -> [Redirect] {
        var redirects: [Redirect] = []
        for linked in archive.cases { redirects += linked.record.formerIDs.map { Redirect(kind: .cases, from: $0.id, to: linked.record.id) } }
        for linked in archive.people { redirects += linked.record.formerIDs.map { Redirect(kind: .people, from: $0.id, to: linked.record.id) } }
        for linked in archive.organizations {
            redirects += linked.record.formerIDs.map { Redirect(kind: .organizations, from: $0.id, to: linked.record.id) }
        }
        for linked in archive.pages { redirects += linked.record.formerIDs.map { Redirect(kind: .pages, from: $0.id, to: linked.record.id) } }
        return redirects.sorted { $0.path < $1.path }
    }
}
