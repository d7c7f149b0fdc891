/// The values of a list of people held now (`held` template): `/held/`, and the same list
/// filtered by recognition (`/held/recognised/`, `/held/recognised/<organization>/`).
struct HeldPage: TemplateFields {
    /// "Held now: 12 people as of 1 January 2024", in the filter's words.
    let heading: String
    /// The day the figures are counted at.
    let asOf: DateValue
    /// How many people the whole list holds (every page of it).
    let count: Int
    let introText: String
    /// Only when the list is empty: "No one on this list is held as of …".
    let noneText: String?
    /// Everyone held now, and everyone of them recognised; empty when no one held now is recognised.
    let filters: [HeldFilterLink]
    /// Each organization that recognised someone held now, by name.
    let organizations: [HeldFilterLink]
    /// This page's people, longest held first.
    let people: [HeldPerson]
    /// Some total on this page rests on a partial date.
    let aboutNote: Bool
    let pager: PagerValue?

    static let fieldNames = ["heading", "as_of", "count", "intro_text", "none_text", "filters", "organizations", "people",
                             "about_note", "pager"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "heading": .string(heading)
        case "as_of": .fields(asOf)
        case "count": .int(count)
        case "intro_text": .string(introText)
        case "none_text": noneText.templateValue
        case "filters": .list(filters)
        case "organizations": .list(organizations)
        case "people": .list(people)
        case "about_note": aboutNote ? .bool(true) : nil
        case "pager": pager.templateValue
        default: nil
        }
    }
}

/// `{label, href, count, current}`: a filter of the list of people held now.
struct HeldFilterLink: TemplateFields {
    let label: String
    let href: String
    let count: Int
    let current: Bool
    /// An organization's name shown untranslated: its language.
    var lang: String? = nil
    /// `count` as the page's language writes numbers ("1 180").
    var countText: String { countWords.whole(count) }
    /// The page's number format, for `countText`.
    let countWords: NumberWording

    static let fieldNames = ["label", "href", "count", "count_text", "current", "lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "lang": lang.templateValue
        case "href": .string(href)
        case "count": .int(count)
        case "count_text": .string(countText)
        case "current": current ? .bool(true) : nil
        default: nil
        }
    }
}

/// A person held now, as `/held/` and a case page list them: the published name and photo,
/// since when, the days in custody, the measure and place, the case, where to write.
struct HeldPerson: TemplateFields {
    let id: String
    let name: String
    /// The name's language where it is shown untranslated (a person link's `name_lang`).
    let nameLang: String?
    let href: String?
    let photo: String?
    /// The photo's text alternative, else the name; present with `photo`.
    let photoAlt: String?
    let photoLang: String?
    /// The start of the period they are held under.
    let since: DateValue
    /// "since 4 March 2021" (`case.held_since`).
    let sinceText: String
    /// The start of their custody without a break, when earlier periods lead into the current one.
    let continuousSince: DateValue?
    let continuousSinceText: String?
    let days: Int
    /// "1,032 days", "about 1,032 days".
    let daysText: String
    let approximate: Bool
    /// The measure's label in the page's language, and its key.
    let kind: String
    let kindKey: String
    /// The measure's label's language where site.yml gives it none in the page's (`Vocabulary.shownIn`).
    let kindLang: String?
    let place: String?
    /// The place's language where it is not the page's (not translated).
    let placeLang: String?
    /// The case they are held under; on a case page only when it is another case.
    let caseLink: TitledLink?
    /// `letters/index.html#<id>` from the root, when the person has a letters address and is not protected.
    let letters: String?
    /// `support_url`, when there is no letters link.
    let support: String?

    static let fieldNames = ["id", "name", "name_lang", "href", "photo", "photo_alt", "photo_lang", "since", "since_text", "continuous_since",
                             "continuous_since_text", "days", "days_text", "approximate", "kind", "kind_key", "kind_lang", "place", "place_lang", "case",
                             "letters", "support"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "id": .string(id)
        case "name": .string(name)
        case "name_lang": nameLang.templateValue
        case "href": href.templateValue
        case "photo": photo.templateValue
        case "photo_alt": photoAlt.templateValue
        case "photo_lang": photoLang.templateValue
        case "since": .fields(since)
        case "since_text": .string(sinceText)
        case "continuous_since": continuousSince.templateValue
        case "continuous_since_text": continuousSinceText.templateValue
        case "days": .int(days)
        case "days_text": .string(daysText)
        case "approximate": approximate ? .bool(true) : nil
        case "kind": .string(kind)
        case "kind_key": .string(kindKey)
        case "kind_lang": kindLang.templateValue
        case "place": place.templateValue
        case "place_lang": placeLang.templateValue
        case "case": caseLink.templateValue
        case "letters": letters.templateValue
        case "support": support.templateValue
        default: nil
        }
    }
}
