/// The parts of a case's object in cases.json: the organizations, court and charges it
/// names, its people with their custody, its events, documents and sources, each with
/// its words in the other languages.
extension CasesJSON {
    /// An organization or court named by a case, with its name in the other languages.
    func reference(_ kind: ContentKind, _ id: String, name: String?) -> JSON {
        var members: [(String, JSON)] = [("id", .string(id)), ("name", .text(name)), ("url", .string(urls.url(SitePaths.page(kind, id))))]
        languages.add("name", languages.translations(kind, id), to: &members) { $0.name }
        return .object(members)
    }

    func charge(_ key: String) -> JSON {
        let charge = archive.site.charge(key)
        return .object([("key", .string(key)), ("label", .text(charge?.label)), ("law", .text(charge?.law))])
    }

    /// The `index`th person of the case; `translations` are the case's, which give the
    /// places of custody periods.
    func person(_ participant: CaseRecord.Participant, in record: CaseRecord, at index: Int, _ translations: [LinkedTranslation?]) -> JSON {
        let site = archive.site, id = participant.person.id
        let status = participant.status(in: record)
        // The sentence in force: the shorthand `sentence:` unless decisions changed it.
        let current = participant.currentSentence(site.decisionOutcomes)
        var members: [(String, JSON)] = [
            ("id", .string(id)),
            ("name", .string(archive.person(id)?.record.name ?? id)),
            ("url", .string(urls.url(SitePaths.page(.people, id)))),
            ("role", .string(participant.role)),
            ("role_label", .string(site.roles.label(participant.role))),
            ("status", .text(status)),
            ("status_label", .text(status.map { site.statuses.label($0) })),
            ("charges", .texts(participant.chargeKeys(in: record))),
            ("sentence", sentenceParts(current)),
            ("sentence_text", .text(SentenceWording.describe(current, site: site, words: words).nonEmpty)),
        ]
        if let status = participant.statusCertainty, participant.isDefendant {
            members.insert(contentsOf: Self.statusCertainty(status), at: 7)  // after status_label
        }
        if recordsDecisions { members += decisionMembers(participant, current: current) }
        let ledger = archive.custody
        if ledger.recordsCustody {
            members += [("held_now", .bool(ledger.isHeldNow(id))),
                        ("custody", .array(ledger.entries(of: id).filter { $0.caseID == record.id && $0.participant == index }
                            .map { custody($0, translations) }))]
        }
        languages.add("name", languages.translations(.people, id), to: &members) { $0.name }
        return .object(members)
    }

    /// One custody period of a person in this case, its days counted as of the build's day.
    func custody(_ entry: CustodyLedger.Entry, _ translations: [LinkedTranslation?]) -> JSON {
        let period = entry.period
        var members: [(String, JSON)] = [
            ("from", .string(period.from.description)), ("to", .date(period.to)), ("kind", .string(period.kind)),
            ("kind_label", .string(archive.site.custodyKinds.vocabulary.label(period.kind))), ("held", .bool(entry.isHeldKind)),
            ("place", .text(period.place)), ("days", .int(entry.days)), ("current", .bool(entry.isCurrent)),
        ]
        languages.add("place", translations, to: &members) { CustodyTable.place($0, entry) }
        return .object(members)
    }

    /// An event (the `index`th of its file) with its summary in the other languages.
    func event(_ event: Event, at index: Int, in record: CaseRecord, _ translations: [LinkedTranslation?]) -> JSON {
        // An event naming no one concerns the case's defendants, as on the pages (not its lawyers or judges).
        let people = record.peopleConcerned(by: event, died: { [deaths = archive.deaths] in deaths[$0] })
        var members: [(String, JSON)] = [
            ("date", .string(event.date.description)),
            ("type", .string(event.type)),
            ("type_label", .string(archive.site.eventTypes.label(event.type))),
            ("summary", .string(event.summary)),
            ("people", .texts(people.uniqued())),
            ("sources", .texts(event.sources.map(\.id))),
        ]
        languages.add("summary", translations, to: &members) { $0.eventSummaries.element(index) }
        // Only on an event that gives them, so an archive without them publishes the same file;
        // a note only a translation gives is there too, as its language's page shows it.
        if event.certainty != nil || event.note != nil || translations.contains(where: { $0?.translation.eventNotes.element(index) != nil }) {
            members += [("certainty", .text(event.certainty?.rawValue)), ("note", .text(event.note))]
            languages.add("note", translations, to: &members) { $0.eventNotes.element(index) }
        }
        return .object(members)
    }

    /// Whether a case gives any of the keys of `certaintyFields` (an event's note given only
    /// by a translation too).
    static func givesCertainty(_ linked: LinkedCase, _ translations: Translations) -> Bool {
        let record = linked.record
        return record.statusCertainty != nil || record.people.contains { $0.statusCertainty != nil && $0.isDefendant }
            || record.events.contains { $0.certainty != nil || $0.note != nil }
            || translations.byLanguage.values.contains { $0[.cases]?[record.id]?.translation.eventNotes.contains { $0 != nil } == true }
    }

    /// `status_certainty`, `status_note`, `status_sources`, on a case or person that gives them.
    static func statusCertainty(_ status: StatusCertainty) -> [(String, JSON)] {
        [("status_certainty", .text(status.certainty?.rawValue)), ("status_note", .text(status.note)),
         ("status_sources", .texts(status.sources.map(\.id)))]
    }

    /// A document (the `index`th of its file) with its title in the other languages; `file`
    /// is the file's address on the site.
    func document(_ document: Document, at index: Int, _ translations: [LinkedTranslation?]) -> JSON {
        var members: [(String, JSON)] = [
            ("title", .string(document.title)), ("date", .date(document.date)), ("kind", .text(document.kind)),
            ("kind_label", .text(document.kind.map { archive.site.documentKinds.label($0) })),
            ("file", .text(document.file.map { urls.url($0.id.percentEncodedPath) })), ("url", .text(document.url)),
            ("language", .text(document.language)), ("sources", .texts(document.sources.map(\.id))),
        ]
        languages.add("title", translations, to: &members) { $0.documentTitles.element(index) }
        return .object(members)
    }

    /// A source (the `index`th of its file) with its title in the other languages.
    func source(_ source: Source, at index: Int, _ translations: [LinkedTranslation?]) -> JSON {
        var members: [(String, JSON)] = [
            ("id", .text(source.id)), ("title", .string(source.title)), ("publisher", .text(source.publisher)),
            ("url", .text(source.url)), ("date", .date(source.date)), ("language", .text(source.language)),
            ("archive_url", .text(source.archiveURL)),
        ]
        languages.add("title", translations, to: &members) { $0.sourceTitles.element(index) }
        return .object(members)
    }
}
