import Foundation

/// Addresses of the site's pages for files read outside the site (feed, sitemap, open
/// data, canonical links): absolute from site.yml `base_url` when it is set, else the
/// path from the site root, which works next to the files but not from elsewhere.
struct SiteURLs: Sendable {
    /// `base_url` with a trailing slash, or nil.
    let base: String?

    init(base: String?) {
        self.base = base.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// The address readers use for a page: `cases/x/index.html` is `https://…/cases/x/`.
    func absolute(_ path: String) -> String? {
        base.map { $0 + Self.address(path) }
    }

    /// The absolute address when there is a base, else the path from the site root.
    func url(_ path: String) -> String {
        absolute(path) ?? path
    }

    /// The path of `base_url` from its host's root, ending in `/` (`/archive/`), or nil
    /// without `base_url`. Characters that are not safe in an attribute are %-encoded;
    /// site.yml refuses spaces, queries and fragments already.
    var path: String? {
        guard let base, let scheme = base.range(of: "://") else { return nil }
        let rest = base[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...]).addingPercentEncoding(withAllowedCharacters: Self.pathAllowed)
    }

    /// What a path of `base_url` keeps as written: a URL path's characters and `%` (what is
    /// encoded already), but `&` and `'`, which an attribute would have to escape.
    static let pathAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.insert("%")
        allowed.remove(charactersIn: "&'")
        return allowed
    }()

    /// A page's path without its `index.html`: the form servers answer and people share.
    static func address(_ path: String) -> String {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }
}
