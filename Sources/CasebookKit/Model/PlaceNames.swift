/// site.yml `places`: the regions and cities of the archive's files as each other language
/// spells them. A region or city is written once, in the default language, in every case
/// and person file (it is also a facet: `regions/zhambyl-region/`); its other spellings are
/// given once here, for every page that shows it:
///
/// ```yaml
/// places:
///   Zhambyl Region: {ru: Жамбылская область, kk: Жамбыл облысы}
///   Taraz: {ru: Тараз, kk: Тараз}
/// ```
///
/// site.yml `tags` spells the cases' tags the same way (`in-absentia: {ru: заочно}`).
public struct PlaceNames: Sendable {
    /// Default spelling -> language -> spelling.
    public var spellings: [String: [String: String]] = [:]
    /// Where each default spelling is written in site.yml, for the warning about one no
    /// file uses.
    public var positions: [String: SourcePosition] = [:]

    public init() {}
}
