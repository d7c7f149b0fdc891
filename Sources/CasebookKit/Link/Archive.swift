/// The linked archive: every reference resolved, back-links and facets built. Immutable
/// once made, so pages can be rendered from it in parallel without locks.
public struct Archive: Sendable {
    public var site: SiteConfig
    /// Published cases (with drafts when asked), newest development first.
    public var cases: [LinkedCase]
    /// People sorted by name.
    public var people: [LinkedPerson]
    /// Organizations sorted by name.
    public var organizations: [LinkedOrganization]
    public var pages: [LinkedPage]
    public let caseIndex: [String: Int]
    public var personIndex: [String: Int]
    public var organizationIndex: [String: Int]
    /// Every dated event of every case, person and organization, oldest first.
    public var timeline: [TimelineEntry]
    public var facets: [Facet]
    public let media: [String]
    /// Distinct people who are defendants in at least one listed case, and the cases'
    /// unnamed defendants.
    public let prosecutedPersonCount: Int

    /// The cases' unnamed defendants among them (set by the linker).
    public var unnamedDefendantCount = 0
    /// The people of the archive's files among them: the unnamed are no file. (Computed
    /// from the cases on each people page, it copied every case: 9% of a build.)
    public var namedProsecutedPersonCount: Int { prosecutedPersonCount - unnamedDefendantCount }
    /// The translations of cases, people, organizations and pages into the site's other
    /// languages, bodies rendered.
    public var translations = Translations()
    /// Protected people's photos (`media/…`): never copied into the site.
    public var withheldMedia: Set<String> = []
    /// The size in bytes of each media file a case's document names (`DocumentSizes`).
    public var documentSizes: [String: Int] = [:]
    /// Who is held now and for how long, as of the build's day (`CustodyLedger`).
    public var custody = CustodyLedger.empty
    /// Each content file's commits and the commit built from (`ArchiveHistory`), messages
    /// as published (`HistoryCheck`); empty without git.
    public var history = ArchiveHistory()

    /// Each person's `died` date, by id: asked for every defendant of every event of the
    /// timeline page and cases.json, where `person(id)` copied the whole person.
    public var deaths: [String: PartialDate] = [:]

    public func person(_ id: String) -> LinkedPerson? { personIndex[id].map { people[$0] } }
    public func organization(_ id: String) -> LinkedOrganization? { organizationIndex[id].map { organizations[$0] } }
    public func caseRecord(_ id: String) -> LinkedCase? { caseIndex[id].map { cases[$0] } }
}

public struct LinkedOrganization: Sendable {
    public var record: Organization
    public var bodyHTML: String
    public let leaderIDs: [String]
    /// People who list this organization among their affiliations, as facts (any link but
    /// `alleged`), in the order of the archive's people.
    public var memberIDs: [String]
    /// People whose only link to the organization is one the prosecution alleges.
    public var allegedIDs: [String] = []
    /// Cases that name the organization.
    public let caseIDs: [String]
    /// Cases heard by this organization as a court: as their `court`, or in a decision.
    public let courtCaseIDs: [String]
    /// How many cases name it as their `court` (organizations.csv `court_case_count`, which an
    /// import gives back; decisions' courts are not in the open data).
    public var namedCourtCaseCount = 0
    /// Organizations that name this one in `successor_of`, by id.
    public var successorIDs: [String] = []
    public var untranslated: Untranslated?
    /// The short name's language on another language's pages where it is shown untranslated.
    public var shortNameLang: String?
}

public struct LinkedPage: Sendable {
    public var record: Page
    public var bodyHTML: String
    public var untranslated: Untranslated?
}

public struct TimelineEntry: Sendable {
    public enum Owner: Sendable, Hashable {
        case caseRecord(String)
        case person(String)
        case organization(String)
    }

    public var event: Event
    public let owner: Owner
}

/// One facet (statuses, charges, regions, tags): its values with the cases under each.
public struct Facet: Sendable {
    public struct Value: Sendable {
        public let key: String
        public var label: String
        public var detail: String?
        public let caseIDs: [String]
        /// The label's language on a page of another language that shows it as the files
        /// write it (a region or tag site.yml does not spell in it): set once per language.
        public var lang: String? = nil
        /// The same for `detail`, a charge's law.
        public var detailLang: String? = nil
    }

    /// `statuses`, `charges`, `regions` or `tags`; the catalogue's `facets.<name>` says it.
    public let name: String
    public var values: [Value]
}

extension Archive {
    /// The same archive with one case's entry replaced; order, indexes and facets are kept.
    func replacingCase(at index: Int, with linked: LinkedCase) -> Archive {
        var cases = self.cases
        cases[index] = linked
        var archive = Archive(site: site, cases: cases, people: people, organizations: organizations, pages: pages,
                              caseIndex: caseIndex, personIndex: personIndex, organizationIndex: organizationIndex,
                              timeline: timeline, facets: facets, media: media, prosecutedPersonCount: prosecutedPersonCount)
        archive.translations = translations
        archive.unnamedDefendantCount = unnamedDefendantCount
        archive.withheldMedia = withheldMedia
        archive.documentSizes = documentSizes
        archive.history = history
        // The counts may change with the case; the day stays what the build was told.
        archive.custody = CustodyLedger(cases: cases, kinds: site.custodyKinds,
                                        asOf: custody.asOf?.source == .latestUpdate ? nil : custody.asOf)
        return archive
    }
}
