/// A person's death: `died: {date: 2020-07-25, in_custody: true, sources: [id]}`. The date is
/// required; the sources are the person's own. A person who has died is never held now: a
/// custody period open past the date is an error (`DeathCheck`).
public struct Death: Sendable, Hashable {
    public let date: PartialDate
    /// Died while held (in a detention centre, a colony, under arrest).
    public let inCustody: Bool
    /// Ids of the person's own sources.
    public let sources: [Ref]
    public let position: SourcePosition
}

extension Person {
    /// `died`, when the death is on or before the day the site is counted at (`AsOf`): a
    /// build `--as-of` a day before it is the site as it stood then, where no page, figure or
    /// file says the person died. A death known to its month or year counts once its last
    /// possible day has come: a custody period may run to any day of it (`DeathCheck`), and
    /// no one is shown both held now and dead. Every page, the statistics and the open data
    /// ask here.
    public func died(asOf: AsOf?) -> Death? {
        guard let died, died.date.lastDayNumber <= asOf?.dayNumber ?? Int.max else { return nil }
        return died
    }
}
