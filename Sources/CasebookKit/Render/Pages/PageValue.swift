/// One page to render: where it goes, its template, and its values: the page's own
/// (`content`, a struct per kind of page) in the frame every page shares.
struct PageValue: TemplateFields {
    let path: String
    let template: String
    let shared: SharedFrame
    /// "*Page title* · *Site title*"
    let pageTitle: String
    /// The language of the whole `pageTitle` when it is not the page's: the page's title (or
    /// none) and the site's both shown in the default language. A title half in one language
    /// and half in another gets none: `<title>` holds text only, so it cannot mark a part.
    var pageTitleLang: String? = nil
    let metaDescription: String?
    let meta: MetaValues
    let fragments: Fragments
    let draftMode: Bool
    /// The language switcher and the head's `hreflang` links: empty on a one-language site.
    let languages: [LanguageLink]
    let alternates: [LanguageLink]
    /// On a page of another language whose document is not (wholly) translated.
    let translation: TranslationMarks?
    let content: any TemplateFields
    /// On a case, person or organization page: its history from git and how to cite it.
    var history: PageHistory? = nil
    var cite: CiteValue? = nil

    /// The keys every page has besides its content's (docs/theme.md "On every page").
    static let fieldNames = SharedFrame.fieldNames + ["page_title", "page_title_lang", "meta_description", "meta", "fragments", "draft_mode", "languages", "alternates", "history", "cite"] + TranslationMarks.fieldNames
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "page_title": .string(pageTitle)
        case "page_title_lang": pageTitleLang.templateValue
        case "meta_description": metaDescription.templateValue
        case "meta": .fields(meta)
        case "fragments": .fields(fragments)
        case "draft_mode": draftMode ? .bool(true) : nil
        case "languages": .list(languages)
        case "alternates": .list(alternates)
        case "history": history.templateValue
        case "cite": cite.templateValue
        case "translation_notice", "title_lang", "summary_lang", "body_lang": translation?.field(key)
        default: content.field(key) ?? shared.field(key)
        }
    }
}

/// `{header, footer}`: the header of the page's section and the footer, rendered once.
struct Fragments: TemplateFields {
    let header: String
    let footer: String

    static let fieldNames = ["header", "footer"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "header": .string(header)
        case "footer": .string(footer)
        default: nil
        }
    }
}

/// What a page's `<head>` says about it to other sites (made by `PageMetadata.values`).
struct MetaValues: TemplateFields {
    let title: String
    let siteName: String
    let type: String
    let description: String?
    /// The page's absolute address: only with `base_url`, never on `404.html`.
    let url: String?
    let jsonLD: String?
    /// The default language's code where `title`, `description` or `site_name` is shown
    /// untranslated on a page of another language: a `lang` attribute on the `<meta>` holding
    /// it applies to its `content` (HTML: an element's language is that of its attributes' text).
    var titleLang: String? = nil
    var descriptionLang: String? = nil
    var siteNameLang: String? = nil
    /// A protected person's page, or `noindex: true`: the robots meta `noindex`.
    var noindex = false

    static let fieldNames = ["title", "site_name", "type", "description", "canonical", "url", "json_ld", "noindex",
                             "title_lang", "description_lang", "site_name_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "site_name": .string(siteName)
        case "type": .string(type)
        case "description": description.templateValue
        case "canonical", "url": url.templateValue
        case "json_ld": jsonLD.templateValue
        case "noindex": noindex ? .bool(true) : nil
        case "title_lang": titleLang.templateValue
        case "description_lang": descriptionLang.templateValue
        case "site_name_lang": siteNameLang.templateValue
        default: nil
        }
    }
}
