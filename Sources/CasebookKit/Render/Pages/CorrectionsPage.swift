/// The values of `/corrections/` (`corrections` template): every correction of every case,
/// person and organization, newest first, with the text of `content/pages/corrections.md`
/// above the list when it exists.
struct CorrectionsPage: TemplateFields {
    /// corrections.md's title, else the catalogue's `corrections.title`.
    let title: String
    let summary: String?
    let draft: Bool
    /// corrections.md's body; empty without it.
    let bodyHTML: String
    /// The archive's correction policy in a sentence (`corrections.intro`).
    let introText: String
    /// "3 corrections, the newest first." (`corrections.count`).
    let countText: String
    let corrections: [CorrectionsEntry]

    static let fieldNames = ["title", "summary", "draft", "body_html", "intro_text", "count_text", "corrections"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "summary": summary.templateValue
        case "draft": draft ? .bool(true) : nil
        case "body_html": bodyHTML.isEmpty ? nil : .string(bodyHTML)
        case "intro_text": .string(introText)
        case "count_text": .string(countText)
        case "corrections": .list(corrections)
        default: nil
        }
    }
}

/// One correction on `/corrections/`: its date and note, and the page it corrects.
struct CorrectionsEntry: TemplateFields {
    let date: DateValue
    let note: String
    /// The note's language when it is not translated into the page's.
    let lang: String?
    /// `case`, `person` or `organization`.
    let kind: String
    /// The page's title or name, and its language when untranslated.
    let title: String
    let titleLang: String?
    /// The correction on its page, from the root: `cases/x/index.html#correction-2021-03-05`.
    let href: String

    static let fieldNames = ["date", "note", "lang", "kind", "title", "title_lang", "href"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .fields(date)
        case "note": .string(note)
        case "lang": lang.templateValue
        case "kind": .string(kind)
        case "title": .string(title)
        case "title_lang": titleLang.templateValue
        case "href": .string(href)
        default: nil
        }
    }

    init(_ published: CorrectionLog.Published, words: Catalogue) {
        let correction = published.entry.correction
        date = words.templateDate(correction.date)
        note = correction.note
        lang = correction.shownIn
        kind = published.kind.singular
        title = published.title
        titleLang = published.titleLang
        href = published.path + "#" + published.entry.anchor
    }
}
