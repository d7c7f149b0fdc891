/// site.yml `charges`: each a key with a label (`kz-cc-174: Inciting discord`), a label per
/// language, or the long form `{label, law, unspecified, country}`.
extension SiteParser {
    static func charges(_ fields: Fields, site: SiteConfig, reader: inout FieldReader) -> [Charge] {
        guard let node = fields["charges"], !node.isNull else { return [] }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected 'charges' as a mapping of key: {label, law}, found \(node.kindName)")
            return []
        }
        var charges: [Charge] = []
        for entry in entries {
            guard let key = checkKey(entry, in: "charges", reader: &reader) else { continue }
            let labelOf = LabelOf(vocabulary: "charges", key: entry.key)
            if case .scalar(let label, _) = entry.value.value {
                if isEmptyLabel(entry.value) {
                    reader.diagnostics.error(entry.value.position, emptyLabel(entry.value, labelOf, language: nil, site: site))
                }
                charges.append(Charge(key: key, label: isEmptyLabel(entry.value) ? key : label, law: nil))
                continue
            }
            if isLabelPerLanguage(entry.value) {
                let label = localized(entry.value, entry.key, site: site, label: labelOf, reader: &reader)
                var charge = Charge(key: key, label: label.text ?? key, law: nil)
                charge.translatedLabel = label.translated
                charges.append(charge)
                continue
            }
            guard let item = reader.fields(entry.value, known: chargeKeys, what: "a charge") else { continue }
            // A charge whose label is wrong is still a charge: the cases citing it are not reported too.
            let label = localized(item, "label", site: site, required: true, label: labelOf, reader: &reader)
            let law = localized(item, "law", site: site, reader: &reader)
            var charge = Charge(key: key, label: label?.text ?? key, law: law?.text)
            charge.translatedLabel = label?.translated ?? [:]
            charge.translatedLaw = law?.translated ?? [:]
            charge.unspecified = reader.bool(item, "unspecified") ?? false
            if charge.unspecified, law != nil, let node = item["law"] {
                reader.diagnostics.error(node.position, "charge '\(key)' is marked 'unspecified: true' (the sources give no article), so it has no 'law': "
                                         + "remove 'law', or remove 'unspecified' if the article is known")
            }
            charge.country = reader.country(item, "country")?.id
            charges.append(charge)
        }
        return charges
    }
}
