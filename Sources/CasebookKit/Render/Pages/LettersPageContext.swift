import Foundation

/// Makes `/letters/`: the people held now (in the ledger's order, longest held first) who
/// have an address for letters, and the free page `letters.md` as its introduction.
///
/// The page exists when the archive records custody (`recordsCustody`), like every page of
/// who is held now: an archive that never records it has no one to list, and its
/// `letters.md`, if any, stays an ordinary free page at the same address.
struct LettersPageContext {
    static let path = "letters/index.html"
    /// The free page whose text stands above the list; not also written as a page of its own.
    static let pageID = "letters"

    let archive: Archive
    let words: Catalogue

    static func isPlanned(_ archive: Archive) -> Bool { archive.custody.recordsCustody }

    /// letters.md, when the archive publishes it.
    static func introduction(_ archive: Archive) -> LinkedPage? {
        archive.pages.first { $0.record.id == pageID }
    }

    func page() -> LettersPage {
        let people = archive.custody.heldNow.compactMap { id in
            archive.person(id).flatMap { LettersEntry($0.record, nameLang: $0.untranslated?.titleLang, archive: archive, words: words) }
        }
        let date = archive.custody.asOf.map { Self.time($0.date, words: words) } ?? ""
        let intro = people.isEmpty
            ? words.text("letters.none_html", ["date": date])
            : words.count("letters.intro_html", people.count, ["date": date])
        let text = Self.introduction(archive)
        return LettersPage(title: text?.record.title ?? words.text("letters.title"), summary: text?.record.summary,
                           draft: text?.record.draft ?? false, bodyHTML: text?.bodyHTML ?? "", introHTML: intro, people: people)
    }

    /// What the page shows in the default language: letters.md's texts and notes not yet
    /// translated. Never the whole page: the list's words are the page's language.
    static func untranslated(_ page: LettersPage, archive: Archive) -> Untranslated? {
        let text = introduction(archive)?.untranslated
        let notes = page.people.first { $0.noteLang != nil }?.noteLang
        guard let language = text?.language ?? notes else { return nil }
        var mark = Untranslated(language: language, whole: false)
        mark.title = text?.title ?? false
        mark.summary = text?.summary ?? false
        mark.body = text?.body ?? false
        mark.parts = notes != nil
        return mark.isEmpty ? nil : mark
    }

    /// A date as a `<time>` element for an `_html` entry.
    static func time(_ date: PartialDate, words: Catalogue) -> String {
        "<time datetime=\"\(HTMLEscaping.escape(date.start.description))\">\(HTMLEscaping.escape(words.date(date)))</time>"
    }

}
