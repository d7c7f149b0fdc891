/// The values of a facet's index (`facets` template): every value, no limit.
struct FacetsPage: TemplateFields {
    let facet: FacetSummary

    static let fieldNames = ["facet"]
    func field(_ key: String) -> TemplateValue? { key == "facet" ? .fields(facet) : nil }
}

/// The values of a page of one facet value's cases (`facet` template).
struct FacetPage: TemplateFields {
    /// `{title, href}` of the facet's index.
    let facet: TitledLink
    let label: String
    /// A charge's law.
    let detail: String?
    /// The label's and the detail's languages where they are not the page's (`Facet.Value.lang`).
    let lang: String?
    var detailLang: String? = nil
    /// "2 cases", all pages.
    let countText: String
    let cases: [CaseItem]
    let pager: PagerValue?

    static let fieldNames = ["facet", "label", "detail", "lang", "detail_lang", "count_text", "cases", "pager"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "facet": .fields(facet)
        case "label": .string(label)
        case "lang": lang.templateValue
        case "detail_lang": detailLang.templateValue
        case "detail": detail.templateValue
        case "count_text": .string(countText)
        case "cases": .list(cases)
        case "pager": pager.templateValue
        default: nil
        }
    }
}
