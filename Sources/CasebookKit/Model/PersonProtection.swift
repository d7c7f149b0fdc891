/// How a person's identity is published (`protect`, `pseudonym`, `minor`, `noindex` in
/// their file). The link stage applies it, so that nothing after it sees a protected
/// person's real name, aliases, date of birth or photo.
public struct PersonProtection: Sendable, Hashable {
    /// `protect`: what stands for the name on the site.
    public enum Level: String, Sendable, CaseIterable {
        /// The name as written (the default).
        case full
        /// The initials of the name: "Z. S.".
        case initials
        /// `pseudonym`, like "Defendant A".
        case pseudonym
    }

    public var level: Level = .full
    /// Required with `protect: pseudonym`, an error otherwise.
    public var pseudonym: String?
    /// `minor: true`: initials unless `protect` says otherwise; no photo or date of birth.
    public var minor = false
    /// `noindex: true`: the name is shown, but search engines are asked not to index the page.
    public var noindex = false

    public init() {}

    /// Whether the real name is withheld.
    public var hidesName: Bool { level != .full }
    /// Whether the page carries the robots meta `noindex` and stays out of the sitemap.
    public var hidesFromSearchEngines: Bool { hidesName || noindex }
}
