/// A child's identity never reaches the site, and it must not by omission either: a person
/// published under their name whose `born` makes them certainly under 18 when a case of
/// theirs began (its prosecution's start, or its `offence_date` when earlier) is a warning at
/// `born`, since their name, date of birth, JSON-LD `birthDate` and people.csv row are
/// published. A warning, not an error: the files do not say the person is a minor, and an
/// archive that built before this check keeps building (the shared benchmark's generator
/// gives some defendants such dates). A partial `born` or date counts only when every day it stands for says so.
/// One pass over the cases' people, only when someone named has a `born`.
enum MinorCheck {
    static let adulthood = 18

    static func problems(_ content: ParsedContent) -> [Diagnostic] {
        var named: [String: Person] = [:]
        for person in content.people where person.born != nil && !person.protection.minor && !person.protection.hidesName {
            named[person.id] = person
        }
        guard !named.isEmpty else { return [] }
        // Each person's earliest case start, by its last possible day: the date that most surely falls in childhood.
        var earliest: [String: (date: PartialDate, offence: Bool, path: String)] = [:]
        for record in content.cases {
            guard let (date, offence) = start(of: record) else { continue }
            for participant in record.people where named[participant.person.id] != nil {
                let id = participant.person.id
                if let known = earliest[id], (known.date.lastDayNumber, known.path) <= (date.lastDayNumber, record.info.path) { continue }
                earliest[id] = (date, offence, record.info.path)
            }
        }
        return earliest.keys.sorted().compactMap { id in
            guard let person = named[id], let born = person.born, let start = earliest[id] else { return nil }
            let birth = PartialDate(dayNumber: born.firstDayNumber)
            let coming = PartialDate.dayNumber(year: birth.year + adulthood, month: birth.month ?? 1, day: birth.day ?? 1)
            // Born after the case began is another mistake, not a child's: left to the editor.
            guard start.date.lastDayNumber < coming, born.firstDayNumber <= start.date.lastDayNumber else { return nil }
            let age = age(born: born, on: start.date).map { "\($0)" } ?? "under \(adulthood)"
            let when = start.offence ? "the offence date of \(start.path)" : "when the prosecution in \(start.path) began"
            return Diagnostic(.warning, person.info.path, person.bornPosition ?? .start,
                "'born: \(born)' makes this person \(age) on \(start.date) (\(when)), a minor, whose name and date of birth are published: "
                    + "a child's identity should never be; add 'minor: true' (and remove 'born', which a minor may not have), or correct 'born'")
        }
    }

    /// When a case began for this check: the earlier of its prosecution's start and its offence date.
    static func start(of record: CaseRecord) -> (PartialDate, offence: Bool)? {
        let prosecution = Linker.prosecutionStart(of: record.events)
        switch (prosecution, record.offenceDate) {
        case let (p?, o?): return o.lastDayNumber < p.lastDayNumber ? (o, true) : (p, false)
        case let (p?, nil): return (p, false)
        case let (nil, o?): return (o, true)
        case (nil, nil): return nil
        }
    }

    /// The age in whole years on a day, when both dates are days; nil otherwise.
    static func age(born: PartialDate, on date: PartialDate) -> Int? {
        guard let birthMonth = born.month, let birthDay = born.day, born.end == nil,
              let month = date.month, let day = date.day, date.end == nil else { return nil }
        let years = date.year - born.year - ((month, day) < (birthMonth, birthDay) ? 1 : 0)
        return years >= 0 ? years : nil
    }
}
