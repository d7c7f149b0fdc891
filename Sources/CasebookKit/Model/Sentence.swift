/// One component of a sentence: a main or additional penalty. Numbers are kept exactly as
/// written (`DecimalNumber`), so a large fine is never rounded.
public struct SentenceComponent: Sendable, Hashable {
    public let type: String
    public let years: DecimalNumber?
    public let months: DecimalNumber?
    public let days: DecimalNumber?
    public let hours: DecimalNumber?
    public let amount: DecimalNumber?
    public var note: String?
    /// The note's language on a page of another language that shows it untranslated, else nil.
    public var noteShownIn: String? = nil
    /// `charge`: the article this term is for, when the court gave terms per article.
    public var charge: Ref? = nil
    /// `currency`: an ISO 4217 code for `amount`.
    public var currency: String? = nil
    /// `probation`: the probation period of a suspended sentence.
    public var probation: SentenceTerm? = nil
    /// `from_release: true`: a ban or limitation that runs from the person's release.
    public var fromRelease = false
    public var certainty: Certainty? = nil
    /// Ids of the case's sources for this part.
    public var sources: [Ref] = []

    public init(type: String, years: DecimalNumber? = nil, months: DecimalNumber? = nil, days: DecimalNumber? = nil,
                hours: DecimalNumber? = nil, amount: DecimalNumber? = nil, note: String? = nil) {
        self.type = type
        self.years = years
        self.months = months
        self.days = days
        self.hours = hours
        self.amount = amount
        self.note = note
    }
}

/// A length of time given alone: a probation period (`probation: {years: 4}`).
public struct SentenceTerm: Sendable, Hashable {
    public let years: DecimalNumber?
    public let months: DecimalNumber?
    public let days: DecimalNumber?

    public init(years: DecimalNumber? = nil, months: DecimalNumber? = nil, days: DecimalNumber? = nil) {
        self.years = years
        self.months = months
        self.days = days
    }
}
