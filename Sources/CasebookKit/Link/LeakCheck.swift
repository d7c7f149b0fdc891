/// The leak check: no published text of any file (titles, summaries, names, bodies, events,
/// sources and their addresses (and a case's source ids), corrections, sentence notes, documents' titles, files and
/// addresses, letters' addresses and notes, support pages; default files and translations)
/// may name a protected person by their name, surname or an alias, in any spelling. Like a
/// broken link, a leak is an error, so nothing is written.
///
/// Every text is scanned once against `ProtectedWords` (in parallel, file by file); only a
/// file found to name someone is read again to say where (`LeakLocator`). With nobody
/// protected, none of this runs.
enum LeakCheck {
    static func problems(_ content: ParsedContent, words: ProtectedWords) -> [Diagnostic] {
        let hidden = Set(words.people.map(\.id))
        // Every file as (kind, index), scanned in groups: each group's thread remembers the
        // tokens it has folded (LeakScanner).
        var documents: [(ContentKind?, Int)] = []
        documents += content.cases.indices.map { (.cases, $0) }
        documents += content.people.indices.map { (.people, $0) }
        documents += content.organizations.indices.map { (.organizations, $0) }
        documents += content.pages.indices.map { (.pages, $0) }
        documents += content.translations.indices.map { (nil, $0) }
        let groups = stride(from: 0, to: documents.count, by: 256).map { documents[$0..<min($0 + 256, documents.count)] }
        let found = parallelMap(groups, chunk: 1) { group -> [Hit] in
            var scanner = LeakScanner(words: words)
            return group.compactMap { kind, index in
                let (info, texts, body, ownHidden) = document(kind, index, content, hidden: hidden)
                let front = texts.texts.contains { scanner.names($0) } || texts.addresses.contains { scanner.names($0, addresses: true) }
                // The body as written, and as its page shows it (references decoded, marks and tags out).
                // A protected photo shown by a body is the link check's (`BodyLinkResolver.withheld`), at the link.
                let inBody = scanner.names(body.text) || ReaderText.of(body.text, links: scanner.nameBeforeLink).map { scanner.names($0) } == true
                    || LeakEscapes.references(body.text).map { scanner.names($0) } == true  // in a link's address too
                return front || inBody ? Hit(info: info, body: body, ownNameHidden: ownHidden, front: front, inBody: inBody) : nil
            }
        }.flatMap { $0 }
        guard !found.isEmpty else { return [] }
        // Rare: the files that name someone are read again for the places.
        let diskPaths = Dictionary(content.loadedFiles.map { ($0.info.path, $0.diskPath) }, uniquingKeysWith: { a, _ in a })
        let locator = LeakLocator(words: words)
        return found.flatMap { hit in
            (hit.front ? locator.frontMatter(of: hit.info, diskPath: diskPaths[hit.info.path], ownNameHidden: hit.ownNameHidden) : [])
                + (hit.inBody ? locator.body(hit.body, file: hit.info.path, language: hit.info.language) : [])
        }
    }

    /// A file's published texts: read as text, and read as addresses (addresses, file
    /// names, and the tags, regions and cities that become addresses), where a name inside
    /// a longer word counts too (`LeakReading`).
    struct Texts {
        var texts: [String]
        var addresses: [String] = []

        /// Whether the file publishes the text, read either way.
        func contains(_ text: String) -> Bool { texts.contains(text) || addresses.contains(text) }
    }

    /// One file's published texts of its front matter, its body, and whether its own name
    /// and aliases are a protected person's (never published, so not scanned).
    static func document(_ kind: ContentKind?, _ index: Int, _ content: ParsedContent,
                         hidden: Set<String>) -> (DocumentInfo, Texts, MarkdownBody, Bool) {
        switch kind {
        case .cases?:
            let record = content.cases[index]
            return (record.info, texts(of: record), record.body, false)
        case .people?:
            let person = content.people[index]
            return (person.info, texts(of: person), person.body, person.protection.hidesName)
        case .organizations?:
            let organization = content.organizations[index]
            return (organization.info, texts(of: organization), organization.body, false)
        case .pages?:
            let page = content.pages[index]
            return (page.info, Texts(texts: [page.title] + [page.summary].compactMap { $0 }), page.body, false)
        case nil:
            let translation = content.translations[index].translation
            let ownHidden = translation.info.kind == .people && hidden.contains(translation.id)
            return (translation.info, Texts(texts: texts(of: translation, ownNameHidden: ownHidden)), translation.body, ownHidden)
        }
    }

    struct Hit: Sendable {
        let info: DocumentInfo
        let body: MarkdownBody
        let ownNameHidden: Bool
        let front: Bool
        let inBody: Bool
    }

    static func texts(of events: [Event], _ sources: [Source]) -> Texts {
        Texts(texts: events.map(\.summary) + events.compactMap(\.note) + sources.flatMap { [$0.title] + [$0.publisher, $0.language].compactMap { $0 } },
              addresses: sources.flatMap { [$0.url, $0.archiveURL].compactMap { $0 } })
    }

    static func texts(of record: CaseRecord) -> Texts {
        var texts = texts(of: record.events, record.sources)
        texts.texts += [record.title] + [record.summary].compactMap { $0 } + record.corrections.map(\.note)
            + record.people.flatMap { $0.sentence.compactMap(\.note) + $0.custody.compactMap(\.place) + [$0.statusCertainty?.note].compactMap { $0 } + $0.decisionTexts }
            + [record.statusCertainty?.note].compactMap { $0 }
            + record.documents.flatMap { [$0.title] + [$0.language].compactMap { $0 } }
        // A case's source ids are published (`cases.json` cites them); a person's or an organization's are not.
        texts.addresses += [record.region, record.city].compactMap { $0 } + record.tags + record.documents.flatMap { [$0.file?.id, $0.url].compactMap { $0 } }
            + record.sources.compactMap(\.id)
        return texts
    }

    /// A protected person's own name, aliases and photo (with its credit and alt) are not published, so not scanned.
    static func texts(of person: Person) -> Texts {
        var texts = texts(of: person.events, person.sources)
        if !person.protection.hidesName {
            texts.texts += [person.name] + person.aliases + [person.photo?.credit, person.photo?.alt].compactMap { $0 }
            texts.addresses += [person.photo?.id].compactMap { $0 }
        }
        texts.texts += [person.protection.pseudonym, person.letters?.address, person.letters?.note].compactMap { $0 } + person.corrections.map(\.note)
        texts.addresses += [person.region, person.supportURL].compactMap { $0 }
        return texts
    }

    static func texts(of organization: Organization) -> Texts {
        var texts = texts(of: organization.events, organization.sources)
        texts.texts += [organization.name] + [organization.shortName].compactMap { $0 } + organization.aliases + organization.formerNames.map(\.name)
            + organization.corrections.map(\.note)
        return texts
    }

    static func texts(of translation: Translation, ownNameHidden: Bool) -> [String] {
        let own = ownNameHidden ? [] : [translation.name, translation.photo?.credit, translation.photo?.alt].compactMap { $0 } + (translation.aliases ?? [])
        return own + [translation.title, translation.summary, translation.shortName, translation.pseudonym, translation.lettersNote, translation.statusNote].compactMap { $0 }
            + (translation.eventSummaries + translation.eventNotes + translation.sourceTitles + translation.correctionNotes).compactMap { $0 }
            + translation.sentenceNotes.flatMap { $0.compactMap { $0 } }
            + translation.custodyPlaces.flatMap { $0.compactMap { $0 } }
            + translation.personStatusNotes.compactMap { $0 }
            + translation.documentTitles.compactMap { $0 }
            + translation.decisionTexts.joined().flatMap { [$0.note].compactMap { $0 } + $0.sentenceNotes.compactMap { $0 } }
            + translation.formerNames.compactMap { $0 }
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
