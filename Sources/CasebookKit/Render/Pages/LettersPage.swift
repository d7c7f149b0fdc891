/// The values of `/letters/` (`letters` template): everyone held now who has an address for
/// letters, with the text of `content/pages/letters.md` above the list when it exists.
struct LettersPage: TemplateFields {
    /// letters.md's title, else the catalogue's `letters.title`.
    let title: String
    let summary: String?
    let draft: Bool
    /// letters.md's body; empty without it.
    let bodyHTML: String
    /// "2 people held as of 1 January 2024 have an address for letters." (HTML, the date a `<time>`).
    let introHTML: String
    let people: [LettersEntry]

    static let fieldNames = ["title", "summary", "draft", "body_html", "intro_html", "people"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "summary": summary.templateValue
        case "draft": draft ? .bool(true) : nil
        case "body_html": bodyHTML.isEmpty ? nil : .string(bodyHTML)
        case "intro_html": .string(introHTML)
        case "people": .list(people)
        default: nil
        }
    }
}

/// One person on `/letters/` (the element's id is the person's, for `letters/#<id>`), or
/// the letters block of their own page.
struct LettersEntry: TemplateFields {
    let id: String
    let person: PersonLink
    /// The address line by line (an address has several).
    let addressLines: [String]
    /// "Address as of January 2024" (HTML, the date a `<time>`), when `as_of` is given.
    let asOfHTML: String?
    let note: String?
    /// The note's language when it is not translated into the page's.
    let noteLang: String?
    let supportURL: String?
    /// This entry on `/letters/`, from the site root.
    let href: String

    static let fieldNames = ["id", "person", "address_lines", "as_of_html", "note", "note_lang", "support_url", "href"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "id": .string(id)
        case "person": .fields(person)
        case "address_lines": .list(addressLines)
        case "as_of_html": asOfHTML.templateValue
        case "note": note.templateValue
        case "note_lang": noteLang.templateValue
        case "support_url": supportURL.templateValue
        case "href": .string(href)
        default: nil
        }
    }

    /// The entry of a person held now with an address, unless they are protected (whose
    /// address is an error in `check`; never shown, whatever the build was told).
    init?(_ person: borrowing Person, nameLang: String? = nil, archive: borrowing Archive, words: borrowing Catalogue) {
        guard let letters = person.letters, archive.custody.isHeldNow(person.id),
              LettersCheck.protectionKey(person.protection) == nil else { return nil }
        id = person.id
        self.person = Items.personLink(person, nameLang: nameLang)
        addressLines = letters.address.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        asOfHTML = letters.asOf.map { words.text("letters.address_as_of_html", ["date": LettersPageContext.time($0, words: words)]) }
        note = letters.note
        noteLang = letters.noteShownIn
        supportURL = person.supportURL
        href = LettersPageContext.path + "#" + person.id
    }
}
