/// site.yml: the site's settings and its vocabularies.
public struct SiteConfig: Sendable {
    public var title: String = "Case archive"
    public var description: String?
    public var baseURL: String?
    public var language: String = "en"
    /// site.yml `languages`, the default first; empty when the site has one language,
    /// `language`. Translated pages are written under `/<code>/`.
    public var languages: [String] = []
    /// The title and description in the other languages (language -> text).
    public var translatedTitle: [String: String] = [:]
    public var translatedDescription: [String: String] = [:]
    /// site.yml `feed_name`: without `base_url`, what the feed's `urn:` ids are named from
    /// in this language instead of its title, so a new title does not renew them (nil: the title).
    public var feedName: String?
    public var translatedFeedName: [String: String] = [:]
    /// The licence of the open data ("CC BY 4.0"), shown on the data page and in the files.
    public var licence: String?
    /// Raw HTML in Markdown bodies is dropped unless the site opts in.
    public var unsafeHTML: Bool = false
    /// JPEG, PNG, WebP and GIF files from media/ are published without their metadata (EXIF with
    /// the GPS position, XMP, IPTC, comments) unless the site opts out.
    public var keepImageMetadata: Bool = false
    /// `history: false` leaves the list of changes out of the pages (docs/content.md "History").
    public var showsHistory = true
    /// Content files larger than this are refused: a mistake, not a reason for a slow build.
    public var maxFileBytes: Int = 2 * 1024 * 1024
    /// Items per page of a long list (cases, people, facet values, a timeline year).
    public var pageSize: Int = 100
    public var statuses = Defaults.statuses
    public var roles = Defaults.roles
    public var eventTypes = Defaults.eventTypes
    public var sentenceTypes = Defaults.sentenceTypes
    public var organizationKinds = Defaults.organizationKinds
    /// The kinds of a person's link to an organization; built-in labels in English,
    /// Russian and Kazakh (`Defaults.affiliations(in:)`, set by `SiteParser` for the site's
    /// languages) unless site.yml gives its own.
    public var affiliations = Defaults.affiliations(in: ["en"])
    /// The kinds of a case's documents; built-in labels in English, Russian and Kazakh
    /// (`Defaults.documentKinds(in:)`) unless site.yml gives `document_kinds`.
    public var documentKinds = Defaults.documentKinds(in: ["en"])
    /// The measures a custody period may be, and which deprive of liberty
    /// (`Defaults.custodyKinds(in:)`) unless site.yml gives `custody_kinds`.
    public var custodyKinds = Defaults.custodyKinds(in: ["en"])
    /// site.yml `decision_kinds`: what a decision about a person is (built-in labels in
    /// English, Russian and Kazakh unless site.yml gives its own).
    public var decisionKinds = Defaults.decisionKinds(in: ["en"])
    /// site.yml `decision_outcomes`, and which of them end the sentence before.
    public var decisionOutcomes = Defaults.decisionOutcomes(in: ["en"])
    /// Sentence types that take no `amount` (a term of imprisonment has none): an amount on
    /// them is an error, never dropped. site.yml `{label, amount: true}` lifts it for a key.
    public var durationOnlyTypes = Defaults.durationOnlyTypes
    /// site.yml `as_of`: the day figures are counted at, unless `--as-of` says otherwise.
    public var asOf: PartialDate?
    /// site.yml `stale_after_months`: a person held now whose case was last updated longer
    /// ago than this before the as-of date gets a warning to re-check.
    public var staleAfterMonths = 6
    /// site.yml sets `affiliations`.
    public var ownAffiliations = false
    public var charges: [Charge] = []
    /// site.yml `places`: how the other languages spell a region or city, by its spelling in
    /// the default language (`Zhambyl Region` -> `ru` -> `Жамбылская область`).
    public var places = PlaceNames()
    /// site.yml `tags`: how the other languages spell a tag, by its spelling in the files.
    public var tagNames = PlaceNames()
    /// site.yml `withdrawn`: ids of records removed on purpose, by kind, with where site.yml
    /// lists them (`WithdrawnCheck`, `AddressCheck`, `Redirect.withdrawn`).
    public var withdrawn: [ContentKind: [Ref]] = [:]
    /// site.yml `former_keys`: a renamed status's, charge's, region's or tag's old address key
    /// and the key its page has now, where site.yml writes each (`FormerKeyCheck`, `Redirect`).
    public struct FormerKey: Sendable, Hashable {
        public let facet: String
        public let old: Ref
        public let new: Ref
    }
    public var formerKeys: [FormerKey] = []

    public init() {}

    /// A region or city as this language spells it (site.yml `places`), else as written.
    /// Only for showing: facet addresses and groups keep the files' spelling.
    public func place(_ text: String) -> String {
        places.spellings[text]?[language] ?? text
    }

    /// The language of a region or city shown as the files write it on another language's
    /// pages, for its `lang` (a screen reader reads it in that language's voice); nil when
    /// site.yml `places` spells it in the page's language, or on the default language's pages.
    public func placeLang(_ text: String) -> String? {
        language == defaultLanguage || places.spellings[text]?[language] != nil ? nil : defaultLanguage
    }

    /// The same for a tag and site.yml `tags`.
    public func tagLang(_ text: String) -> String? {
        language == defaultLanguage || tagNames.spellings[text]?[language] != nil ? nil : defaultLanguage
    }

    /// A tag as this language spells it (site.yml `tags`), else as written. Only for
    /// showing: tag addresses keep the files' spelling.
    public func tag(_ text: String) -> String {
        tagNames.spellings[text]?[language] ?? text
    }

    public func charge(_ key: String) -> Charge? {
        charges.first { $0.key == key }
    }

    public enum Defaults {
        // Their labels in each language: VocabularyDefaults.swift.
        public static let statuses = statusVocabulary(in: ["en"])
        public static let roles = roleVocabulary(in: ["en"])
        public static let eventTypes = eventTypeVocabulary(in: ["en"])
        public static let sentenceTypes = sentenceTypeVocabulary(in: ["en"])
        public static let durationOnlyTypes: Set<String> = [
            "imprisonment", "life", "freedom-limitation", "suspended", "community-work", "activity-ban", "psychiatric",
        ]
        public static let organizationKinds = organizationKindVocabulary(in: ["en"])
    }
}
