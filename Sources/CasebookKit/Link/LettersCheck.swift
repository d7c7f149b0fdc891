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
