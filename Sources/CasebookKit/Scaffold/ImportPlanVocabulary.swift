/// A row's vocabulary values (status, role, sentence type, charges) as the site's keys: by
/// key in any letter case, or by a label in any of the site's languages or in casebook's own
/// English, Russian and Kazakh; anything else an error with the nearest and the list.
extension ImportPlan {
    /// A key of the vocabulary, from its key or its label in any of the site's languages
    /// (case and accents aside): a Russian group's spreadsheet says "Осуждён".
    mutating func vocabulary(_ row: ImportRow, _ column: String, _ vocabulary: Vocabulary, required: Bool) -> String? {
        let value = row[column]
        if value.isEmpty {
            if required { diagnostics.append(missing(row, column)) }
            return nil
        }
        return match(row, column, value, in: Self.entries(vocabulary, column: column))
    }

    /// `entries`, and casebook's own labels in English, Russian and Kazakh for the keys the
    /// site has: a Russian sheet says "Обвиняемый", "лишение свободы" where the site.yml
    /// `casebook init` wrote labels them in English. The site's own labels are matched first.
    static func entries(_ vocabulary: Vocabulary, column: String) -> [(key: String, label: String)] {
        let builtIn = ["status": SiteConfig.Defaults.statusLabels, "role": SiteConfig.Defaults.roleLabels,
                       "sentence_type": SiteConfig.Defaults.sentenceTypeLabels][column] ?? [:]
        let keys = Set(vocabulary.keys)
        let all = entries(vocabulary) + ["en", "ru", "kk"].flatMap { builtIn[$0] ?? [] }.filter { keys.contains($0.0) }.map { (key: $0.0, label: $0.1) }
        // A woman's row says "Осуждена", "Обвиняемая": the feminine of a Russian label is that
        // label too, unless it is another key's label, or the feminine of one: never a guess.
        let feminine = all.compactMap { entry -> (key: String, label: String)? in
            let form = Gender.female.label(entry.label, language: "ru")
            return form == entry.label ? nil : (key: entry.key, label: form)
        }
        var meanings: [String: Set<String>] = [:]
        for entry in all + feminine { meanings[folded(entry.label), default: []].insert(entry.key) }
        return all + feminine.filter { meanings[folded($0.label)]?.count == 1 }
    }

    /// The charges' keys with their labels, in each of the site's languages.
    static func chargeEntries(_ site: SiteConfig) -> [(key: String, label: String)] {
        site.charges.flatMap { charge in
            [(key: charge.key, label: charge.label)] + charge.translatedLabel.keys.sorted().map { (key: charge.key, label: charge.translatedLabel[$0]!) }
        }
    }

    /// The vocabulary's keys with their labels, in each of the site's languages.
    static func entries(_ vocabulary: Vocabulary) -> [(key: String, label: String)] {
        let translated = vocabulary.translated.keys.sorted().flatMap { language in
            vocabulary.keys.compactMap { key in vocabulary.translated[language]?[key].map { (key, $0) } }
        }
        return vocabulary.keys.map { ($0, vocabulary.label($0)) } + translated
    }

    /// The key a value is, by key (any letter case) or label; nil for none.
    static func key(_ value: String, in entries: [(key: String, label: String)]) -> String? {
        guard !value.isEmpty else { return nil }
        let folded = Self.folded(value), key = value.lowercased()
        return entries.first(where: { $0.key == key || Self.folded($0.label) == folded })?.key
    }

    mutating func match(_ row: ImportRow, _ column: String, _ value: String, in entries: [(key: String, label: String)]) -> String? {
        // Keys are lower case (`example-article`): a key typed with capitals is the same key.
        if let key = Self.key(value, in: entries) { return key }
        let near = Suggestion.phrase(for: value, in: entries.map(\.key) + entries.map(\.label))
        let vocabulary = ["status": "statuses", "role": "roles", "sentence_type": "sentence types"][column] ?? column
        // A new group's sheet names its charges as it writes them (`ст. 174 ч.1 УК РК`), before
        // site.yml has any but the example: say where a charge is added, not only which exist.
        let add = column == "charges" && near.isEmpty
            ? "; if it is a charge the archive does not have yet, add it to 'charges' in site.yml, with '\(value)' as its label (docs/content.md, \"site.yml\")" : ""
        let problem = row.error(column, "'\(value)' is not one of the site's \(vocabulary)\(near) (allowed: \(Self.unique(entries.map(\.key)).joined(separator: ", ")))\(add)")
        unknownValues.insert(problem.message)
        diagnostics.append(problem)
        return nil
    }

    /// One value no vocabulary has, in one column of one file, is one message at its first
    /// row naming the others (the first few and a count): a new group's sheet names its
    /// charge as it writes it on every row, and was told the same advice 200 times.
    static func grouped(_ diagnostics: [Diagnostic], unknown: Set<String>) -> [Diagnostic] {
        guard !unknown.isEmpty else { return diagnostics }
        func key(_ problem: Diagnostic) -> String? {
            unknown.contains(problem.message) ? "\(problem.file)\u{0}\(problem.position.column)\u{0}\(problem.message)" : nil
        }
        var rows: [String: [Int]] = [:]
        for problem in diagnostics { if let key = key(problem) { rows[key, default: []].append(problem.position.line) } }
        var told: Set<String> = []
        return diagnostics.compactMap { problem in
            guard let key = key(problem), let lines = rows[key] else { return problem }
            guard told.insert(key).inserted else { return nil }
            let others = Self.unique(lines.sorted().map(String.init)).dropFirst()
            guard !others.isEmpty else { return problem }
            var first = problem
            first.position.line = lines.min()!
            let shown = others.count > 6 ? others.prefix(5).joined(separator: ", ") + " and \(others.count - 5) more" : others.count == 1 ? others.first! : others.dropLast().joined(separator: ", ") + " and " + others.last!
            first.message += "; the same on row\(others.count == 1 ? "" : "s") \(shown) (\(others.count + 1) rows in all)"
            return first
        }
    }

    /// The keys once each, in their order: a key comes once per language of its labels.
    static func unique(_ keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }
}
