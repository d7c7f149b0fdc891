/// A person's `protect`, `pseudonym`, `minor` and `noindex`, each mistake at its place.
extension FieldReader {
    static let protectionKeys = ["protect", "pseudonym", "minor", "noindex"]

    mutating func protection(_ fields: Fields) -> PersonProtection {
        var protection = PersonProtection()
        protection.minor = bool(fields, "minor") ?? false
        protection.noindex = bool(fields, "noindex") ?? false
        let levels = PersonProtection.Level.allCases.map(\.rawValue)
        var given: PersonProtection.Level?
        if let node = fields["protect"], !node.isNull, let raw = text(node, "protect") {
            if let level = PersonProtection.Level(rawValue: raw) {
                given = level
            } else {
                let near = Suggestion.nearest(to: raw.lowercased(), in: levels).map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.error(node.position, "'\(raw)' is not a way to protect a name\(near) (allowed: \(levels.joined(separator: ", ")))")
            }
        }
        // A minor is published under initials unless `protect` gives a pseudonym; never under their name.
        if protection.minor, given == .full, let node = fields["protect"] {
            diagnostics.error(node.position, "'protect: full' would publish the name of a minor (minor: true), and a child's name is never published: "
                              + "remove 'protect' (a minor is published under initials) or write 'protect: pseudonym' with a 'pseudonym'; "
                              + "if the person was never a minor, remove 'minor: true'")
            given = nil
        }
        protection.level = given ?? (protection.minor ? .initials : .full)
        let pseudonym = text(fields, "pseudonym")
        if let node = fields["pseudonym"], !node.isNull, let pseudonym {
            if TextShortcuts.isBlank(pseudonym) {
                diagnostics.error(node.position, "'pseudonym' must not be empty; write the name to publish, like \"Defendant A\"")
            } else if given == .pseudonym {
                protection.pseudonym = pseudonym
            } else if given != nil || fields["protect"]?.isNull ?? true {
                // An empty `protect:` (as `casebook new` writes it) counts as not given.
                diagnostics.error(node.position, "'pseudonym' is published only with 'protect: pseudonym': add that line, or remove the pseudonym")
            }
        }
        // An empty `pseudonym:` counts as not given: the name would fall back to initials unasked.
        if given == .pseudonym, fields["pseudonym"]?.isNull ?? true {
            diagnostics.error(fields["protect"]?.position, "'protect: pseudonym' needs the name to publish: add a line like 'pseudonym: \"Defendant A\"'")
        }
        if protection.minor {
            for key in ["photo", "born"] {
                guard let node = fields[key], !node.isNull else { continue }
                let what = key == "photo" ? "a photo" : "a date of birth"
                diagnostics.error(fields.keyPosition(key) ?? node.position, "'\(key)': a minor is published without \(what); remove it (minor: true)")
            }
        }
        return protection
    }
}
