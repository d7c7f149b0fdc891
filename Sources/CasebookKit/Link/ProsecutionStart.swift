/// The day a prosecution began, which gives a case its year in the statistics and the filters:
/// the earliest event of a type that starts a prosecution (a detention, a charge, a measure of
/// restraint), else the earliest event of any type, as before. A case's `offence_date` never
/// counts: the incident may be years older than the prosecution.
extension Linker {
    /// A fixed list, documented in docs/content.md: site.yml may relabel these types, not move them.
    static let prosecutionEventTypes: Set<String> = ["detention", "charge", "restraint"]

    static func prosecutionStart(of events: [Event]) -> PartialDate? {
        var start: PartialDate?
        var earliest: PartialDate?
        for event in events {
            if earliest.map({ event.date < $0 }) ?? true { earliest = event.date }
            if prosecutionEventTypes.contains(event.type), start.map({ event.date < $0 }) ?? true { start = event.date }
        }
        return start ?? earliest
    }
}
