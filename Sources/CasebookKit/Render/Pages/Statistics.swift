/// The figures of the statistics page, counted in one pass over the published cases.
///
/// Prosecutions are cases; persons are distinct defendants (as in the home page counts and
/// the open-data exports). A person is counted once per row however many of their cases
/// fall in it, so the persons of several rows may add up to more than the total.
struct Statistics: Sendable {
    /// One value of a breakdown (a status, region, charge or sentence type).
    struct Row: Sendable {
        let label: String
        /// The facet page of the value, when there is one.
        let href: String?
        let cases: Int
        let persons: Int
        /// A region's language where its label is not the page's (`Facet.Value.lang`).
        var lang: String? = nil
    }

    let totalCases: Int
    let totalPersons: Int
    /// The latest `updated` date of any listed case: what the figures are as of.
    let asOf: PartialDate?
    /// Every year from the first to the last with a case, in order, empty years included
    /// (a long run of them as one row: `yearRows`).
    let years: [YearRow]
    /// Cases without any dated event, so without a year.
    let undated: Row?
    let statuses: [Row]
    let regions: [Row]
    let charges: [Row]
    let sentences: [Row]
    /// By the case's country: only when the cases name more than one.
    let countries: [Row]
    /// Some case counts defendants it does not name (`unnamed_defendants`): they are in every
    /// persons figure, but cannot be told apart across cases.
    let hasUnnamed: Bool
    /// Cases, and distinct defendants, whose status the sources only report or dispute
    /// (`status_certainty`, a person's own else the case's): counted under it all the same,
    /// so the page says how many are (`StatisticsPageContext`).
    var uncertainCases = 0, uncertainPersons = 0
    /// The same for the sentences counted (a part with a `certainty`).
    var uncertainSentenceCases = 0, uncertainSentencePersons = 0

    /// Tallies of one breakdown: cases and distinct defendants per key.
    struct Tally {
        var cases: [String: Int] = [:]
        var persons: [String: Set<String>] = [:]
        /// Unnamed defendants per key: counted, never merged with anyone.
        var unnamed: [String: Int] = [:]

        mutating func add(case key: String) { cases[key, default: 0] += 1 }
        mutating func add(person: String, to key: String) { persons[key, default: []].insert(person) }
        mutating func add(unnamed count: Int, to key: String) { if count > 0 { unnamed[key, default: 0] += count } }

        func personCount(_ key: String) -> Int { (persons[key]?.count ?? 0) + (unnamed[key] ?? 0) }
        func row(_ key: String, label: String, href: String?, lang: String? = nil) -> Row {
            Row(label: label, href: (cases[key] ?? 0) > 0 ? href : nil, cases: cases[key] ?? 0, persons: personCount(key), lang: lang)
        }
        var keys: Set<String> { Set(cases.keys).union(persons.keys).union(unnamed.keys) }
    }

    static let none = ""

    init(archive: Archive, words: Catalogue) {
        let site = archive.site
        var statuses = Tally(), regions = Tally(), charges = Tally(), sentences = Tally(), years = Tally(), countries = Tally()
        var everyone: Set<String> = []
        var uncertain: Set<String> = [], uncertainSentenced: Set<String> = []
        var unnamed = 0
        var asOf: PartialDate?
        // The country figure is made only when the cases name more than one country.
        let byCountry = archive.facets.contains { $0.name == "countries" && !$0.values.isEmpty }
        for linked in archive.cases {
            let record = linked.record
            if let updated = linked.updated, asOf.map({ updated > $0 }) ?? true { asOf = updated }
            let year = linked.prosecutionStart.map { String($0.year) } ?? Self.none
            let region = record.region?.trimmingSpaces.nonEmpty.map(FacetBuilder.slug) ?? Self.none
            let country = record.country?.id ?? Self.none
            years.add(case: year)
            countries.add(case: country)
            regions.add(case: region)
            statuses.add(case: record.status.id)
            if record.statusCertainty?.certainty != nil { uncertainCases += 1 }
            for charge in linked.allCharges { charges.add(case: charge) }
            if linked.allCharges.isEmpty { charges.add(case: Self.none) }
            var caseSentences: Set<String> = []
            var caseSentenceUncertain = false
            for participant in record.people where participant.isDefendant {
                let person = participant.person.id
                everyone.insert(person)
                years.add(person: person, to: year)
                regions.add(person: person, to: region)
                if byCountry { countries.add(person: person, to: country) }
                statuses.add(person: person, to: participant.status ?? record.status.id)
                if participant.shownStatusCertainty(in: record)?.certainty != nil { uncertain.insert(person) }
                let own = (participant.charges ?? record.charges).map(\.id)
                for charge in own { charges.add(person: person, to: charge) }
                if own.isEmpty { charges.add(person: person, to: Self.none) }
                let types = Self.sentenceKeys(participant, site: site)
                if Self.countedSentence(participant, site: site).contains(where: { $0.certainty != nil }) {
                    uncertainSentenced.insert(person)
                    caseSentenceUncertain = true
                }
                for type in types { sentences.add(person: person, to: type) }
                if types.isEmpty { sentences.add(person: person, to: Self.none) }
                caseSentences.formUnion(types.isEmpty ? [Self.none] : types)
            }
            // Unnamed defendants share the case's status and charges and have no known sentence.
            let count = record.unnamedDefendants
            if count > 0 {
                unnamed += count
                years.add(unnamed: count, to: year)
                regions.add(unnamed: count, to: region)
                countries.add(unnamed: count, to: country)
                statuses.add(unnamed: count, to: record.status.id)
                for charge in record.charges.map(\.id).uniqued() { charges.add(unnamed: count, to: charge) }
                if record.charges.isEmpty { charges.add(unnamed: count, to: Self.none) }
                sentences.add(unnamed: count, to: Self.none)
                caseSentences.insert(Self.none)
            }
            for type in caseSentences { sentences.add(case: type) }
            if caseSentenceUncertain { uncertainSentenceCases += 1 }
        }
        totalCases = archive.cases.count
        totalPersons = everyone.count + unnamed
        hasUnnamed = unnamed > 0
        uncertainPersons = uncertain.count
        uncertainSentencePersons = uncertainSentenced.count
        self.asOf = asOf

        self.years = Self.yearRows(years, words: words)
        undated = years.keys.contains(Self.none) ? years.row(Self.none, label: words.text("statistics.not_known"), href: nil) : nil

        let statusLangs = Dictionary((archive.facets.first { $0.name == "statuses" }?.values ?? []).map { ($0.key, $0.lang) },
                                     uniquingKeysWith: { first, _ in first })
        self.statuses = site.statuses.keys.filter(statuses.keys.contains).map {
            statuses.row($0, label: site.statuses.label($0), href: SitePaths.facet("statuses", $0), lang: statusLangs[$0] ?? nil)
        }
        let regionFacet = archive.facets.first { $0.name == "regions" }?.values ?? []
        self.regions = Self.largestFirst(regionFacet.map { regions.row($0.key, label: $0.label, href: SitePaths.facet("regions", $0.key), lang: $0.lang) })
            + (regions.keys.contains(Self.none) ? [regions.row(Self.none, label: words.text("statistics.no_region"), href: nil)] : [])
        let chargeKeys = site.charges.map(\.key).filter(charges.keys.contains)
        self.charges = Self.largestFirst(chargeKeys.map { charges.row($0, label: site.charge($0)?.label ?? $0, href: SitePaths.facet("charges", $0), lang: site.charge($0)?.labelLang) })
            + (charges.keys.contains(Self.none) ? [charges.row(Self.none, label: words.text("statistics.no_charge"), href: nil)] : [])
        let sentenceKeys = site.sentenceTypes.keys.filter(sentences.keys.contains)
        self.sentences = Self.largestFirst(sentenceKeys.map { sentences.row($0, label: Self.capitalized(site.sentenceTypes.label($0)), href: nil,
                                                                                  lang: site.sentenceTypes.shownIn[$0]) })
            + Self.inAbsentiaRows(sentences, words: words)
            + (sentences.keys.contains(Self.none) ? [sentences.row(Self.none, label: words.text("statistics.no_sentence"), href: nil)] : [])
        let countryFacet = archive.facets.first { $0.name == "countries" }?.values ?? []
        self.countries = countryFacet.isEmpty ? [] : Self.largestFirst(countryFacet.map {
            countries.row($0.key.uppercased(), label: $0.label, href: SitePaths.facet("countries", $0.key))
        }) + (countries.keys.contains(Self.none) ? [countries.row(Self.none, label: words.text("casefacts.no_country"), href: nil)] : [])
    }

    /// Most prosecutions first; ties keep their given order (site.yml or alphabetical).
    static func largestFirst(_ rows: [Row]) -> [Row] {
        rows.enumerated().sorted { ($1.element.cases, $1.element.persons, $0.offset) < ($0.element.cases, $0.element.persons, $1.offset) }
            .map(\.element)
    }

    /// Sentence type labels are written to sit inside a sentence ("2 years of freedom
    /// limitation"); as a row label they start with a capital.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
