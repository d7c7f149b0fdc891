/// Makes `/corrections/`: every published correction of the archive, newest first
/// (`CorrectionLog.all`), and the free page `corrections.md`, when there is one, as its
/// introduction (the archive's own words on how it corrects).
///
/// The page exists when some case, person or organization has a correction: an archive
/// without one has nothing to list (and its `corrections.md`, if any, stays an ordinary
/// free page at the same address), like `/letters/` without custody. A theme made before
/// the page has no `corrections` template: the page is then left out with a warning, so
/// the theme keeps building every archive; each page still shows its own corrections.
struct CorrectionsPageContext {
    static let path = "corrections/index.html"
    /// The free page whose text stands above the list; not also written as a page of its own.
    static let pageID = "corrections"
    static let template = "corrections"

    let archive: Archive
    let words: Catalogue

    static func isPlanned(_ archive: Archive, theme: Theme? = nil) -> Bool {
        guard CorrectionLog.any(archive) else { return false }
        return theme.map { $0.library.getTemplate(named: template) != nil } ?? true
    }

    /// corrections.md, when the archive publishes it.
    static func introduction(_ archive: Archive) -> LinkedPage? {
        archive.pages.first { $0.record.id == pageID }
    }

    func page() -> CorrectionsPage {
        let all = CorrectionLog.all(archive)
        let count = words.count("corrections.count", all.count)
        let text = Self.introduction(archive)
        return CorrectionsPage(title: text?.record.title ?? words.text("corrections.title"), summary: text?.record.summary,
                               draft: text?.record.draft ?? false, bodyHTML: text?.bodyHTML ?? "",
                               introText: words.text("corrections.intro"), countText: count,
                               corrections: all.map { CorrectionsEntry($0, words: words) })
    }

    /// What the page shows in the default language: corrections.md's texts, and notes or
    /// titles not yet translated. Never the whole page: the list's words are the page's language.
    static func untranslated(_ page: CorrectionsPage, archive: Archive) -> Untranslated? {
        let text = introduction(archive)?.untranslated
        let parts = page.corrections.first { $0.lang != nil || $0.titleLang != nil }.map { $0.lang ?? $0.titleLang! }
        guard let language = text?.language ?? parts else { return nil }
        var mark = Untranslated(language: language, whole: false)
        mark.title = text?.title ?? false
        mark.summary = text?.summary ?? false
        mark.body = text?.body ?? false
        mark.parts = parts != nil
        return mark.isEmpty ? nil : mark
    }

}
