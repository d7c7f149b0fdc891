/// Who may have an address for letters: never a protected person, whose address would name
/// and locate them (an error), and only someone held now, since `/letters/` lists only them
/// (a warning, so an editor removes an address once the person is free).
enum LettersCheck {
    static func problems(_ archive: Archive, content: ParsedContent) -> [Diagnostic] {
        let ledger = archive.custody
        var problems: [Diagnostic] = []
        var unlisted: [Person] = []
        for person in content.people {
            guard let letters = person.letters else { continue }
            if let protection = protectionKey(person.protection) {
                problems.append(Diagnostic(.error, person.info.path, letters.position,
                    "a protected person's address is never published: remove 'letters' (this person has '\(protection)'); an address names and locates them"))
            } else if !ledger.recordsCustody {
                unlisted.append(person)
            } else if !ledger.isHeldNow(person.id) {
                problems.append(Diagnostic(.warning, person.info.path, letters.position, notHeld(person.id, ledger: ledger)))
            } else if let moved = moved(person.id, letters, archive: archive) {
                problems.append(Diagnostic(.warning, person.info.path, letters.position, moved))
            }
        }
        // Without any custody, every address would warn alike: said once, at the first file.
        if let first = unlisted.min(by: { $0.info.path < $1.info.path }), let letters = first.letters {
            let others = unlisted.count == 1 ? "" : " (\(unlisted.count) people have 'letters')"
            problems.append(Diagnostic(.warning, first.info.path, letters.position,
                "letters are published on /letters/ only for people held now, and no case records custody\(others): give each held person's periods in their case ('custody' in its people); until then no address is published"))
        }
        return problems
    }

    /// An address confirmed (`as_of`) before the person was moved to where they are held now:
    /// the period they are held under began after that day, at a place other than the one
    /// that held them on it (or when none did). The build cannot know the address is stale,
    /// only that a move was recorded since it was confirmed.
    static func moved(_ id: String, _ letters: Letters, archive: Archive) -> String? {
        let ledger = archive.custody
        guard let confirmed = letters.asOf, let index = ledger.currentHeld[id], let place = ledger.entries[index].period.place else { return nil }
        let current = ledger.entries[index], day = confirmed.lastDayNumber
        guard current.period.from.firstDayNumber > day else { return nil }
        let then = ledger.entries(of: id).last {
            $0.isHeldKind && $0.period.from.firstDayNumber <= day && ($0.period.endDayNumber.map { $0 > day } ?? true)
        }
        guard then?.period.place != place else { return nil }
        let written = archive.caseRecord(current.caseID).map { " (\($0.record.info.path):\(current.period.position.line))" } ?? ""
        return "the address was confirmed (as_of: \(confirmed)) before the person's move to '\(place)' on \(current.period.from)\(written): "
            + "confirm it and set 'as_of', or give the address there"
    }

    /// The key that protects the person, as written, or nil for a person published by name.
    static func protectionKey(_ protection: PersonProtection) -> String? {
        if protection.minor { return "minor: true" }
        return protection.hidesName ? "protect: \(protection.level.rawValue)" : nil
    }

    static func notHeld(_ id: String, ledger: CustodyLedger) -> String {
        let day = ledger.asOf.map { "\($0.date)" }
        let why = ledger.everHeld.contains(id)
            ? "the custody of '\(id)' ended before \(day ?? "the build's day")"
            : "no published case holds '\(id)' in custody" + (day.map { " as of \($0)" } ?? "")
        return "letters are published only while the person is held, and \(why): remove 'letters', or give the custody period that holds them in their case"
    }
}
