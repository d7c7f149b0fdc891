/// The values of the open data page (`data` template).
struct DataPage: TemplateFields {
    /// `cases.json`, `cases.csv`, `people.csv`, `organizations.csv`, and `custody.csv` when
    /// the archive records custody.
    let files: [DataFileEntry]
    let prosecutions: Int
    let persons: Int
    let licence: String?
    let baseURL: String?
    let feedLimit: Int
    /// Whether a sitemap is written (only with `base_url`).
    let sitemap: Bool
    /// The page's sentences, worded by the catalogue around the values above (HTML).
    let sentences: DataSentences
    /// The date custody is counted at, in a sentence naming what it applies to (HTML);
    /// nil when the archive records no custody.
    var custodyHTML: String? = nil

    static let fieldNames = ["files", "counts", "licence", "base_url", "feed", "sitemap",
                             "counts_html", "licence_html", "feed_html", "sitemap_html", "custody_html"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "custody_html": custodyHTML.templateValue
        case "counts_html": .string(sentences.counts)
        case "licence_html": sentences.licence.templateValue
        case "feed_html": .string(sentences.feed)
        case "sitemap_html": sentences.sitemap.templateValue
        case "files": .list(files)
        case "counts": .fields(DataCounts(prosecutions: prosecutions, persons: persons))
        case "licence": licence.templateValue
        case "base_url": baseURL.templateValue
        case "feed": .fields(DataFeed(href: "feed.xml", limit: feedLimit))
        case "sitemap": sitemap ? .fields(Href(href: "sitemap.xml")) : nil
        default: nil
        }
    }
}

/// `{name, href, format, rows_text, about, columns: [{name, description}], language_columns_html}`:
/// one data file.
struct DataFileEntry: TemplateFields {
    let name: String
    let href: String
    let format: String
    let rowsText: String
    let about: String
    let columns: [DataColumn]
    /// The sentence naming the columns added for the site's other languages (HTML); nil
    /// for a site of one language.
    var languageColumnsHTML: String? = nil

    static let fieldNames = ["name", "href", "format", "rows_text", "about", "columns", "language_columns_html"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "language_columns_html": languageColumnsHTML.templateValue
        case "name": .string(name)
        case "href": .string(href)
        case "format": .string(format)
        case "rows_text": .string(rowsText)
        case "about": .string(about)
        case "columns": .list(columns)
        default: nil
        }
    }
}

/// `{name, description}`: a column (or field) of a data file.
struct DataColumn: TemplateFields {
    let name: String
    let description: String

    static let fieldNames = ["name", "description"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "description": .string(description)
        default: nil
        }
    }
}

/// The data page's `counts`: `{prosecutions, persons}`.
struct DataCounts: TemplateFields {
    let prosecutions: Int
    let persons: Int

    static let fieldNames = ["prosecutions", "persons"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "prosecutions": .int(prosecutions)
        case "persons": .int(persons)
        default: nil
        }
    }
}

/// The data page's `feed`: `{href, limit}`.
struct DataFeed: TemplateFields {
    let href: String
    let limit: Int

    static let fieldNames = ["href", "limit"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "href": .string(href)
        case "limit": .int(limit)
        default: nil
        }
    }
}

/// The open data page's sentences with their figures and links in place, as HTML: whole
/// sentences, so a translation may put the figures where its language wants them.
struct DataSentences: Sendable {
    let counts: String
    let licence: String?
    let feed: String
    let sitemap: String?

    /// - Parameter siteRoot: the way to the site root (the sitemap's folder) from the language's root.
    init(words: Catalogue, prosecutions: Int, persons: Int, licence: String?, siteTitle: String, feedLimit: Int, sitemap: Bool,
         siteRoot: String = "") {
        func strong(_ key: String, _ n: Int) -> String { words.plural(key, digits: String(n), shown: "<strong>\(n)</strong>") }
        counts = words.text("data.counts_html", ["prosecutions": strong("units.prosecution", prosecutions),
                                                 "persons": strong("units.person_prosecuted", persons)])
        self.licence = licence.map { words.text("data.licence_html", ["licence": HTMLEscaping.escape($0), "site": HTMLEscaping.escape(siteTitle)]) }
        feed = words.text("data.feed_html", ["href": SitePaths.rootMarker + "feed.xml", "limit": String(feedLimit)])
        self.sitemap = sitemap ? words.text("data.sitemap_html", ["href": SitePaths.rootMarker + siteRoot + "sitemap.xml"]) : nil
    }
}
