/// The same page in every language of the site: the language switcher and the `hreflang`
/// alternates of the page head. Every language has the same pages at the same paths inside
/// its folder, so a page's links to itself in other languages are its path under each prefix.
struct LanguageLinks: Sendable {
    struct Language: Sendable {
        let code: String
        /// The language's own name, from its catalogue ("Русский").
        let name: String
        let prefix: String
    }

    let languages: [Language]
    /// The language of the pages these links are for: an index into `languages`.
    let current: Int
    /// The default language's addresses (`base_url`), for absolute alternates.
    let urls: SiteURLs

    init(plan: SitePlan, language: Int, theme: Theme, base: String?) {
        languages = plan.languages.map {
            Language(code: $0.code, name: theme.words(for: $0.code).text("language.name"), prefix: $0.prefix)
        }
        current = language
        let prefix = plan.languages[language].prefix
        urls = SiteURLs(base: base.map { $0.hasSuffix(prefix) ? String($0.dropLast(prefix.count)) : $0 })
    }

    /// The way from a page of this language to the site root, as templates get it.
    var siteRoot: String {
        languages[current].prefix.isEmpty ? SitePaths.rootMarker : SitePaths.rootMarker + "../"
    }

    /// The switcher's links for the page at `path` (inside its language's folder); none on
    /// a one-language site and on the 404 page, which has no place of its own.
    func switcher(_ path: String) -> [LanguageLink] {
        guard languages.count > 1, path != SitePaths.notFound else { return [] }
        return languages.indices.map { index in
            let language = languages[index]
            return LanguageLink(code: language.code, name: language.name, href: siteRoot + language.prefix + path,
                                url: urls.absolute(language.prefix + path) ?? siteRoot + language.prefix + path,
                                current: index == current)
        }
    }

    /// The `hreflang` alternates: the switcher's links, then `x-default`, the default language's page.
    func alternates(_ links: [LanguageLink]) -> [LanguageLink] {
        guard let first = links.first else { return [] }
        return links + [LanguageLink(code: "x-default", name: first.name, href: first.href, url: first.url, current: false)]
    }
}

/// `{code, name, href, url, current}`: one language of the switcher or the page head.
struct LanguageLink: TemplateFields {
    let code: String
    let name: String
    /// Relative, for links in the page.
    let href: String
    /// Absolute with `base_url` (search engines want it so), else the relative one.
    let url: String
    let current: Bool

    static let fieldNames = ["code", "name", "href", "url", "current"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "code": .string(code)
        case "name": .string(name)
        case "href": .string(href)
        case "url": .string(url)
        case "current": current ? .bool(true) : nil
        default: nil
        }
    }
}
