/// A person's portrait: `photo: media/x.jpg`, or the long form
/// `photo: {file: media/x.jpg, credit: "Photo: RFE/RL", alt: "…"}`. The credit is shown under
/// the portrait; the text alternative is the person's name unless `alt` says more. A
/// translation may word `credit` and `alt` in its language; the file is a fact.
public struct Photo: Sendable {
    /// Path under content/ (`media/x.jpg`), with where it was written.
    public let file: Ref
    public var credit: String?
    public var alt: String?
    /// The language the credit and alt are shown in on a page of another language that has
    /// no translation of them; nil otherwise.
    public var shownIn: String? = nil

    public init(file: Ref, credit: String? = nil, alt: String? = nil) {
        self.file = file
        self.credit = credit
        self.alt = alt
    }

    /// The file's path under content/, as a `Ref` reads it.
    public var id: String { file.id }
    public var position: SourcePosition { file.position }
}
