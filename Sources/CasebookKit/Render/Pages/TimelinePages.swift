/// The values of the timeline index (`timeline` template).
struct TimelinePage: TemplateFields {
    /// `{year, href, count}`, newest first.
    let years: [YearLink]
    /// The 15 latest events, newest first.
    let recent: [EventValue]

    static let fieldNames = ["years", "recent"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "years": .list(years)
        case "recent": .list(recent)
        default: nil
        }
    }
}

/// The values of a page of one year's events (`timeline-year` template).
struct TimelineYearPage: TemplateFields {
    let year: Int
    /// Events of the whole year.
    let count: Int
    let months: [TimelineMonth]
    let previous: YearLink?
    let next: YearLink?
    let pager: PagerValue?
    /// "12 dated events."
    let countText: String
    /// On the first page of a year split into pages, the months that begin on a later one.
    var elsewhere: [MonthLink] = []

    static let fieldNames = ["year", "count", "count_text", "months", "previous", "next", "pager", "elsewhere"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .int(year)
        case "count_text": .string(countText)
        case "count": .int(count)
        case "months": .list(months)
        case "previous": previous.templateValue
        case "next": next.templateValue
        case "pager": pager.templateValue
        case "elsewhere": .list(elsewhere)
        default: nil
        }
    }
}

/// `{label, anchor, href}`: a month of a year that begins on a later page. The year's address
/// with the month's anchor (`timeline/2021/#m7`) lands on this link once events fill the
/// first page, so a link made when the month was there still leads to it.
struct MonthLink: TemplateFields {
    let label: String
    let anchor: String
    let href: String

    static let fieldNames = ["label", "anchor", "href"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "anchor": .string(anchor)
        case "href": .string(href)
        default: nil
        }
    }
}

/// `{label, anchor, events}`: one month of a year's page.
struct TimelineMonth: TemplateFields {
    var label: String
    let anchor: String
    let events: [EventValue]

    static let fieldNames = ["label", "anchor", "events"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "anchor": .string(anchor)
        case "events": .list(events)
        default: nil
        }
    }
}
