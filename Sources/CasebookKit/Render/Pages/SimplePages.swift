import Foundation

/// The values of a free page (`page` template).
struct FreePage: TemplateFields {
    let title: String
    let summary: String?
    let draft: Bool
    let bodyHTML: String

    static let fieldNames = ["title", "summary", "draft", "body_html"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "summary": summary.templateValue
        case "draft": draft ? .bool(true) : nil
        case "body_html": bodyHTML.isEmpty ? nil : .string(bodyHTML)
        default: nil
        }
    }
}

/// The values of the search page (`search` template): the counts for the no-JavaScript text.
struct SearchPage: TemplateFields {
    let counts: Counts

    static let fieldNames = ["counts"]
    func field(_ key: String) -> TemplateValue? { key == "counts" ? .fields(counts) : nil }
}

/// The values of `404.html`: what every page receives, and on a site in several languages
/// the same message in each other one. A server shows the one `404.html` at every missing
/// address, `/ru/…` too, so a Russian reader met only the default language's words.
struct NotFoundPage: TemplateFields {
    var otherLanguages: [NotFoundLanguage] = []

    static let fieldNames = ["other_languages"]
    func field(_ key: String) -> TemplateValue? { key == "other_languages" ? .list(otherLanguages) : nil }
}

/// `{code, rtl, title, text, links_html}`: the not-found message in one other language, its
/// links leading to that language's pages.
struct NotFoundLanguage: TemplateFields {
    let code: String
    let title: String
    let text: String
    let linksHTML: String

    init(code: String, words: Catalogue) {
        self.code = code
        title = words.text("titles.not_found")
        text = words.text("not_found.text")
        linksHTML = words.text("not_found.links_html").replacingOccurrences(of: "{root}", with: SitePaths.rootMarker + code + "/")
    }

    static let fieldNames = ["code", "rtl", "title", "text", "links_html"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "code": .string(code)
        case "rtl": LanguageCode.isRightToLeft(code) ? .bool(true) : nil
        case "title": .string(title)
        case "text": .string(text)
        case "links_html": .string(linksHTML)
        default: nil
        }
    }
}
