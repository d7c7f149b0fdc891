/// site.yml's custody settings: `custody_kinds` (each kind `{label, held}`, or a label alone
/// for a built-in kind, which keeps its built-in `held`), `as_of` and `stale_after_months`.
extension SiteParser {
    static let custodyKindKeys = ["label", "held"]

    static func custodySettings(_ site: inout SiteConfig, _ fields: Fields, reader: inout FieldReader) {
        site.custodyKinds = custodyKinds(fields, site: site, reader: &reader) ?? SiteConfig.Defaults.custodyKinds(in: site.allLanguages)
        site.asOf = reader.date(fields, "as_of", single: "an 'as of' date")
        if let months = reader.wholeNumber(fields, "stale_after_months", in: 1...1200, meaning: "months") {
            site.staleAfterMonths = months
        }
    }

    static func custodyKinds(_ fields: Fields, site: SiteConfig, reader: inout FieldReader) -> CustodyKinds? {
        guard let node = fields["custody_kinds"], !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected 'custody_kinds' as a mapping of key: {label, held: true or false}, found \(node.kindName)")
            return nil
        }
        var pairs: [(String, String)] = []
        var translated: [String: [String: String]] = [:]
        var held: Set<String> = []
        for entry in entries {
            let key = checkKey(entry, in: "custody_kinds", reader: &reader)
            var label: (text: String?, translated: [String: String])
            var deprives: Bool?
            let labelOf = LabelOf(vocabulary: "custody_kinds", key: entry.key)
            if case .mapping = entry.value.value, !isLabelPerLanguage(entry.value) {
                guard let item = reader.fields(entry.value, known: custodyKindKeys, what: "a custody kind",
                                               example: "{label: Prison, held: true}") else { continue }
                label = localized(item, "label", site: site, required: true, label: labelOf, reader: &reader) ?? (nil, [:])
                deprives = reader.bool(item, "held")
                if item["held"] == nil, let key, !SiteConfig.Defaults.custodyKindLabels["en"]!.contains(where: { $0.0 == key }) {
                    reader.missing(item, "held")
                }
            } else {
                label = localized(entry.value, entry.key, site: site, label: labelOf, reader: &reader)
                if let key, !SiteConfig.Defaults.custodyKindLabels["en"]!.contains(where: { $0.0 == key }) {
                    reader.diagnostics.error(entry.value.position,
                        "custody kind '\(key)' is not built in, so it must say whether it deprives of liberty: write {label: \(label.text ?? key), held: true} or held: false")
                }
            }
            guard let key else { continue }
            pairs.append((key, label.text ?? key))
            for (code, text) in label.translated { translated[code, default: [:]][key] = text }
            if deprives ?? SiteConfig.Defaults.heldCustodyKinds.contains(key) { held.insert(key) }
        }
        if pairs.isEmpty {
            reader.diagnostics.error(node.position, "'custody_kinds' must list at least one key")
            return nil
        }
        var vocabulary = Vocabulary(name: "custody_kinds", entries: pairs)
        vocabulary.translated = translated
        return CustodyKinds(vocabulary: vocabulary, held: held)
    }
}
