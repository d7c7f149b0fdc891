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

    static let fieldNames = ["year", "count", "count_text", "months", "previous", "next", "pager"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .int(year)
        case "count_text": .string(countText)
        case "count": .int(count)
        case "months": .list(months)
        case "previous": previous.templateValue
        case "next": next.templateValue
        case "pager": pager.templateValue
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
