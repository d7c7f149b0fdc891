/// Every spelling of each entry's name in every language of the site, normalised: a
/// person's name and aliases, an organization's name, short name, aliases and former names, a case's
/// title, from the default-language file and from each of its translations; and the labels
/// of site.yml in every language (statuses, charges, kinds, places, tags). The search
/// index of each language adds them to the words its entries are found by, so a reader of
/// the Russian pages who types "Qambarova" finds Камбарова, and one of the English pages
/// finds "Democratic Choice" typed as "Демократический выбор".
///
/// Made once per build from the default-language archive (normalising is most of the
/// index's work) and shared by the index of every language.
struct SearchSpellings: Sendable {
    /// id -> the distinct normalised words of every spelling, by kind.
    var people: [String: [String]] = [:]
    var organizations: [String: [String]] = [:]
    var cases: [String: [String]] = [:]
    /// The labels a case is also found by, in every language: statuses, charges (label and
    /// law) and organization kinds by key; regions and cities (site.yml `places`) and tags
    /// (site.yml `tags`) by the files' spelling. So "статья 405" or "Жамбылская область"
    /// typed on the English pages finds what the Russian pages would.
    var statuses: [String: [String]] = [:]
    var charges: [String: [String]] = [:]
    var kinds: [String: [String]] = [:]
    var places: [String: [String]] = [:]
    var tags: [String: [String]] = [:]

    init() {}

    /// The spellings of `archive`'s entries in its site's languages (`archive.translations`).
    init(archive: Archive) {
        let languages = Array(archive.site.allLanguages.dropFirst()), translations = archive.translations
        @Sendable func translated(_ kind: ContentKind, _ id: String) -> [LinkedTranslation] {
            languages.compactMap { translations.translation(kind, id, in: $0) }
        }
        let people = parallelMap(archive.people) { linked in
            let person = linked.record
            return Self.words(Self.texts(name: person.name, aliases: person.aliases, translated(.people, person.id)))
        }
        let organizations = parallelMap(archive.organizations) { linked in
            let organization = linked.record
            let translations = translated(.organizations, organization.id)
            // Former names are other spellings: a reader may know only the name it had.
            let former = organization.formerNames.map(\.name) + translations.flatMap { $0.translation.formerNames.compactMap { $0 } }
            return Self.words(Self.texts(name: organization.name, shortName: organization.shortName, aliases: organization.aliases + former,
                                         translations))
        }
        let cases = parallelMap(archive.cases) { linked in
            Self.words([linked.record.title] + translated(.cases, linked.record.id).compactMap(\.translation.title))
        }
        self.people = Dictionary(zip(archive.people.map(\.record.id), people), uniquingKeysWith: { a, _ in a })
        self.organizations = Dictionary(zip(archive.organizations.map(\.record.id), organizations), uniquingKeysWith: { a, _ in a })
        self.cases = Dictionary(zip(archive.cases.map(\.record.id), cases), uniquingKeysWith: { a, _ in a })
        let site = archive.site
        func vocabulary(_ table: Vocabulary) -> [String: [String]] {
            Dictionary(table.keys.map { key in (key, Self.words([table.label(key)] + languages.compactMap { table.translated[$0]?[key] })) },
                       uniquingKeysWith: { a, _ in a })
        }
        func names(_ table: PlaceNames) -> [String: [String]] {
            table.spellings.reduce(into: [:]) { out, entry in out[entry.key] = Self.words([entry.key] + languages.compactMap { entry.value[$0] }) }
        }
        statuses = vocabulary(site.statuses)
        kinds = vocabulary(site.organizationKinds)
        charges = Dictionary(site.charges.map { charge in
            (charge.key, Self.words([charge.label, charge.law].compactMap { $0 }
                                    + languages.flatMap { [charge.translatedLabel[$0], charge.translatedLaw[$0]].compactMap { $0 } }))
        }, uniquingKeysWith: { a, _ in a })
        places = names(site.places)
        tags = names(site.tagNames)
    }

    static func words(_ texts: [String]) -> [String] { SearchNormalizer.distinctWords(texts.joined(separator: " ")) }

    /// The texts a person or organization is found by: its own, then each translation's
    /// (a translation that leaves one out is shown with the default's, which is already in).
    static func texts(name: String, shortName: String? = nil, aliases: [String], _ translations: [LinkedTranslation]) -> [String] {
        var texts = [name] + [shortName].compactMap { $0 } + aliases
        for translation in translations.lazy.map(\.translation) {
            texts += [translation.name, translation.shortName].compactMap { $0 } + (translation.aliases ?? [])
        }
        return texts
    }

    /// `words` followed by those of `spellings` it does not hold yet.
    static func adding(_ spellings: [String]?, to words: [String]) -> [String] {
        guard let spellings, !spellings.isEmpty else { return words }
        var seen = Set(words), all = words
        for word in spellings where seen.insert(word).inserted { all.append(word) }
        return all
    }
}
