/// One case in a list (what `partials/case-list` shows). A class: one entry per case is
/// made once per build and shared by every list that shows it, as a section's value
/// without copying its fields.
final class CaseItem: TemplateFields {
    let title: String
    let href: String
    let status: String
    /// `status` as HTML, its label marked when it is untranslated (`LabelMarks`).
    let statusHTML: String
    let statusKey: String
    let people: [PersonLink]
    let summary: String?
    let date: DateValue?
    let place: String?
    /// The same as HTML, each part shown untranslated in a `<bdi lang="…">` of its own
    /// (a city spelt by site.yml `places`, its region not), so a screen reader reads it in its voice.
    let placeHTML: String?
    let draft: Bool
    /// The entry rendered with `partials/case-item`, when rendered ahead.
    let html: String?
    /// The language of the title and summary where they are not in the page's (not translated).
    let titleLang: String?
    let summaryLang: String?
    /// The defendants the case counts but does not name, worded after the names ("and 16
    /// unnamed defendants") or alone when it names none.
    let unnamedDefendants: String?

    init(title: String, href: String, status: String, statusHTML: String? = nil, statusKey: String, people: [PersonLink], summary: String?,
         date: DateValue?, place: String?, draft: Bool, html: String? = nil, titleLang: String? = nil, summaryLang: String? = nil,
         unnamedDefendants: String? = nil, placeHTML: String? = nil) {
        self.unnamedDefendants = unnamedDefendants
        self.placeHTML = placeHTML ?? place.map(HTMLEscaping.escape)
        self.titleLang = titleLang
        self.summaryLang = summaryLang
        self.title = title
        self.href = href
        self.status = status
        self.statusHTML = statusHTML ?? HTMLEscaping.escape(status)
        self.statusKey = statusKey
        self.people = people
        self.summary = summary
        self.date = date
        self.place = place
        self.draft = draft
        self.html = html
    }

    /// The same entry with its rendered fragment (or without one, for nil).
    func with(html: String?) -> CaseItem {
        CaseItem(title: title, href: href, status: status, statusHTML: statusHTML, statusKey: statusKey, people: people, summary: summary,
                 date: date, place: place, draft: draft, html: html, titleLang: titleLang, summaryLang: summaryLang,
                 unnamedDefendants: unnamedDefendants, placeHTML: placeHTML)
    }

    static let fieldNames = ["title", "href", "status", "status_html", "status_key", "people", "summary", "date", "place", "place_html", "draft",
                             "html", "title_lang", "summary_lang", "unnamed_defendants"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "href": .string(href)
        case "status": .string(status)
        case "status_html": .string(statusHTML)
        case "status_key": .string(statusKey)
        case "people": .list(people)
        case "summary": summary.templateValue
        case "date": date.templateValue
        case "place": place.templateValue
        case "place_html": placeHTML.templateValue
        case "draft": draft ? .bool(true) : nil
        case "html": html.templateValue
        case "title_lang": titleLang.templateValue
        case "summary_lang": summaryLang.templateValue
        case "unnamed_defendants": unnamedDefendants.templateValue
        default: nil
        }
    }
}

/// A case item on a person page: the person's role, status and sentence added, and no
/// rendered fragment (the entry is rendered on the spot with its `role_line`).
struct PersonCaseItem: TemplateFields {
    let item: CaseItem
    /// The person's role, status and sentence in the case.
    let role: RoleLine
    /// The person's decisions and earlier roles in the case, when the file lists any.
    var history: DecisionHistory? = nil

    static let fieldNames = CaseItem.fieldNames.filter { $0 != "html" } + ["role_line", "role", "history"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "role_line": .string(role.line)
        case "role": .fields(role)
        case "history": history.templateValue
        case "html": nil
        default: item.field(key)
        }
    }
}

/// `{text, certainty, sentence, sentence_html}`: a person's line in a case, "Defendant · Sentenced" with
/// the status's certainty beside it ("(reported)") and the sentence after it.
struct RoleLine: TemplateFields {
    /// The role, and a defendant's status.
    var text: String
    /// `text` as HTML, each label left untranslated marked with its language (`LabelMarks`).
    var textHTML: String
    var certainty: CertaintyValue? = nil
    /// The sentence in force, worded; nil when there is none.
    var sentence: String? = nil
    /// `sentence` as HTML, a note left untranslated marked with its language.
    var sentenceHTML: String? = nil

    /// The whole line as one text, without the certainty: "Defendant · Sentenced: 2 years of
    /// freedom limitation" (`role_line`, which themes written before `role` use).
    var line: String { sentence.map { text + ": " + $0 } ?? text }

    static let fieldNames = ["text", "text_html", "certainty", "sentence", "sentence_html"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .string(text)
        case "text_html": .string(textHTML)
        case "certainty": certainty.templateValue
        case "sentence": sentence.templateValue
        case "sentence_html": sentenceHTML.templateValue
        default: nil
        }
    }
}

/// A case item in the home page's latest list, with the date of its last update.
struct LatestCaseItem: TemplateFields {
    let item: CaseItem
    let updated: DateValue?

    static let fieldNames = CaseItem.fieldNames + ["updated"]
    func field(_ key: String) -> TemplateValue? {
        key == "updated" ? updated.templateValue : item.field(key)
    }
}

/// What `partials/case-item` sees when an entry is rendered ahead: the entry and `root`.
struct CaseItemFragment: TemplateFields {
    let item: CaseItem
    let words: WordsValue

    static let fieldNames = CaseItem.fieldNames + ["root", "words"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "root": .string(SitePaths.rootMarker)
        case "words": .fields(words)
        default: item.field(key)
        }
    }
}
