/// What the header and footer see, and every page besides its own values: the site, the
/// navigation, the free pages, and `root`.
struct SharedFrame: TemplateFields {
    let site: SiteValues
    /// The way to the files all languages share (assets, media, open data): `root` on the
    /// default language's pages, one folder further up on the others'.
    let siteRoot: String
    let footerPages: [FooterPage]
    let nav: [NavItem]
    /// The catalogue's texts (`words.case.charged_under`).
    let words: WordsValue
    /// The commit the site was built from (`BuildStampValue`), for the footer.
    var build: BuildStampValue? = nil

    /// `corrections/index.html`, when the site has `/corrections/` (`SitePlan.hasCorrectionsPage`).
    var correctionsHref: String? = nil

    static let fieldNames = ["root", "site_root", "site", "footer_pages", "nav", "words", "build", "corrections_href"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "words": .fields(words)
        case "root": .string(SitePaths.rootMarker)
        case "site_root": .string(siteRoot)
        case "site": .fields(site)
        case "footer_pages": .list(footerPages)
        case "nav": .list(nav)
        case "build": build.templateValue
        case "corrections_href": correctionsHref.templateValue
        default: nil
        }
    }
}

/// `site`: from site.yml.
struct SiteValues: TemplateFields {
    let title: String
    let description: String?
    let language: String
    /// The default language's code where site.yml gives the title or description no text
    /// in the page's language (it is shown in the default's), for their `lang`.
    var titleLang: String? = nil
    var descriptionLang: String? = nil

    /// The page's language is written from right to left: `<html dir="rtl">`.
    var rtl: Bool { LanguageCode.isRightToLeft(language) }

    static let fieldNames = ["title", "description", "language", "rtl", "title_lang", "description_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "description": description.templateValue
        case "title_lang": titleLang.templateValue
        case "description_lang": descriptionLang.templateValue
        case "language": .string(language)
        case "rtl": rtl ? .bool(true) : nil
        default: nil
        }
    }
}

/// `{label, href, current}`: a section of the main navigation.
struct NavItem: TemplateFields {
    let label: String
    let href: String
    let current: Bool

    static let fieldNames = ["label", "href", "current"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "href": .string(href)
        case "current": current ? .bool(true) : nil
        default: nil
        }
    }
}

/// `{title, href}`: a free page, linked from the footer.
typealias FooterPage = TitledLink
