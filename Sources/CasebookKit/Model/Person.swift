/// A person, as written in `content/people/<id>.md`.
public struct Person: Sendable {
    public let info: DocumentInfo
    public var name: String
    public var aliases: [String]
    /// Dropped (nil) from the linked person when the name is protected.
    public var born: PartialDate?
    /// Where `born` is written, for the check that a person born so late was a minor (`MinorCheck`).
    public var bornPosition: SourcePosition?
    public let region: String?
    /// Bare ids and `{organization, link}` entries, in the order written.
    public let organizations: [Affiliation]
    /// The portrait, its credit and text alternative.
    public var photo: Photo?
    public var events: [Event]
    /// Recognised as a political prisoner, by whom and when.
    public var recognitions: [Recognition] = []
    public var sources: [Source]
    /// Where to write to the person while held (`letters`); nil when not given.
    public var letters: Letters?
    /// `support_url`: a page for supporting the person (a fund, a campaign); http(s) only.
    public var supportURL: String?
    public let body: MarkdownBody
    /// `protect`, `pseudonym`, `minor`, `noindex`.
    public var protection = PersonProtection()
    /// `citizenship`: ISO 3166-1 alpha-2 codes (`Country`), in the order written.
    public var citizenship: [String] = []
    /// `died`: when, and whether in custody; nil while alive or not known.
    public var died: Death?
    /// `former_ids`: the ids the person had before the file was renamed; each old address leads here.
    public var formerIDs: [Ref] = []
    /// `corrections`: the public log of corrections to this page, in the order written.
    public var corrections: [Correction] = []
    /// `gender`: for the grammar of the labels that describe the person (`Gender`); dropped
    /// from a protected person, whose words must not narrow who they are.
    public var gender: Gender?

    public var id: String { info.id }
}
