/// Protected names, applied in the link stage: a person with `protect: initials` or
/// `protect: pseudonym` (or `minor: true`) is linked under the name to publish, without
/// aliases, date of birth or photo, and so are their translations. Everything after the
/// link stage (pages, lists, search, open data, feed, metadata) only ever sees that name.
enum Protection {
    /// "Z. S." for "Zhanar Sekretova", "Ж. С." for "Жанар Секретова", "A.-M. P." for
    /// "Anna-Maria Petrova": the first letter of each part, upper case.
    static func initials(of name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).compactMap { word -> String? in
            let parts = word.split(separator: "-").compactMap { part in
                part.first(where: \.isLetter).map { $0.uppercased() + "." }
            }
            return parts.isEmpty ? nil : parts.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// The name a person is published under in the default language.
    static func publishedName(_ person: Person) -> String {
        switch person.protection.level {
        case .full: person.name
        case .initials: initials(of: person.name)
        case .pseudonym: person.protection.pseudonym ?? initials(of: person.name)
        }
    }

    /// The name a translation publishes for a protected person: the initials of its own
    /// name, or its pseudonym; nil leaves the default language's published name shown.
    static func publishedName(_ person: Person, translation: Translation) -> String? {
        switch person.protection.level {
        case .full: translation.name
        case .initials: translation.name.map(initials)
        case .pseudonym: translation.pseudonym
        }
    }

    /// The person as published: for a protected one, the published name and nothing that
    /// identifies them.
    static func published(_ person: Person) -> Person {
        guard person.protection.hidesName else { return person }
        var published = person
        published.name = publishedName(person)
        published.aliases = []
        published.born = nil
        published.photo = nil
        published.gender = nil
        return published
    }

    /// The translations of protected people made to publish their names only.
    static func apply(to translations: inout Translations, people: [Person]) {
        let protected = people.filter(\.protection.hidesName)
        for person in protected {
            for language in translations.byLanguage.keys {
                guard let linked = translations.byLanguage[language]?[.people]?[person.id] else { continue }
                var translation = linked.translation
                translation.name = publishedName(person, translation: linked.translation)
                translation.aliases = nil
                translation.pseudonym = nil
                translations.byLanguage[language]?[.people]?[person.id] = LinkedTranslation(translation: translation, bodyHTML: linked.bodyHTML)
            }
        }
    }

    /// A translation's pseudonym for someone without `protect: pseudonym` would never be
    /// shown: an error at its key, so it is not taken for protection.
    static func unusedPseudonyms(_ content: ParsedContent) -> [Diagnostic] {
        let given = content.translations.filter { $0.translation.pseudonym != nil }
        guard !given.isEmpty else { return [] }
        var problems: [Diagnostic] = []
        let people = Dictionary(content.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for parsed in given {
            let translation = parsed.translation
            guard let person = people[translation.id], person.protection.level != .pseudonym else { continue }
            problems.append(Diagnostic(.error, translation.info.path, parsed.lists["pseudonym"] ?? .start,
                "'pseudonym' is published only for a person with 'protect: pseudonym', which \(TranslationParser.defaultPath(of: translation.info)) does not have: remove it here, or protect the person there"))
        }
        return problems
    }
}
