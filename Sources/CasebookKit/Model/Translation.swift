/// The text of one content file in another of the site's languages, from `<id>.<lang>.md`
/// beside it. A translation carries text only; every fact comes from the default-language
/// file. A text left out (nil) is shown in the default language, marked as such.
public struct Translation: Sendable {
    /// The translation file: the same kind and id as the file it translates, its own path
    /// and `language`.
    public let info: DocumentInfo
    /// Cases and free pages.
    public let title: String?
    public let summary: String?
    /// People and organizations.
    /// A protected person's are replaced by the published name (and none) when linked.
    public var name: String?
    public let shortName: String?
    public var aliases: [String]?
    /// By position, as the default-language file lists them; nil where not translated.
    public let eventSummaries: [String?]
    public let sourceTitles: [String?]
    public let correctionNotes: [String?]
    /// Empty when the translation has no body: the default-language body is shown.
    public let body: MarkdownBody
    /// `updated` of the translation, for `check --missing` outside git.
    public let updated: PartialDate?
    /// Cases: for each person of the case, by position, the notes of their sentence's
    /// penalties, by position; empty where not translated.
    public var sentenceNotes: [[String?]] = []
    /// People: the photo's credit and text alternative; nil where not translated.
    public var photo: (credit: String?, alt: String?)? = nil
    /// People with `protect: pseudonym`: the pseudonym in this language, when given.
    public var pseudonym: String? = nil
    /// Cases: for each person of the case, by position, the places of their custody
    /// periods, by position; empty where not translated.
    public var custodyPlaces: [[String?]] = []
    /// Cases: for each person of the case, by position, the texts of their decisions, by
    /// position; empty where not translated.
    public var decisionTexts: [[TranslatedDecision]] = []
    /// People: the note of their `letters`; nil where not translated.
    public var lettersNote: String? = nil
    /// Cases: the `status_note`; nil where not translated.
    public var statusNote: String? = nil
    /// Cases: each person's `status_note`, by position; nil where not translated.
    public var personStatusNotes: [String?] = []
    /// Cases: the titles of the documents, by position; nil where not translated.
    public var documentTitles: [String?] = []
    /// Organizations: the former names, by position; nil where not translated.
    public var formerNames: [String?] = []
    /// The notes beside events' certainty, by position as `eventSummaries`; nil where not translated.
    public var eventNotes: [String?] = []

    public var language: String { info.language ?? "" }
    public var id: String { info.id }
}

/// The texts of one decision in a translation: its note and its penalties' notes.
public struct TranslatedDecision: Sendable, Hashable {
    public var note: String?
    public var sentenceNotes: [String?] = []
}

/// A translation with its body rendered (links resolved as in the file it translates). A
/// class: the open data and the localized archives look translations up once per row and
/// page, and copying `Translation`'s twenty texts each time showed in the profile.
public final class LinkedTranslation: Sendable {
    public let translation: Translation
    public let bodyHTML: String

    public init(translation: Translation, bodyHTML: String) {
        self.translation = translation
        self.bodyHTML = bodyHTML
    }
}

/// Every translation of the linked archive: language -> kind -> id -> translation.
public struct Translations: Sendable {
    public var byLanguage: [String: [ContentKind: [String: LinkedTranslation]]] = [:]

    public init() {}

    public func translation(_ kind: ContentKind, _ id: String, in language: String) -> LinkedTranslation? {
        byLanguage[language]?[kind]?[id]
    }
}
