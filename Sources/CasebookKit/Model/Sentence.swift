/// One component of a sentence: a main or additional penalty.
public struct SentenceComponent: Sendable, Hashable {
    public let type: String
    public let years: Double?
    public let months: Double?
    public let days: Double?
    public let hours: Double?
    public let amount: Double?
    public let note: String?

    public init(type: String, years: Double? = nil, months: Double? = nil, days: Double? = nil,
                hours: Double? = nil, amount: Double? = nil, note: String? = nil) {
        self.type = type
        self.years = years
        self.months = months
        self.days = days
        self.hours = hours
        self.amount = amount
        self.note = note
    }
}
