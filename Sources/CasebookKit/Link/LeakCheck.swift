/// The leak check: no published text of any file (titles, summaries, names, bodies, events,
/// sources and their addresses, corrections, sentence notes; default files and
/// translations) may name a protected person by their name, surname or an alias, in any
/// spelling. Like a broken link, a leak is an error, so nothing is written.
///
/// Every text is scanned once against `ProtectedWords` (in parallel, file by file); only a
/// file found to name someone is read again to say where (`LeakLocator`). With nobody
/// protected, none of this runs.
enum LeakCheck {
    static func problems(_ content: ParsedContent, words: ProtectedWords) -> [Diagnostic] {
        let hidden = Set(words.people.map(\.id))
        @Sendable func scan(_ info: DocumentInfo, _ texts: [String], _ body: MarkdownBody, ownNameHidden: Bool) -> Hit? {
            let front = texts.contains(where: words.names)
            let inBody = words.names(body.text) || words.photos.contains { body.text.contains($0) }
            return front || inBody ? Hit(info: info, body: body, ownNameHidden: ownNameHidden, front: front, inBody: inBody) : nil
        }
        var hits = parallelMap(content.cases) { record in scan(record.info, texts(of: record), record.body, ownNameHidden: false) }
        hits += parallelMap(content.people) { person in
            scan(person.info, texts(of: person), person.body, ownNameHidden: person.protection.hidesName)
        }
        hits += parallelMap(content.organizations) { organization in
            scan(organization.info, texts(of: organization), organization.body, ownNameHidden: false)
        }
        hits += content.pages.map { page in scan(page.info, [page.title] + [page.summary].compactMap { $0 }, page.body, ownNameHidden: false) }
        hits += parallelMap(content.translations) { parsed in
            let translation = parsed.translation
            let ownHidden = translation.info.kind == .people && hidden.contains(translation.id)
            return scan(translation.info, texts(of: translation, ownNameHidden: ownHidden), translation.body, ownNameHidden: ownHidden)
        }
        let found = hits.compactMap { $0 }
        guard !found.isEmpty else { return [] }
        // Rare: the files that name someone are read again for the places.
        let diskPaths = Dictionary(content.loadedFiles.map { ($0.info.path, $0.diskPath) }, uniquingKeysWith: { a, _ in a })
        let locator = LeakLocator(words: words)
        return found.flatMap { hit in
            (hit.front ? locator.frontMatter(of: hit.info, diskPath: diskPaths[hit.info.path], ownNameHidden: hit.ownNameHidden) : [])
                + (hit.inBody ? locator.body(hit.body, file: hit.info.path) : [])
        }
    }

    struct Hit: Sendable {
        let info: DocumentInfo
        let body: MarkdownBody
        let ownNameHidden: Bool
        let front: Bool
        let inBody: Bool
    }

    static func texts(of events: [Event], _ sources: [Source]) -> [String] {
        events.map(\.summary) + sources.flatMap { [$0.title] + [$0.publisher, $0.url, $0.archiveURL].compactMap { $0 } }
    }

    static func texts(of record: CaseRecord) -> [String] {
        [record.title] + [record.summary, record.region, record.city].compactMap { $0 } + record.tags
            + texts(of: record.events, record.sources) + record.corrections.map(\.note)
            + record.people.flatMap { $0.sentence.compactMap(\.note) }
    }

    /// A protected person's own name, aliases and photo are not published, so not scanned.
    static func texts(of person: Person) -> [String] {
        let own = person.protection.hidesName ? [] : [person.name] + person.aliases + [person.photo?.id].compactMap { $0 }
        return own + [person.region, person.protection.pseudonym].compactMap { $0 } + texts(of: person.events, person.sources)
    }

    static func texts(of organization: Organization) -> [String] {
        [organization.name] + [organization.shortName].compactMap { $0 } + organization.aliases
            + texts(of: organization.events, organization.sources)
    }

    static func texts(of translation: Translation, ownNameHidden: Bool) -> [String] {
        let own = ownNameHidden ? [] : [translation.name].compactMap { $0 } + (translation.aliases ?? [])
        return own + [translation.title, translation.summary, translation.shortName, translation.pseudonym].compactMap { $0 }
            + (translation.eventSummaries + translation.sourceTitles + translation.correctionNotes).compactMap { $0 }
            + translation.sentenceNotes.flatMap { $0.compactMap { $0 } }
    }

    /// How a match names the person, in messages.
    static func phrase(_ kind: ProtectedWords.Kind, whose: String = "their") -> String {
        switch kind {
        case .name: "\(whose) name"
        case .surname: "\(whose) surname"
        case .alias: "an alias"
        }
    }
}
