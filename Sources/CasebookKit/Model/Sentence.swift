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
