/// What a spreadsheet's rows become: its cases, with their people, charges, court, events and
/// sources, and the person and court files the archive lacks. Filled row by row; every
/// mistake is a diagnostic at its row and column (`ImportPlan+Values`), and files are made
/// only from rows without one.
struct ImportPlan {
    struct Person {
        var id: String
        var name: String
        var aliases: [String]
        /// The row that made it, for messages.
        var row: Int
    }

    struct Participant {
        var person: String
        var role: String
        var sentence: (type: String, years: String, months: String)?
    }

    struct Case {
        let id: String
        let title: String
        let firstRow: (file: String, row: Int)
        /// The case's first row's missing source, reported when no row of the case gives one.
        let noSource: Diagnostic
        var status = ""
        var court: String?
        var region = "", city = ""
        var charges: [String] = []
        var people: [Participant] = []
        /// Each event cites its row's sources (addresses), or all the case's when its row has none.
        var events: [(date: PartialDate, type: String, person: String, sources: [String])] = []
        /// A source without a title is titled with its address until a row gives one
        /// (`titledOn`, the row that did).
        var sources: [(url: String, title: String, titledOn: Int?)] = []
        /// Some row gives source_urls, even one reported wrong: then "no row gives a source"
        /// would be a second message for that cell.
        var sourceGiven = false
    }

    let site: SiteConfig
    let content: String
    var diagnostics: [Diagnostic] = []
    /// The messages of values no vocabulary has (`match`), told once per value (`grouped`).
    var unknownValues: Set<String> = []
    var cases: [Case] = []
    var caseIndex: [String: Int] = [:]
    /// This import's cases by the id their title makes in full (before any `-2`): two titles that
    /// make one id (`Дело №1`, `Дело № 1`) are one case typed twice, or two to tell apart.
    var caseSlugs: [String: Int] = [:]
    /// Titles of rows found to be the archive's cases: their later rows may leave status empty.
    var importedCases: Set<String> = []
    /// Files to make for people and courts the archive lacks, by id, in the order met.
    var newPeople: [Person] = []
    var newPeopleIndex: [String: Int] = [:]
    var newCourts: [(id: String, name: String)] = []
    /// Names and aliases of the archive's people and organizations (their translations'
    /// too), and of the new ones.
    var people = ImportNames()
    var organizations = ImportNames()
    /// Each person's name as a page publishes it (initials for a protected one): what an
    /// event's summary says.
    var publishedNames: [String: String] = [:]
    /// The archive's people's former ids (`former_ids`), with the id each is now: a sheet's
    /// `person_id` written before the file was renamed.
    var formerPeople: [String: String] = [:]
    var formerOrganizations: [String: String] = [:]
    /// The archive's cases' former ids, with the id each is now: a title making one is the
    /// case renamed since it was imported.
    var formerCases: [String: String] = [:]
    /// The archive's people whose name is protected: no message quotes it (`shown`).
    var protectedPeople: Set<String> = []
    /// Their names as the leak check reads them: no file is made from a cell that names one
    /// (`namesProtected`); nil when nobody is protected.
    let protectedWords: ProtectedWords?
    /// The article numbers site.yml's charges' laws give: a charges cell may name one (`ст. 274`).
    let chargeArticles: ChargeArticles.Index
    /// The archive's organizations that are not courts, with their kind.
    var notCourts: [String: String] = [:]
    /// The archive's cases by title (translations' too) and by the addresses they cite: a
    /// row of one of them is imported already, even with its title edited since.
    var casesByTitle: [String: String] = [:]
    var casesBySource: [String: String] = [:]
    let archiveCases: Set<String>
    /// What the archive's cases say that a row of them may say otherwise: status, people,
    /// the people with a sentence (or a decision), events as "type date", the addresses cited
    /// and the charges (the case's and its people's own).
    var archiveFacts: [String: (status: String, people: Set<String>, sentenced: Set<String>, events: Set<String>, sources: Set<String>, charges: Set<String>)] = [:]
    /// The archive's cases rows name, left as they are (a sheet imported before that grew):
    /// each once (whatever title a row gives it) with the rows that name it, in whichever
    /// file; found by title key.
    var kept: [(id: String, rows: [(file: String, row: Int)])] = []
    var keptIndex: [String: Int] = [:]
    /// The case of the row before, and that row's number in its file: a row below it that
    /// leaves the case's own cells empty is a row of it, as merged cells save it.
    var previousCase: (file: String, row: Int, title: String)?
    /// The row before the one read, in its file: a cell it gives and this row lacks may be
    /// a cell merged over both (`missing`).
    var previousRow: ImportRow?
    var takenIDs: [ContentKind: Set<String>]
    /// The archive's own files' ids, by kind: a name that makes one of them, but is not its
    /// file's name, is asked about (`renamed`).
    let archiveIDs: [ContentKind: Set<String>]

    init(archive: ParsedContent, content: String) {
        site = archive.site
        self.content = content
        archiveCases = archive.fileIDs[.cases] ?? []
        takenIDs = [.cases: archive.fileIDs[.cases] ?? [], .people: archive.fileIDs[.people] ?? [],
                    .organizations: archive.fileIDs[.organizations] ?? []]
        archiveIDs = takenIDs
        protectedWords = ProtectedWords(people: archive.people, translations: archive.translations)
        chargeArticles = ChargeArticles.Index(archive.site.charges)
        for record in archive.cases {
            casesByTitle[Self.titleKey(record.title)] = record.id
            for url in record.sources.compactMap(\.url) { casesBySource[Self.addressKey(url)] = record.id }
            for former in record.formerIDs { formerCases[former.id] = record.id }
            archiveFacts[record.id] = (record.status.id, Set(record.people.map(\.person.id)),
                                       Set(record.people.filter { !$0.sentence.isEmpty || !$0.decisions.isEmpty }.map(\.person.id)),
                                       Set(record.events.map { "\($0.type) \($0.date)" }), Set(record.sources.compactMap(\.url).map(Self.addressKey)),
                                       Set((record.charges + record.people.flatMap { $0.charges ?? [] }).map(\.id)))
        }
        for person in archive.people {
            publishedNames[person.id] = Protection.publishedName(person)
            if person.protection.hidesName { protectedPeople.insert(person.id) }
            for former in person.formerIDs { formerPeople[former.id] = person.id }
            for name in [person.name] + person.aliases { people.add(name, for: person.id) }
        }
        for organization in archive.organizations {
            if organization.kind != OrganizationKind.court { notCourts[organization.id] = organization.kind ?? "" }
            for former in organization.formerIDs { formerOrganizations[former.id] = organization.id }
            // Not its id: a court cell is matched to an id only as written (`court(_:)`).
            for name in [organization.name] + organization.aliases + [organization.shortName].compactMap({ $0 }) {
                organizations.add(name, for: organization.id)
            }
        }
        // A former id is no new file's id: its old address leads to the file renamed.
        takenIDs[.people, default: []].formUnion(formerPeople.keys)
        takenIDs[.organizations, default: []].formUnion(formerOrganizations.keys)
        takenIDs[.cases, default: []].formUnion(formerCases.keys)
        // A Russian title or name, written only in a translation, is the same file's.
        for translation in archive.translations.map(\.translation) {
            let names = [translation.name, translation.shortName].compactMap { $0 } + (translation.aliases ?? [])
            switch translation.info.kind {
            case .cases: if let title = translation.title { casesByTitle[Self.titleKey(title)] = translation.id }
            case .people: for name in names { people.add(name, for: translation.id) }
            case .organizations: for name in names { organizations.add(name, for: translation.id) }
            default: break
            }
        }
    }

    /// Vocabulary labels are matched as search folds them: a label is no one's identity.
    static func folded(_ name: String) -> String { ImportNames.folded(name) }

    /// A case title as rows repeat it: case, runs of spaces and invisible characters aside,
    /// every character counts.
    static func titleKey(_ title: String) -> String {
        ImportNames.visible(title).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A source address as two files cite it: a trailing slash aside.
    static func addressKey(_ url: String) -> String {
        var key = url.trimmingCharacters(in: .whitespaces)
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    /// A new id made from a name as `casebook new` makes it, unique among the archive's files
    /// and this import's (`-2`, `-3` … after it).
    mutating func newID(_ name: String, kind: ContentKind) -> String? {
        let base = NewFile.shortened(Identifier.slug(ImportNames.visible(name)))
        guard !base.isEmpty else { return nil }
        var id = base, n = 2
        while takenIDs[kind]?.contains(id) == true { id = "\(base)-\(n)"; n += 1 }
        takenIDs[kind, default: []].insert(id)
        return id
    }

    /// What only all the rows tell: a case none of whose rows gives a source (spreadsheets
    /// with merged cells keep it on the first row only).
    mutating func finish() {
        diagnostics += cases.filter { $0.sources.isEmpty && !$0.sourceGiven }.map(\.noSource)
        diagnostics = Self.grouped(diagnostics, unknown: unknownValues)
    }

    /// The files to write: people, courts, then cases, each as `content/<kind>/<id>.md`.
    func files() -> [(path: String, text: String)] {
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return [] }
        return newPeople.map { ("\(content)/people/\($0.id).md", ImportText.person($0)) }
            + newCourts.map { ("\(content)/organizations/\($0.id).md", ImportText.court($0.name)) }
            + cases.map { ("\(content)/cases/\($0.id).md", ImportText.caseFile($0, site: site, names: publishedNames)) }
    }
}
