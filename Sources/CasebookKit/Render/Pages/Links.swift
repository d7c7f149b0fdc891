/// `{name, href, name_lang}`: a person as lists of people and case items show them.
struct PersonLink: TemplateFields {
    let name: String
    /// Absent for a participant whose person is not in the archive (a draft left out).
    let href: String?
    /// The name's language on a page of another language that shows it untranslated (no
    /// `name` in the person's translation), so screen readers read it in its own voice.
    var nameLang: String? = nil
    /// In a list of cases, a defendant's own status when it is not the case's ("Acquitted" in
    /// a case "Sentenced"): the list's status beside the names would read as theirs.
    var status: String? = nil
    /// `status` as HTML, its label marked when it is untranslated (`LabelMarks`).
    var statusHTML: String? = nil
    /// The person's `gender`, for the words of `status` (`Gender`); no field of the templates.
    var gender: Gender? = nil

    /// The keys of every person link; `status` is a case item's only.
    static let linkFieldNames = ["name", "href", "name_lang"]
    static let fieldNames = linkFieldNames + ["status", "status_html"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "href": href.templateValue
        case "name_lang": nameLang.templateValue
        case "status": status.templateValue
        case "status_html": statusHTML.templateValue
        default: nil
        }
    }
}

/// `{name, href, short_name, kind, name_lang}`: an organization in lists; `kind` is the label.
struct OrganizationLink: TemplateFields {
    let name: String
    let href: String
    let shortName: String?
    let kind: String?
    /// The name's and the short name's languages where they are shown untranslated (as a person link's).
    var nameLang: String? = nil
    var shortNameLang: String? = nil

    static let fieldNames = ["name", "href", "short_name", "kind", "name_lang", "short_name_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "name_lang": nameLang.templateValue
        case "short_name_lang": shortNameLang.templateValue
        case "href": .string(href)
        case "short_name": shortName.templateValue
        case "kind": kind.templateValue
        default: nil
        }
    }
}

/// `{title, href}`: an event's `context`, a source's `link`, a facet page's `facet`.
struct TitledLink: TemplateFields {
    let title: String
    let href: String
    /// The title's language where it is not the page's (not translated).
    var titleLang: String? = nil

    static let fieldNames = ["title", "href", "title_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "href": .string(href)
        case "title_lang": titleLang.templateValue
        default: nil
        }
    }
}

/// `{label, href}`: a tag, a case's region.
struct LabelLink: TemplateFields {
    let label: String
    let href: String
    /// The label's language when it is not the page's: a region or tag that site.yml
    /// `places` or `tags` does not spell in it, shown as the files write it.
    var lang: String? = nil

    static let fieldNames = ["label", "href", "lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "href": .string(href)
        case "lang": lang.templateValue
        default: nil
        }
    }
}

/// `{href}`: the pager's `previous` and `next`, the data page's `sitemap`.
struct Href: TemplateFields {
    let href: String

    static let fieldNames = ["href"]
    func field(_ key: String) -> TemplateValue? { key == "href" ? .string(href) : nil }
}

/// `{year, href}` of a neighbouring year; with `count` (and `count_text`, as the page's
/// language writes it) in the timeline's list of years.
struct YearLink: TemplateFields {
    let year: Int
    let href: String
    let count: Int?
    var countText: String? = nil

    static let fieldNames = ["year", "href", "count", "count_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .int(year)
        case "href": .string(href)
        case "count": count.templateValue
        case "count_text": countText.templateValue
        default: nil
        }
    }
}

/// A date for templates: the words and the ISO form for `<time datetime>`.
struct DateValue: TemplateFields {
    let text: String
    let iso: String

    static let fieldNames = ["text", "iso"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .string(text)
        case "iso": .string(iso)
        default: nil
        }
    }
}

/// `{cases}`: a case's `related` and a court's `court`.
struct CaseList: TemplateFields {
    let cases: [CaseItem]

    static let fieldNames = ["cases"]
    func field(_ key: String) -> TemplateValue? { key == "cases" ? .list(cases) : nil }
}
