/// The values of an organization's history on its page: each former name with the date it
/// was used until, and each ban with its court and the organization's sources it cites.

/// `{name, until, until_text}`: `until` a date, `until_text` "until 2018" in the page's language.
struct FormerNameValue: TemplateFields {
    let name: String
    let until: DateValue?
    let untilText: String?

    static let fieldNames = ["name", "until", "until_text"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .string(name)
        case "until": until.templateValue
        case "until_text": untilText.templateValue
        default: nil
        }
    }

    static func list(_ organization: Organization, words: Catalogue) -> [FormerNameValue] {
        organization.formerNames.map { former in
            FormerNameValue(name: former.name, until: former.until.map(words.templateDate),
                            untilText: former.until.map { words.text("organization.former_until", ["date": words.date($0)]) })
        }
    }
}

/// `{date, by, sources}`: `by` the court as a link (absent when not given or not published),
/// `sources` the organization's sources it cites, by their numbers on the page.
struct BanValue: TemplateFields {
    let date: DateValue
    let by: OrganizationLink?
    let sources: [SourceRef]

    static let fieldNames = ["date", "by", "sources"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .fields(date)
        case "by": by.map { .fields($0) }
        case "sources": .list(sources)
        default: nil
        }
    }

    static func list(_ organization: Organization, items: Items) -> [BanValue] {
        var numbers: [String: Int] = [:]
        for (index, source) in organization.sources.enumerated() { if let id = source.id { numbers[id] = index + 1 } }
        return organization.bans.map { ban in
            BanValue(date: items.words.templateDate(ban.date), by: ban.by.flatMap { items.organizationLinks[$0.id] },
                     sources: ban.sources.compactMap { numbers[$0.id].map(SourceRef.init) })
        }
    }
}
