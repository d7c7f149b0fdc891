/// The checks of a catalogue that depend on more than one entry, made once the file is read
/// over its base: plural forms against the rule (a rule given over casebook's own catalogue of
/// the language against the entries kept from it too), the month forms the date patterns ask
/// for, the number format.
extension CatalogueReader.Reader {
    mutating func checkAfterMerge() {
        let used = catalogue.rule.usedCategories
        for (key, forms, position) in givenPlurals {
            let given = forms.map(\.key)
            for form in forms where PluralRule.categories.contains(form.key) && !used.contains(form.key) {
                diagnostics.error(form.keyPosition, "'\(key)' has the form '\(form.key)', which the plural rule never chooses; its forms are \(used.joined(separator: ", "))")
            }
            let missing = used.filter { !given.contains($0) }
            if !missing.isEmpty {
                diagnostics.error(position, "'\(key)' lacks the plural form\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); the plural rule gives \(used.joined(separator: ", "))")
            }
        }
        checkKeptPlurals(given: Set(givenPlurals.map(\.key)))
        for (key, position) in givenTexts {
            for form in catalogue.texts[key]?.placeholders.filter({ $0.hasPrefix("month:") }) ?? [] {
                let name = String(form.dropFirst("month:".count))
                if catalogue.months[name] == nil {
                    diagnostics.error(position, "'\(key)' asks for the month form '\(name)', which months does not give (it gives \(catalogue.months.keys.sorted().joined(separator: ", ")))\(Suggestion.phrase(for: name, in: catalogue.months.keys))")
                }
            }
        }
        let size = catalogue.texts["number.group_size"]?.source ?? "3"
        guard let groupSize = Int(size), (1...9).contains(groupSize) else {
            let position = givenTexts.first { $0.key == "number.group_size" }?.position ?? .start
            diagnostics.error(position, "number.group_size must be a whole number from 1 to 9, found '\(size)'")
            return
        }
        catalogue.number = NumberWording(group: catalogue.text("number.group"), decimal: catalogue.text("number.decimal"), groupSize: groupSize)
    }

    /// A plural rule given over casebook's own catalogue of the language applies to the
    /// entries the file keeps from it as well: a form it chooses that they lack would show
    /// the `other` form, one it never chooses is dead. Told once per form at the rule.
    mutating func checkKeptPlurals(given: Set<String>) {
        guard let rulePosition, let base, let language = builtInLanguage else { return }
        let used = catalogue.rule.usedCategories
        let kept = catalogue.plurals.keys.filter { !given.contains($0) && base.plurals[$0] != nil }.sorted()
        for category in PluralRule.categories {
            let wrong = kept.filter { (catalogue.plurals[$0]?[category] == nil) == used.contains(category) }
            guard !wrong.isEmpty else { continue }
            let named = wrong.prefix(3).joined(separator: ", ") + (wrong.count > 3 ? " and \(wrong.count - 3) more" : "")
            let entries = wrong.count == 1 ? "the entry \(named)" : "\(wrong.count) entries (\(named))"
            let what = used.contains(category)
                ? "chooses '\(category)', which \(entries) kept from casebook's '\(language)' catalogue do\(wrong.count == 1 ? "es" : "") not give"
                : "never chooses '\(category)', which \(entries) kept from casebook's '\(language)' catalogue give\(wrong.count == 1 ? "s" : "")"
            diagnostics.error(rulePosition, "the plural rule \(what); give \(wrong.count == 1 ? "it" : "them") in this file with the forms \(used.joined(separator: ", ")), or keep casebook's rule")
        }
    }
}
