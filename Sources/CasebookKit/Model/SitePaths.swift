/// Where each page lives in the output, and how one page links to another.
///
/// Every page is a folder with an `index.html`, and links name the `index.html` itself, so
/// the site works under any path prefix, on any static server, and opened from disk.
enum SitePaths {
    static func page(_ kind: ContentKind, _ id: String) -> String {
        kind == .pages ? "\(id)/index.html" : "\(kind.rawValue)/\(id)/index.html"
    }

    static func index(_ kind: ContentKind) -> String { "\(kind.rawValue)/index.html" }

    static let home = "index.html"
    static let notFound = "404.html"
    static let timeline = "timeline/index.html"
    /// The search page; the index it reads is `SearchIndex.path`.
    static let search = "search/index.html"
    static func timelineYear(_ year: Int) -> String { "timeline/\(year)/index.html" }
    static func facetIndex(_ facet: String) -> String { "\(facet)/index.html" }
    static func facet(_ facet: String, _ key: String) -> String { "\(facet)/\(key)/index.html" }
    static let statistics = "statistics/index.html"
    /// The cases' filter data, a script that sets a global (works opened from disk, unlike fetch).
    static let filterData = "cases/filter-data.js"

    /// Page `page` (from 1) of a long list whose first page is `first`: page 1 keeps the
    /// list's address, `cases/index.html`; page 2 is `cases/page/2/index.html`.
    static func paged(_ first: String, page: Int) -> String {
        guard page > 1 else { return first }
        return "\(first.dropLast("index.html".count))page/\(page)/index.html"
    }

    /// The folder a file is in: `cases/x` for `cases/x/index.html`, "" at the root.
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// How many folders deep a page is: `cases/x/index.html` is 2.
    static func depth(of path: String) -> Int {
        path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
    }

    /// What templates receive as `{{root}}`: a marker replaced by the real `../` chain when
    /// the page is written, so a fragment rendered once serves pages at every depth.
    static let rootMarker = "\u{1}"

    /// `../` repeated to climb from a page at `depth` to the site root ("" at the root).
    static func root(depth: Int) -> String {
        String(repeating: "../", count: depth)
    }
}
