/// `counts.held` on the home page: how many people are held now, as of the build's day,
/// linking to `/held/`. Only when the archive records custody (never "0 held" for an
/// archive that does not).
struct HeldCount: TemplateFields {
    let count: Int
    /// The count as the page's language writes it ("1 180").
    let countText: String
    /// "people held now", chosen by the count (`home.held_word`).
    let word: String
    let asOf: DateValue
    /// "as of 1 January 2024" (`home.held_as_of`).
    let asOfText: String
    let href: String

    static let fieldNames = ["count", "count_text", "word", "as_of", "as_of_text", "href"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "count": .int(count)
        case "count_text": .string(countText)
        case "word": .string(word)
        case "as_of": .fields(asOf)
        case "as_of_text": .string(asOfText)
        case "href": .string(href)
        default: nil
        }
    }

    /// The home page's counts with the held-now figure, when the archive records custody.
    static func adding(to counts: Counts, archive: Archive, words: Catalogue) -> Counts {
        guard archive.custody.recordsCustody, let day = archive.custody.asOf?.date else { return counts }
        var counts = counts
        let count = archive.custody.heldNow.count
        counts.held = HeldCount(count: count, countText: words.number.whole(count), word: words.count("home.held_word", count),
                                asOf: words.templateDate(day),
                                asOfText: words.text("home.held_as_of", ["date": words.date(day)]),
                                href: HeldFilter.all.path(in: archive))
        return counts
    }
}
