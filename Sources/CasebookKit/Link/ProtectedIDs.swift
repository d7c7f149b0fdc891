/// Ids are addresses anyone can read: a protected person's id may hold no part of their
/// name, in any spelling, and no file's id may hold a protected person's name, surname or
/// alias. Each is an error at the file, suggesting a neutral id that is not taken.
enum ProtectedIDs {
    static func problems(_ content: ParsedContent, words: ProtectedWords) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var taken: [ContentKind: Set<String>] = [:]
        for kind in ContentKind.allCases { taken[kind] = content.fileIDs[kind] ?? [] }
        var reported: Set<String> = []
        // Every word of every spelling of the name: first names too.
        var translated: [String: [String]] = [:]
        let ids = Set(words.people.map(\.id))
        for parsed in content.translations where parsed.translation.info.kind == .people && ids.contains(parsed.translation.id) {
            translated[parsed.translation.id, default: []] += [parsed.translation.name].compactMap { $0 } + (parsed.translation.aliases ?? [])
        }
        var nameWords: [String: [String]] = [:]
        for person in words.people {
            nameWords[person.id] = ([person.name] + person.aliases + (translated[person.id] ?? [])).flatMap(LeakFold.words).filter { $0.count > 1 }
        }
        for person in words.people {
            let parts = LeakFold.words(person.id)
            guard parts.contains(where: { part in nameWords[person.id]!.contains { named(part, by: $0) } }) else { continue }
            reported.insert(person.info.path)
            let suggestion = neutralID(for: person, words: words, taken: &taken)
            problems.append(Diagnostic(.error, person.info.path, .start,
                "the id '\(person.id)' holds a part of the name this file protects, and an id is an address anyone can read: rename the file to a neutral id, like \(folder(person.info.path))\(suggestion).md (and every reference to it)"))
        }
        let documents: [DocumentInfo] = content.cases.map(\.info) + content.people.map(\.info)
            + content.organizations.map(\.info) + content.pages.map(\.info)
        for info in documents where !reported.contains(info.path) {
            let parts = LeakFold.words(info.id)
            let matches = Self.matches(in: parts, words: words)
            guard let first = matches.first else { continue }
            var kept = Array(repeating: true, count: parts.count)
            for match in matches { for word in match.word..<(match.word + match.length) { kept[word] = false } }
            let rest = info.id.split(separator: "-").enumerated().filter { $0.offset < kept.count && kept[$0.offset] }.map { String($0.element) }
            let suggestion = unique(([info.kind.singular] + rest).joined(separator: "-"), kind: info.kind, taken: &taken)
            problems.append(Diagnostic(.error, info.path, .start,
                "the id '\(info.id)' holds \(LeakCheck.phrase(first.kind, whose: "the")) of a protected person (\(publishedAs(first.person, words))), and an id is an address anyone can read: rename the file, like \(folder(info.path))\(suggestion).md (and every reference to it)"))
        }
        return problems + formerIDProblems(content, words: words, nameWords: nameWords)
    }

    /// A former id is published too (its address, the open data, the search): one that holds
    /// a protected name, or a part of the name its own person protects, is an error where written.
    static func formerIDProblems(_ content: ParsedContent, words: ProtectedWords, nameWords: [String: [String]]) -> [Diagnostic] {
        let claims = FormerIDCheck.claims(content).flatMap(\.1)
        var problems: [Diagnostic] = []
        for (info, refs) in claims {
            for ref in refs {
                let parts = LeakFold.words(ref.id)
                let own = info.kind == .people ? nameWords[info.id] ?? [] : []
                if let first = Self.matches(in: parts, words: words).first {
                    problems.append(Diagnostic(.error, info.path, ref.position,
                        "the former id '\(ref.id)' holds \(LeakCheck.phrase(first.kind, whose: "the")) of a protected person (\(publishedAs(first.person, words))), and its old address would be published: remove it from 'former_ids'"))
                } else if parts.contains(where: { part in own.contains { named(part, by: $0) } }) {
                    problems.append(Diagnostic(.error, info.path, ref.position,
                        "the former id '\(ref.id)' holds a part of the name this file protects, and its old address would be published: remove it from 'former_ids'"))
                }
            }
        }
        return problems
    }

    /// Where an id's words name a protected person: a name in its words, or inside one of
    /// them (`zhanarsekretova`, `freesekretova`: an id is an address).
    static func matches(in parts: [String], words: ProtectedWords) -> [ProtectedWords.Match] {
        let found = words.matches(in: parts)
        guard found.isEmpty else { return found }
        return parts.indices.compactMap { index in
            words.joinedMatch(in: parts[index]).map { ProtectedWords.Match(person: $0.person, word: index, length: 1, kind: $0.kind) }
        }
    }

    /// "content/people/x.md, published as 'Defendant A'": the published name left out when it names them too.
    static func publishedAs(_ index: Int, _ words: ProtectedWords) -> String {
        let person = words.people[index]
        let published = Protection.publishedName(person)
        return words.names(published) ? person.info.path : "\(person.info.path), published as '\(published)'"
    }

    /// A word of an id names the person when it is a word of their name (or its inflection),
    /// or holds one of four letters or more (`zhanarsekretova`).
    static func named(_ part: String, by word: String) -> Bool {
        ProtectedWords.matches(part, word) || (word.count >= 4 && part.contains(word))
    }

    /// The pseudonym as an id when it can be one, else `person-<n>`.
    static func neutralID(for person: Person, words: ProtectedWords, taken: inout [ContentKind: Set<String>]) -> String {
        if let pseudonym = person.protection.pseudonym {
            let id = Identifier.slug(pseudonym)
            if Identifier.isValid(id), matches(in: LeakFold.words(id), words: words).isEmpty, taken[.people]?.contains(id) == false {
                taken[.people]?.insert(id)
                return id
            }
        }
        return unique("person", kind: .people, taken: &taken)
    }

    /// `base`, else `base-2`, `base-3` … (or `person-1`, `person-2` … for a bare kind),
    /// the first that no file has and no other suggestion took.
    static func unique(_ base: String, kind: ContentKind, taken: inout [ContentKind: Set<String>]) -> String {
        let bare = base == kind.singular
        var number = 1
        var id = bare ? "\(base)-1" : base
        while taken[kind]?.contains(id) == true {
            number += 1
            id = "\(base)-\(number)"
        }
        taken[kind, default: []].insert(id)
        return id
    }

    /// `content/people/` for `content/people/x.md`.
    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
