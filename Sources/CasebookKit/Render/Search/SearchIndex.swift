/// The search index, `search/index.js`: every case, person and organization with its words
/// normalised by `SearchNormalizer`, written as a script that sets one global, so that it
/// loads with a `<script src>` even from disk (where browsers refuse to fetch files).
///
/// Compact by design: every distinct word is written once, in one sorted list (`w`), and
/// entries name their words by position in it, so that the words a query prefix matches
/// are one range of positions. Vocabularies (statuses, charges, regions, organization
/// kinds) are tables that entries name by position; cases name people and organizations
/// by position too. Which fields hold what is documented in docs/search.md.
struct SearchIndex: Sendable {
    static let path = "search/index.js"
    /// Bumped when the layout changes, so search.js can refuse an index it cannot read.
    static let version = 1

    let archive: Archive
    /// The names and titles of the entries in every language of the site, added to the
    /// words each entry is found by; nil for a site of one language.
    let spellings: SearchSpellings?
    /// The words of the archive's language: a status the sources are not sure of is shown
    /// with its certainty ("Released (disputed)"), as the case lists show it.
    let words: Catalogue

    /// The index of `archive`, the site in one of its languages (its names, titles and
    /// labels in that language), whose entries are also found by `spellings`: made once
    /// from the default-language archive and shared by every language's index.
    init(archive: Archive, spellings: SearchSpellings? = nil, words: Catalogue? = nil) {
        self.archive = archive
        self.words = words ?? Catalogue.base(for: archive.site.language)
        self.spellings = spellings
    }

    /// The words of every entry before they are turned into positions.
    struct Entries {
        var statuses: [(label: String, words: [String])] = []
        var charges: [(label: String, words: [String])] = []
        var regions: [(label: String, words: [String])] = []
        var kinds: [(label: String, words: [String])] = []
        var people: [(fields: [JSONValue], names: [String])] = []
        var organizations: [(fields: [JSONValue], names: [String])] = []
        /// `status`: the status with its certainty when the case gives one, else nil.
        var cases: [(fields: [JSONValue], title: [String], other: [String], status: String?)] = []
        /// Positions of the people, organizations, cases, regions, statuses and organization
        /// kinds whose name, title or label this language shows untranslated (`u`, for their
        /// `lang` in results).
        var untranslated: [[Int]] = [[], [], [], [], [], []]
    }

    func bytes() -> [UInt8] {
        let entries = collect()
        // Every word of every entry, once, sorted as JavaScript compares strings (UTF-16).
        var all: Set<String> = []
        for table in [entries.statuses, entries.charges, entries.regions, entries.kinds] { for row in table { all.formUnion(row.words) } }
        for person in entries.people { all.formUnion(person.names) }
        for organization in entries.organizations { all.formUnion(organization.names) }
        for item in entries.cases { all.formUnion(item.title); all.formUnion(item.other) }
        let sorted = all.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        var position: [String: Int] = [:]
        for (i, word) in sorted.enumerated() { position[word] = i }
        func ids(_ words: [String]) -> JSONValue { .string(Self.numbers(words.map { position[$0]! }.sorted(), sorted: true)) }
        func table(_ rows: [(label: String, words: [String])]) -> JSONValue {
            .array(rows.map { .array([.string($0.label), ids($0.words)]) })
        }

        let head: [(String, JSONValue)] = [
            ("v", .int(Self.version)),
            ("letters", .object(SearchNormalizer.letters.map { (String($0.0), JSONValue.string($0.1)) })),
            ("spellings", .array(SearchNormalizer.spellings.map { .array([.string($0.0), .string($0.1)]) })),
            ("w", .string(sorted.joined(separator: " "))),
            ("s", table(entries.statuses)),
            ("ch", table(entries.charges)),
            ("r", table(entries.regions)),
            ("k", table(entries.kinds)),
        ]
        var out = Array("/* casebook search index, written by the build: see docs/search.md */\nwindow.casebookIndex=".utf8)
        out.reserveCapacity(4 * 1024 * 1024 + 1024 * (entries.people.count + entries.organizations.count + entries.cases.count))
        // One object; the three long lists are written entry by entry rather than held as
        // values first (at 100,000 cases that was hundreds of megabytes at once).
        out.append(UInt8(ascii: "{"))
        for (key, value) in head {
            if key != "v" { out.append(UInt8(ascii: ",")) }
            JSONValue.quote(key, into: &out)
            out.append(UInt8(ascii: ":"))
            value.write(to: &out)
        }
        func list<Entry>(_ key: String, _ items: [Entry], _ value: (Entry) -> JSONValue) {
            out.append(UInt8(ascii: ","))
            JSONValue.quote(key, into: &out)
            out += ":[".utf8
            for index in items.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value(items[index]).write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        list("p", entries.people) { .array($0.fields + [ids($0.names)]) }
        list("o", entries.organizations) { .array($0.fields + [ids($0.names)]) }
        // A status with its certainty comes last, only where there is one: an archive without
        // any writes the same index as before.
        list("c", entries.cases) { .array($0.fields + [ids($0.title), ids($0.other)] + ($0.status.map { [.string($0)] } ?? [])) }
        // Only a language that shows something untranslated has it: the default's index is as before.
        if entries.untranslated.contains(where: { !$0.isEmpty }) {
            // The statuses' and kinds' lists only when one is untranslated: the index is otherwise as before them.
            var lists = entries.untranslated
            while lists.count > 4, lists.last?.isEmpty == true { lists.removeLast() }
            out += ",\"u\":".utf8
            JSONValue.array([.string(archive.site.defaultLanguage)] + lists.map { .string(Self.numbers($0, sorted: true)) })
                .write(to: &out)
        }
        out += "};\n".utf8
        return out
    }

    /// Gathers what each entry shows and the normalised words it is found by.
    func collect() -> Entries {
        let site = archive.site
        var entries = Entries()
        func words(_ texts: String?...) -> [String] {
            SearchNormalizer.distinctWords(texts.compactMap { $0 }.joined(separator: " "))
        }
        let spellings = self.spellings
        // Labels are shown in this language and found in every language of the site.
        entries.statuses = site.statuses.keys.map {
            (site.statuses.label($0), SearchSpellings.adding(spellings?.statuses[$0], to: words(site.statuses.label($0))))
        }
        let statusPosition = Dictionary(uniqueKeysWithValues: site.statuses.keys.enumerated().map { ($1, $0) })
        entries.untranslated[4] = site.statuses.keys.indices.filter { site.statuses.shownIn[site.statuses.keys[$0]] != nil }
        entries.charges = site.charges.map { ($0.label, SearchSpellings.adding(spellings?.charges[$0.key], to: words($0.label, $0.law))) }
        let chargePosition = Dictionary(site.charges.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        entries.kinds = site.organizationKinds.keys.map {
            (site.organizationKinds.label($0), SearchSpellings.adding(spellings?.kinds[$0], to: words(site.organizationKinds.label($0))))
        }
        let kindPosition = Dictionary(uniqueKeysWithValues: site.organizationKinds.keys.enumerated().map { ($1, $0) })
        entries.untranslated[5] = site.organizationKinds.keys.indices.filter { site.organizationKinds.shownIn[site.organizationKinds.keys[$0]] != nil }

        // Regions are free text: a table in order of first use, people first, then cases.
        var regionPosition: [String: Int] = [:]
        func region(_ written: String?) -> Int {
            guard let written else { return -1 }
            let text = site.place(written)
            if let known = regionPosition[text] { return known }
            regionPosition[text] = entries.regions.count
            if site.placeLang(written) != nil { entries.untranslated[3].append(entries.regions.count) }
            entries.regions.append((text, SearchSpellings.adding(spellings?.places[written], to: words(text))))
            return entries.regions.count - 1
        }

        // Normalising is most of the work: done for all people and cases on all cores first.
        // The spellings hold every language's name and title, this language's among them:
        // only what they leave out is normalised again. (Entries name their words as sorted
        // positions, so the order the words come in does not matter.)
        let personWords = parallelMap(archive.people) { linked in
            let record = linked.record
            if let known = spellings?.people[record.id] {
                return SearchSpellings.adding(SearchNormalizer.distinctWords(record.formerIDs.map(\.id).joined(separator: " ")), to: known)
            }
            return SearchNormalizer.distinctWords(([record.name] + record.aliases + record.formerIDs.map(\.id)).joined(separator: " "))
        }
        let caseWords = parallelMap(archive.cases) { linked -> (title: [String], other: [String]) in
            let record = linked.record
            let title = spellings?.cases[record.id] ?? SearchNormalizer.distinctWords(record.title)
            // A former id finds the case too: a reader may hold an old link.
            let texts: [String] = [record.summary, record.city.map(site.place), record.tags.map(site.tag).joined(separator: " "),
                                   linked.latestDate.map { String($0.year) }].compactMap { $0 } + record.formerIDs.map(\.id)
            var other = SearchNormalizer.distinctWords(texts.joined(separator: " "))
            if let spellings {
                let places = record.city.flatMap { spellings.places[$0] } ?? []
                other = SearchSpellings.adding(places + record.tags.flatMap { spellings.tags[$0] ?? [] }, to: other)
            }
            return (title, other.filter { !title.contains($0) })
        }
        for (linked, names) in zip(archive.people, personWords) {
            let person = linked.record
            if linked.untranslated?.title == true { entries.untranslated[0].append(entries.people.count) }
            entries.people.append(([.string(person.id), .string(person.name), .string(person.aliases.map(BidiText.isolated).joined(separator: ", ")),
                                    .int(region(person.region))], names))
        }
        for linked in archive.organizations {
            let organization = linked.record
            let kind = organization.kind.flatMap { kindPosition[$0] } ?? -1
            if linked.untranslated?.title == true { entries.untranslated[1].append(entries.organizations.count) }
            let names = spellings?.organizations[organization.id].map { SearchSpellings.adding(words(organization.formerIDs.map(\.id).joined(separator: " ")), to: $0) }
                ?? words(([organization.name, organization.shortName ?? ""] + organization.aliases + organization.formerNames.map(\.name)
                          + organization.formerIDs.map(\.id)).joined(separator: " "))
            entries.organizations.append(([.string(organization.id), .string(organization.name),
                                           .string(organization.shortName ?? ""), .int(kind)], names))
        }
        for (linked, words) in zip(archive.cases, caseWords) {
            let record = linked.record
            let defendants = record.people.filter(\.isDefendant).compactMap { archive.personIndex[$0.person.id] }
            let others = record.people.filter { !$0.isDefendant }.compactMap { archive.personIndex[$0.person.id] }
            var organizations: [Int] = []
            for ref in record.organizations + [record.court].compactMap({ $0 }) {
                if let i = archive.organizationIndex[ref.id], !organizations.contains(i) { organizations.append(i) }
            }
            let charges = linked.allCharges.compactMap { chargePosition[$0] }
            let year = linked.latestDate?.year
            if linked.untranslated?.title == true { entries.untranslated[2].append(entries.cases.count) }
            entries.cases.append(([.string(record.id), .string(record.title), .int(statusPosition[record.status.id] ?? -1),
                                   .int(year ?? 0), .string(Self.numbers(defendants)), .string(Self.numbers(others)),
                                   .string(Self.numbers(organizations)), .string(Self.numbers(charges)),
                                   .int(region(record.region))],
                                  words.title, words.other,
                                  record.statusCertainty?.certainty.map {
                                      CertaintyValue.statusLabel(record.status.id, $0, site: site, words: self.words)
                                  }))
        }
        return entries
    }
}
