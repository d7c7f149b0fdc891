/// The link stage: checks every reference, renders bodies with their links rewritten, and
/// builds the back-links, timeline and facets of the archive in one pass each.
enum Linker {
    /// `asOf`: the day figures are counted at, from `--as-of` (with `today` already read off
    /// the clock); nil for site.yml's `as_of`, else the default.
    static func link(_ content: ParsedContent, includeDrafts: Bool, asOf: AsOf? = nil) -> (Archive, [Diagnostic]) {
        link(content, includeDrafts: includeDrafts, asOf: asOf, protectedWords: ProtectedWords(people: content.people, translations: content.translations))
    }

    /// `protectedWords`: the archive's protected names (`ProtectedWords`), made once by the caller.
    static func link(_ content: ParsedContent, includeDrafts: Bool, asOf: AsOf?, protectedWords: ProtectedWords?) -> (Archive, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let site = content.site
        let checker = referenceChecker(content)
        let connectedHistory = FormerIDHistory.connected(content)
        // Each file's references are checked on its own, so the checks run in parallel.
        diagnostics += parallelMap(content.cases) { record in check(record.info.path) { checker.check(record, into: &$0) } }.flatMap { $0 }
        diagnostics += parallelMap(content.people) { person in check(person.info.path) { checker.check(person, into: &$0) } }.flatMap { $0 }
        for organization in content.organizations {
            diagnostics += check(organization.info.path) { checker.check(organization, into: &$0) }
        }
        diagnostics += FormerIDCheck.problems(content)
        diagnostics += WithdrawnCheck.problems(content)
        // Protected people: no id or published text may name them (nothing runs when nobody is).
        if let protectedWords {
            diagnostics += ProtectedIDs.problems(content, words: protectedWords)
            diagnostics += LeakCheck.problems(content, words: protectedWords)
            diagnostics += ProtectedMedia.problems(content, words: protectedWords)
            diagnostics += MediaLeakCheck.problems(content, words: protectedWords)
            diagnostics += SiteLeakCheck.problems(content, words: protectedWords)
        }
        diagnostics += Protection.unusedPseudonyms(content) + MinorCheck.problems(content)

        let cases = content.cases.filter { $0.isPublished(includeDrafts: includeDrafts) }
        let pages = content.pages.filter { $0.isPublished(includeDrafts: includeDrafts) }
        // Back-links need only the records: made on a thread of their own while the bodies render.
        let backLinksInProgress = BackgroundValue { BackLinks(cases: cases, people: content.people, organizations: content.organizations) }
        var resolverBase = bodyResolver(content, includeDrafts: includeDrafts)
        // Protected photos: a body may not show them, however the link spells the path.
        if let protectedWords {
            resolverBase.withheld = Dictionary(protectedWords.people.compactMap { person in person.photo.map { ($0.id, person.info.path) } },
                                               uniquingKeysWith: { first, _ in first })
        }
        var bodies = BodyRendering(resolver: resolverBase, unsafeHTML: site.unsafeHTML)
        // Translations are checked against their files, and their bodies rendered as theirs.
        let originals = TranslationLinker.originals(content)
        let (usableTranslations, translationProblems) = TranslationLinker.check(content, originals: originals)
        diagnostics += translationProblems
        // One parallel pass over every body, split again by kind.
        var allBodies = bodies.render(content.cases.map { ($0.info, $0.body, $0.draft) }
            + content.people.map { ($0.info, $0.body, false) }
            + content.organizations.map { ($0.info, $0.body, false) }
            + content.pages.map { ($0.info, $0.body, $0.draft) }
            + content.translations.map { parsed in
                let info = parsed.translation.info
                return (info, parsed.translation.body, originals[info.kind]?[info.id]?.draft ?? false)
            }, sourceCounts: content.cases.map(\.sources.count) + content.people.map(\.sources.count)
                + content.organizations.map(\.sources.count) + content.pages.map { _ in 0 }
                // A translation's page lists its file's sources; one without its file is an error already.
                + content.translations.map { originals[$0.translation.info.kind]?[$0.translation.info.id]?.sources })[...]
        func take(_ count: Int) -> [String] {
            defer { allBodies = allBodies.dropFirst(count) }
            return Array(allBodies.prefix(count))
        }
        let allCaseBodies = take(content.cases.count)
        let personBodies = take(content.people.count)
        let organizationBodies = take(content.organizations.count)
        let allPageBodies = take(content.pages.count)
        let translationBodies = take(content.translations.count)
        let caseBodies = zip(content.cases, allCaseBodies).filter { $0.0.isPublished(includeDrafts: includeDrafts) }.map(\.1)
        let pageBodies = zip(content.pages, allPageBodies).filter { $0.0.isPublished(includeDrafts: includeDrafts) }.map(\.1)
        diagnostics += bodies.diagnostics

        let backLinks = backLinksInProgress.value
        // In parallel, then sorted by index: sorting the cases themselves moved every field.
        let unsorted = parallelMap(Array(zip(cases, caseBodies))) { record, html in
            linkedCase(record, bodyHTML: html, related: backLinks.related[record.id] ?? [], history: connectedHistory)
        }
        let linkedCases = unsorted.indices.sorted { newestFirst(unsorted[$0], unsorted[$1]) }.map { unsorted[$0] }
        let caseOrder = Dictionary(uniqueKeysWithValues: linkedCases.enumerated().map { ($1.record.id, $0) })
        let byCaseOrder: @Sendable (String, String) -> Bool = { caseOrder[$0, default: 0] < caseOrder[$1, default: 0] }

        // The facets need only the cases: made on a thread of their own meanwhile.
        let facets = BackgroundValue { FacetBuilder.facets(site: site, cases: linkedCases) }
        let linkedPeople = parallelMap(Array(zip(content.people.indices, personBodies))) { index, html in
            let person = content.people[index]
            return LinkedPerson(record: Protection.published(person), bodyHTML: html,
                                cases: (backLinks.personCases[person.id] ?? []).sorted { byCaseOrder($0.caseID, $1.caseID) },
                                organizationIDs: backLinks.personOrganizations[person.id] ?? [],
                                ledOrganizationIDs: backLinks.led[person.id] ?? [])
        }.sortedByName(in: site.defaultLanguage)
        let personOrder = Dictionary(uniqueKeysWithValues: linkedPeople.enumerated().map { ($1.record.id, $0) })
        let linkedOrganizations = parallelMap(Array(zip(content.organizations, organizationBodies))) { organization, html in
            LinkedOrganization(
                record: organization, bodyHTML: html, leaderIDs: organization.leaders.map(\.id).uniqued(),
                memberIDs: (backLinks.members[organization.id] ?? []).sorted { personOrder[$0, default: 0] < personOrder[$1, default: 0] },
                allegedIDs: (backLinks.alleged[organization.id] ?? []).sorted { personOrder[$0, default: 0] < personOrder[$1, default: 0] },
                caseIDs: (backLinks.organizationCases[organization.id] ?? []).sorted(by: byCaseOrder),
                courtCaseIDs: (backLinks.courtCases[organization.id] ?? []).sorted(by: byCaseOrder),
                namedCourtCaseCount: backLinks.namedCourtCounts[organization.id] ?? 0,
                successorIDs: (backLinks.successors[organization.id] ?? []).sorted())
        }.sortedByName(in: site.defaultLanguage)

        let linkedPages = zip(pages, pageBodies).map { LinkedPage(record: $0, bodyHTML: $1) }
            .sorted { $0.record.id < $1.record.id }
        // On a thread of its own while the custody ledger is made and checked.
        let timeline = BackgroundValue {
            TimelineBuilder.entries(cases: linkedCases, people: linkedPeople, organizations: linkedOrganizations)
        }
        let unnamedDefendants = linkedCases.reduce(0) { $0 + $1.record.unnamedDefendants }
        var archive = Archive(
            site: site, cases: linkedCases, people: linkedPeople, organizations: linkedOrganizations, pages: linkedPages,
            caseIndex: caseOrder, personIndex: personOrder,
            organizationIndex: Dictionary(uniqueKeysWithValues: linkedOrganizations.enumerated().map { ($1.record.id, $0) }),
            timeline: [],
            facets: facets.value, media: content.media,
            prosecutedPersonCount: Set(linkedCases.flatMap { $0.record.people.filter(\.isDefendant).map(\.person.id) }).count
                + unnamedDefendants)
        archive.unnamedDefendantCount = unnamedDefendants
        archive.deaths = Dictionary(linkedPeople.compactMap { person in person.record.died.map { (person.record.id, $0.date) } },
                                    uniquingKeysWith: { a, _ in a })
        archive.translations = TranslationLinker.gather(content, usable: usableTranslations, bodies: translationBodies,
                                                        includeDrafts: includeDrafts)
        archive.custody = CustodyLedger(cases: linkedCases, kinds: site.custodyKinds,
                                        asOf: asOf ?? site.asOf.map { AsOf(date: $0, source: .siteFile) })
        let clashes = FacetClashes.find(in: linkedCases.map(\.record))
        if !clashes.isEmpty {
            let diskPaths = Dictionary(content.loadedFiles.map { ($0.info.path, $0.diskPath) }, uniquingKeysWith: { a, _ in a })
            diagnostics += FacetClashes.diagnostics(clashes, cases: content.cases, diskPaths: diskPaths)
        }
        diagnostics += CustodyCheck.problems(archive, content: content) + AsOfOrigin.outlier(archive) + FutureDecisionCheck.problems(archive)
        diagnostics += FormerKeyCheck.problems(archive, displayName: content.displayName)
        diagnostics += DeathCheck.problems(archive, content: content) + FutureDeathCheck.problems(archive) + CountryCheck.problems(content)
        diagnostics += LettersCheck.problems(archive, content: content)
        archive.timeline = timeline.value
        let history = HistoryCheck.published(connectedHistory, words: protectedWords)
        archive.history = history.0
        diagnostics += history.1
        if let protectedWords {
            Protection.apply(to: &archive.translations, people: content.people)
            archive.withheldMedia = protectedWords.photos
        }
        return (archive, diagnostics)
    }

    /// Checks references against every file found, parsed or not: a reference to a file
    /// that has its own errors still resolves, so one mistake is reported once.
    static func referenceChecker(_ content: ParsedContent) -> ReferenceChecker {
        func ids(_ kind: ContentKind, _ parsed: [String]) -> Set<String> { Set(parsed).union(content.fileIDs[kind] ?? []) }
        return ReferenceChecker(
            site: content.site, caseIDs: ids(.cases, content.cases.map(\.id)), personIDs: ids(.people, content.people.map(\.id)),
            organizationIDs: ids(.organizations, content.organizations.map(\.id)),
            organizations: Dictionary(content.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            media: Set(content.media), renamed: FormerIDCheck.renamed(content))
    }

    /// What body links may point to: published files (drafts too in a preview), and files
    /// that failed to parse (already reported).
    static func bodyResolver(_ content: ParsedContent, includeDrafts: Bool) -> BodyLinkResolver {
        func ids(_ kind: ContentKind, _ parsed: [String]) -> Set<String> { Set(parsed).union(content.fileIDs[kind] ?? []) }
        func unparsed(_ kind: ContentKind, _ parsed: [String]) -> Set<String> { (content.fileIDs[kind] ?? []).subtracting(parsed) }
        let cases = content.cases.filter { $0.isPublished(includeDrafts: includeDrafts) }
        let pages = content.pages.filter { $0.isPublished(includeDrafts: includeDrafts) }
        var resolver = BodyLinkResolver(
            ids: [.cases: Set(cases.map(\.id)).union(unparsed(.cases, content.cases.map(\.id))),
                  .people: ids(.people, content.people.map(\.id)),
                  .organizations: ids(.organizations, content.organizations.map(\.id)),
                  .pages: Set(pages.map(\.id)).union(unparsed(.pages, content.pages.map(\.id)))],
            draftIDs: [.cases: Set(content.cases.filter(\.draft).map(\.id)), .pages: Set(content.pages.filter(\.draft).map(\.id))],
            media: Set(content.media), from: .cases, pageDepth: 2)
        resolver.renamed = FormerIDCheck.renamed(content)
        resolver.withdrawn = content.site.withdrawn.mapValues { Set($0.map(\.id)) }
        return resolver
    }

    static func linkedCase(_ record: CaseRecord, bodyHTML: String, related: [String],
                           history: ArchiveHistory) -> LinkedCase {
        LinkedCase(record: record, bodyHTML: bodyHTML, latestDate: latestDate(of: record),
                   updated: Correction.lastChange(record.updated ?? history.lastChanged("cases/\(record.id).md") ?? latestDate(of: record),
                                                  record.corrections),
                   relatedCaseIDs: related, allCharges: allCharges(of: record), prosecutionStart: prosecutionStart(of: record.events))
    }

    static func check(_ path: String, _ body: (inout Diagnostics) -> Void) -> [Diagnostic] {
        var diagnostics = Diagnostics(file: path)
        body(&diagnostics)
        return diagnostics.items
    }

    static func latestDate(of record: CaseRecord) -> PartialDate? {
        record.events.map(\.date).max() ?? record.statusAsOf
    }

    static func allCharges(of record: CaseRecord) -> [String] {
        // Witnesses, lawyers and judges are not charged: only defendants' charges count,
        // with those a decision or a sentence part names (a charge reclassified in court).
        (record.charges.map(\.id) + record.people.filter(\.isDefendant).flatMap { ($0.charges ?? []).map(\.id) + $0.decisionChargeKeys }).uniqued()
    }

    /// Newest development first; undated cases last; ties by id so the order is stable.
    static func newestFirst(_ a: LinkedCase, _ b: LinkedCase) -> Bool {
        switch (a.latestDate, b.latestDate) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.record.id < b.record.id
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

/// People and organizations are listed by name in the alphabet of the page's language
/// (`NameOrder`), then by id.
protocol NamedRecord {
    var sortName: String { get }
    var sortID: String { get }
}
extension LinkedPerson: NamedRecord { var sortName: String { record.name }; var sortID: String { record.id } }
extension LinkedOrganization: NamedRecord { var sortName: String { record.name }; var sortID: String { record.id } }

extension Array where Element: NamedRecord {
    /// Each name's key is made once rather than at every comparison of the sort.
    func sortedByName(in language: String) -> [Element] {
        let keys = map { (NameOrder.key($0.sortName, language: language), $0.sortID) }
        return indices.sorted { keys[$0] < keys[$1] }.map { self[$0] }
    }
}
