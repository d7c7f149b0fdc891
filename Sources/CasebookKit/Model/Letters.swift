/// Where to write to a person held now: `letters: {address: "…", as_of: 2024-01, note: "…"}`
/// on a person. Published on `/letters/` only while the person is held, and never for a
/// protected person (an address names and locates them).
public struct Letters: Sendable {
    public var address: String
    /// When the address was last confirmed.
    public let asOf: PartialDate?
    /// "letters in Russian only, no parcels". Translatable.
    public var note: String?
    /// The language the note is shown in when a page of another language has no translation of it.
    public var noteShownIn: String?
    public let position: SourcePosition

    public init(address: String, asOf: PartialDate?, note: String?, position: SourcePosition) {
        self.address = address
        self.asOf = asOf
        self.note = note
        self.position = position
        self.noteShownIn = nil
    }
}
