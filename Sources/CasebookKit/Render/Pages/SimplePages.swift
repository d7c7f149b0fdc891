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
        case "body_html": .string(bodyHTML)
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

/// The values of `404.html`: only what every page receives.
struct NotFoundPage: TemplateFields {
    static let fieldNames: [String] = []
    func field(_ key: String) -> TemplateValue? { nil }
}
