/// The values of the home page (`home` template).
struct HomePage: TemplateFields {
    let counts: Counts
    /// Up to 10 case items with `updated`.
    let latest: [LatestCaseItem]
    /// Statuses, charges, regions that have values, at most 8 values each.
    let facets: [FacetSummary]

    static let fieldNames = ["counts", "latest", "facets"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "counts": .fields(counts)
        case "latest": .list(latest)
        case "facets": .list(facets)
        default: nil
        }
    }
}

/// `counts`: prosecutions and persons are counted apart (one case may have several defendants).
struct Counts: TemplateFields {
    let cases: Int
    let persons: Int
    let people: Int
    let organizations: Int
    let casesWord: String
    let personsWord: String
    /// The four numbers as the page's language writes them ("10 000", "10,000"): the ints
    /// stay digits for a theme that computes with them.
    var casesText = "", personsText = "", peopleText = "", organizationsText = ""
    /// People held now, on the home page of an archive that records custody (`HeldCount`).
    var held: HeldCount? = nil

    /// The counts with their words and texts in `words`.
    static func make(cases: Int, persons: Int, people: Int, organizations: Int, words: Catalogue) -> Counts {
        let number = words.number
        return Counts(cases: cases, persons: persons, people: people, organizations: organizations,
                      casesWord: words.count("units.prosecution_word", cases),
                      personsWord: words.count("units.person_prosecuted_word", persons),
                      casesText: number.whole(cases), personsText: number.whole(persons),
                      peopleText: number.whole(people), organizationsText: number.whole(organizations))
    }

    static let fieldNames = ["cases", "persons", "people", "organizations", "cases_word", "persons_word",
                             "cases_text", "persons_text", "people_text", "organizations_text", "held"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "cases": .int(cases)
        case "persons": .int(persons)
        case "people": .int(people)
        case "organizations": .int(organizations)
        case "cases_word": .string(casesWord)
        case "persons_word": .string(personsWord)
        case "cases_text": .string(casesText)
        case "persons_text": .string(personsText)
        case "people_text": .string(peopleText)
        case "organizations_text": .string(organizationsText)
        case "held": held.templateValue
        default: nil
        }
    }
}

/// A facet and its values: `{title, name, href, values, more}`.
struct FacetSummary: TemplateFields {
    let title: String
    let name: String
    let href: String
    let values: [FacetValueSummary]
    /// How many values were left out, when some were.
    let more: Int?
    /// "12 more", in the catalogue's words (`home.more_count`).
    let moreText: String?

    static let fieldNames = ["title", "name", "href", "values", "more", "more_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .string(title)
        case "name": .string(name)
        case "href": .string(href)
        case "values": .list(values)
        case "more": more.templateValue
        case "more_text": moreText.templateValue
        default: nil
        }
    }
}

/// `{label, href, count, count_text, detail, lang}`: one value of a facet (`detail` is a charge's law).
struct FacetValueSummary: TemplateFields {
    let label: String
    let href: String
    let count: Int
    /// `count` as the page's language writes numbers ("1 180").
    let countText: String
    let detail: String?
    /// The label's and the detail's languages where they are not the page's (`Facet.Value.lang`).
    var lang: String? = nil
    var detailLang: String? = nil

    static let fieldNames = ["label", "href", "count", "count_text", "detail", "lang", "detail_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "lang": lang.templateValue
        case "detail_lang": detailLang.templateValue
        case "href": .string(href)
        case "count": .int(count)
        case "count_text": .string(countText)
        case "detail": detail.templateValue
        default: nil
        }
    }
}
