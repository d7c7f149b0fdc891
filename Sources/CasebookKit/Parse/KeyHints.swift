/// What to say of an unknown key that is no misspelling: a key written in the wrong place
/// (`custody` at the top of a case, `letters` in a case's people) or a word for a known key
/// (`until` for a custody period's `to`), which the edit distance of `Suggestion` cannot
/// find. A parser passes the hints of the mapping it reads to `FieldReader.fields`.
struct KeyHint: Sendable {
    /// The advice after "unknown key 'x' in …; ".
    let text: String
    /// The known key it stands for, so a missing required key is not reported as well.
    let meant: String?

    /// "did you mean 'to'?": a word for a known key.
    static func meaning(_ key: String) -> KeyHint { KeyHint(text: "did you mean '\(key)'?", meant: key) }

    /// The hint for an unknown key: the parser's own, else the nearest known key, else the list.
    static func hint(for key: String, known: [String], hints: [String: KeyHint]) -> KeyHint {
        if let hint = hints[key] { return hint }
        if let hint = lookAlike(key, known: known) { return hint }
        if let near = Suggestion.nearest(to: key, in: known) { return .meaning(near) }
        return KeyHint(text: "known keys: \(known.joined(separator: ", "))", meant: nil)
    }

    /// For a key typed with look-alike characters (`stаtus` with a Cyrillic "а"), the
    /// characters named: "did you mean 'status'?" alone would show two words that look the
    /// same. Nil for a key without them.
    static func lookAlike(_ key: String, known: [String]) -> KeyHint? {
        let findings = LookAlike.findings(in: key)
        guard !findings.isEmpty else { return nil }
        let plain = LookAlike.repaired(key), advice = LookAlike.advice(for: findings)
        if known.contains(plain) {
            return KeyHint(text: LookAlike.message(for: findings, in: key, fix: "\(advice), as '\(plain)'"), meant: plain)
        }
        let near = Suggestion.nearest(to: plain, in: known)
        return KeyHint(text: LookAlike.message(for: findings, in: key, fix: advice + (near.map { "; did you mean '\($0)'?" } ?? "")), meant: near)
    }
}

enum KeyHints {
    /// At the top of a case: what belongs to one person of the case.
    static let caseTop: [String: KeyHint] = Dictionary(uniqueKeysWithValues: ["custody", "sentence", "decisions", "earlier_roles"].map { key in
        (key, KeyHint(text: "'\(key)' belongs to a person of the case: write it under that person in 'people', in the long form "
                          + "(- person: ID, then \(key): on the next line)", meant: nil))
    })

    static let personKeys = ["letters", "support_url", "recognised", "died"]

    /// For an entry of a case's `people`: what belongs to the person in every case, kept in
    /// their own file, named by the entry's `person` (nothing is made for an entry without such a key).
    static func participant(_ node: YAMLNode) -> [String: KeyHint] {
        guard case .mapping(let entries) = node.value, entries.contains(where: { personKeys.contains($0.key) }) else { return [:] }
        var person = "ID"
        if case .scalar(let id, false)? = entries.first(where: { $0.key == "person" })?.value.value, Identifier.isValid(id) { person = id }
        return Dictionary(uniqueKeysWithValues: personKeys.map { key in
            (key, KeyHint(text: "'\(key)' belongs in the person's own file (people/\(person).md), not in a case: move it there", meant: nil))
        })
    }

    /// In a custody period: words for its dates and kind.
    static let custody: [String: KeyHint] = [
        "until": .meaning("to"), "till": .meaning("to"), "end": .meaning("to"), "ended": .meaning("to"),
        "since": .meaning("from"), "start": .meaning("from"), "started": .meaning("from"), "began": .meaning("from"),
        "type": .meaning("kind"), "measure": .meaning("kind"),
    ]
}
