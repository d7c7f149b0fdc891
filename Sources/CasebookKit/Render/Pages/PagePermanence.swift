/// `history` on a case, person or organization page: when git says it was first published
/// and last changed, and its dated changes, newest first (the commits of the file and of
/// the page's translation, renames followed). `changes` is empty when site.yml says
/// `history: false`; the dates stay.
struct PageHistory: TemplateFields {
    let firstPublished: DateValue?
    let lastChanged: DateValue?
    let changes: [HistoryChange]
    /// "12 changes", for the section's summary line.
    let count: String
    /// The day of `lastChanged`, for the citation.
    var lastChangedDate: PartialDate? = nil

    static let fieldNames = ["first_published", "last_changed", "changes", "count"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "first_published": firstPublished.templateValue
        case "last_changed": lastChanged.templateValue
        case "changes": .list(changes)
        case "count": .string(count)
        default: nil
        }
    }
}

/// `{date, message}`: one change of a page, its commit's first line (absent when it was
/// left out: `HistoryCheck`).
struct HistoryChange: TemplateFields {
    let date: DateValue
    let message: String?

    static let fieldNames = ["date", "message"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .fields(date)
        case "message": message.templateValue
        default: nil
        }
    }
}

/// `cite` on a case, person or organization page: how to cite it, as text and as BibTeX
/// (`Citation`), each in an element with its own `id` for the copy button.
struct CiteValue: TemplateFields {
    let text: String
    let bibtex: String
    /// The permanent address (from `base_url`); absent without it.
    let url: String?

    static let fieldNames = ["text", "bibtex", "url"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .string(text)
        case "bibtex": .string(bibtex)
        case "url": url.templateValue
        default: nil
        }
    }
}

/// `build` in the footer: the commit the site was built from and that commit's date (never
/// the clock, so two builds of one commit are the same files). Absent without git, or when
/// the content has changes not committed.
struct BuildStampValue: TemplateFields {
    let commit: String
    let shortCommit: String
    let date: DateValue
    /// "Built from version 1a2b3c4 of 5 March 2021", in the page's language.
    let text: String

    static let fieldNames = ["commit", "short_commit", "date", "text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "commit": .string(commit)
        case "short_commit": .string(shortCommit)
        case "date": .fields(date)
        case "text": .string(text)
        default: nil
        }
    }
}
