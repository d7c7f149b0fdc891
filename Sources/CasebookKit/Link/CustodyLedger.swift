/// Who is held, since when and for how many days, counted once for the whole build at one
/// day (`AsOf`) from the custody periods of every published case. Language-neutral (ids
/// only), so every page of every language, the statistics and the open data read the
/// same figures and cannot disagree.
public struct CustodyLedger: Sendable {
    /// One period of one person in one case, with what it counts as of the day.
    public struct Entry: Sendable {
        public let personID: String
        public let caseID: String
        /// Where the period is written: the person's place in the case's `people`, and the
        /// period's in their `custody`.
        public let participant: Int
        public let index: Int
        /// As the page's language shows it (`localized(from:)` gives the translated place).
        public internal(set) var period: CustodyPeriod
        /// The kind deprives of liberty (site.yml `custody_kinds`' `held`).
        public let isHeldKind: Bool
        /// Days from the first day to the last, both counted, or to the as-of day while it
        /// lasts; 0 for a period that starts after the as-of day.
        public let days: Int
        /// Begun on or before the as-of day and not ended by it.
        public let isCurrent: Bool
    }

    /// Nil only when nothing in the archive is dated (then no period exists either).
    public let asOf: AsOf?
    /// The case whose last update is the day, when the day is the latest update of any case
    /// (`AsOf.Source.latestUpdate`): what `AsOfOrigin` names in messages.
    public let dayFrom: String?
    /// Every period, by person id, then in the order the periods start.
    public internal(set) var entries: [Entry]
    /// Each person's entries (indexes into `entries`).
    public let byPerson: [String: [Int]]
    /// People held now (a current period of a held kind), longest held first, then by id.
    public let heldNow: [String]
    /// For each person held now, the entry they are held under (the latest to start).
    public let currentHeld: [String: Int]
    /// Each person's days in custody (held kinds only; overlapping days counted once).
    public let daysHeld: [String: Int]
    /// People with a held-kind period begun on or before the as-of day, held now or not.
    public let everHeld: Set<String>
    /// People whose total rests on a partial date.
    public let approximate: Set<String>

    /// The archive records custody at all: only then are held-now pages and figures made,
    /// since "held now: 0" would be false for an archive that never records custody.
    public var recordsCustody: Bool { !entries.isEmpty }

    public func isHeldNow(_ personID: String) -> Bool { currentHeld[personID] != nil }

    public func entries(of personID: String) -> [Entry] { (byPerson[personID] ?? []).map { entries[$0] } }

    public static let empty = CustodyLedger(cases: [], kinds: SiteConfig.Defaults.custodyKinds(in: ["en"]), asOf: nil)
}

extension CustodyLedger {
    /// `cases`: the published cases. `asOf`: what the build was told, else nil for the
    /// default (the latest `updated` of any case, else the latest custody date).
    public init(cases: [LinkedCase], kinds: CustodyKinds, asOf: AsOf?) {
        var found: [(person: String, caseID: String, participant: Int, index: Int, period: CustodyPeriod)] = []
        var latestUpdate: PartialDate?
        var latestCase: String?
        var latestCustodyDate: PartialDate?
        for linked in cases {
            if let updated = linked.updated, latestUpdate.map({ updated > $0 }) ?? true {
                latestUpdate = updated
                latestCase = linked.record.id
            }
            for (place, participant) in linked.record.people.enumerated() {
                for (index, period) in participant.custody.enumerated() {
                    found.append((participant.person.id, linked.record.id, place, index, period))
                    for date in [period.from, period.to].compactMap({ $0 }) where latestCustodyDate.map({ date > $0 }) ?? true {
                        latestCustodyDate = date
                    }
                }
            }
        }
        let day = asOf ?? (latestUpdate ?? latestCustodyDate).map { AsOf(date: $0, source: .latestUpdate) }
        self.asOf = day
        dayFrom = asOf == nil ? latestCase : nil
        let today = day?.dayNumber ?? Int.max
        found.sort { ($0.person, $0.period.from.firstDayNumber, $0.caseID) < ($1.person, $1.period.from.firstDayNumber, $1.caseID) }
        var entries: [Entry] = []
        var byPerson: [String: [Int]] = [:]
        var currentHeld: [String: Int] = [:]
        var spans: [String: [ClosedRange<Int>]] = [:]
        var approximate: Set<String> = []
        for item in found {
            let start = item.period.from.firstDayNumber
            let end = item.period.endDayNumber
            let started = start <= today
            let isCurrent = started && (end.map { $0 > today } ?? true)
            let last = min(end ?? today, today)
            let days = started && last >= start ? last - start + 1 : 0
            let held = kinds.isHeld(item.period.kind)
            byPerson[item.person, default: []].append(entries.count)
            if held && isCurrent { currentHeld[item.person] = entries.count }
            if held && days > 0 {
                spans[item.person, default: []].append(start...last)
                if item.period.isApproximate { approximate.insert(item.person) }
            }
            entries.append(Entry(personID: item.person, caseID: item.caseID, participant: item.participant, index: item.index,
                                 period: item.period,
                                 isHeldKind: held, days: days, isCurrent: isCurrent))
        }
        self.entries = entries
        self.byPerson = byPerson
        self.currentHeld = currentHeld
        self.daysHeld = spans.mapValues(Self.daysCovered)
        self.everHeld = Set(spans.keys)
        self.approximate = approximate
        let daysHeld = self.daysHeld
        self.heldNow = currentHeld.keys.sorted {
            let (a, b) = (daysHeld[$0, default: 0], daysHeld[$1, default: 0])
            return a != b ? a > b : $0 < $1
        }
    }

    /// The same figures with each period as `cases` (one language's) shows it: its place
    /// translated, or marked as shown in the default language.
    func localized(from cases: [LinkedCase], index: [String: Int]) -> CustodyLedger {
        guard recordsCustody else { return self }
        var copy = self
        for position in copy.entries.indices {
            let entry = copy.entries[position]
            if let found = index[entry.caseID], cases[found].record.people.indices.contains(entry.participant) {
                let custody = cases[found].record.people[entry.participant].custody
                if custody.indices.contains(entry.index) { copy.entries[position].period = custody[entry.index] }
            }
        }
        return copy
    }

    /// Days in the union of the spans: a day in two periods counts once.
    static func daysCovered(_ spans: [ClosedRange<Int>]) -> Int {
        var total = 0
        var reached = Int.min
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let from = max(span.lowerBound, reached)
            if span.upperBound >= from { total += span.upperBound - from + 1 }
            reached = max(reached, span.upperBound + 1)
        }
        return total
    }
}
