/// Figures the statistics page and the open data read from the ledger, computed from its
/// fields without changing what they mean.
extension CustodyLedger {
    /// Days in custody over the people ever held: the median and the longest total, each
    /// "about" when the total(s) it rests on rest on a partial date.
    public struct DaysFigures: Sendable, Equatable {
        /// How many people the figures are over (everyone ever held).
        public let people: Int
        /// The middle total; with an even number of people, the mean of the two middle
        /// totals, rounded down to a whole day.
        public let median: Int
        public let medianIsApproximate: Bool
        public let longest: Int
        public let longestIsApproximate: Bool
    }

    /// Nil when nobody has been held by the as-of day.
    public var daysFigures: DaysFigures? {
        // Ties broken by id, so which person stands in the middle is the same every build.
        let totals = everHeld.map { (days: daysHeld[$0, default: 0], id: $0) }.sorted { ($0.days, $0.id) < ($1.days, $1.id) }
        guard let last = totals.last else { return nil }
        let middle = totals.count % 2 == 1 ? [totals[totals.count / 2]] : [totals[totals.count / 2 - 1], totals[totals.count / 2]]
        // Every person with the longest total: any of them resting on a partial date makes it "about".
        let longest = totals.filter { $0.days == last.days }
        return DaysFigures(people: totals.count,
                           median: middle.reduce(0) { $0 + $1.days } / middle.count,
                           medianIsApproximate: middle.contains { approximate.contains($0.id) },
                           longest: last.days,
                           longestIsApproximate: longest.contains { approximate.contains($0.id) })
    }

    /// People held before the as-of day and not held on it.
    public var heldBeforeNotNow: Int { everHeld.subtracting(heldNow).count }

    /// The kind each person held now is held under (their `currentHeld` entry's).
    public var heldNowKinds: [String: String] { currentHeld.mapValues { entries[$0].period.kind } }

    /// How many people are held now under each kind, in the vocabulary's order; kinds with
    /// nobody are left out.
    public func heldNowByKind(_ kinds: CustodyKinds) -> [(kind: String, people: Int)] {
        var counts: [String: Int] = [:]
        for index in currentHeld.values { counts[entries[index].period.kind, default: 0] += 1 }
        return kinds.vocabulary.keys.compactMap { key in counts[key].map { (key, $0) } }
    }
}
