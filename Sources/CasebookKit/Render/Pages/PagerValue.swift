/// The `pager` of a long list: `{text, number, count, previous: {href}, next: {href},
/// pages: [{number, href, current} | {gap}]}` (made by `Pagination.pager`).
struct PagerValue: TemplateFields {
    let text: String
    let number: Int
    let count: Int
    let previous: Href?
    let next: Href?
    let pages: [PagerPage]

    static let fieldNames = ["text", "number", "count", "previous", "next", "pages"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .string(text)
        case "number": .int(number)
        case "count": .int(count)
        case "previous": previous.templateValue
        case "next": next.templateValue
        case "pages": .list(pages)
        default: nil
        }
    }
}

/// One entry of the pager's numbers: a page (`number`, `href`, `current` on this one) or a gap.
struct PagerPage: TemplateFields {
    /// nil for a gap ("…").
    let number: Int?
    let href: String?
    let current: Bool

    static let fieldNames = ["number", "href", "current", "gap"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "number": number.templateValue
        case "href": href.templateValue
        case "current": current ? .bool(true) : nil
        case "gap": number == nil ? .bool(true) : nil
        default: nil
        }
    }
}
