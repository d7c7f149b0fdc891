/// Statuses, charges, regions and tags, each value with its cases, in one pass over the cases;
/// and countries, only when the cases name more than one (`country`), so an archive of one
/// country keeps the pages it had.
enum FacetBuilder {
    static func facets(site: SiteConfig, cases: [LinkedCase]) -> [Facet] {
        var statuses: [String: [String]] = [:]
        var charges: [String: [String]] = [:]
        var regions = FreeTextFacet(language: site.defaultLanguage)
        var tags = FreeTextFacet(language: site.defaultLanguage)
        var countries: [String: [String]] = [:]
        for linked in cases {
            let record = linked.record
            statuses[record.status.id, default: []].append(record.id)
            for charge in linked.allCharges { charges[charge, default: []].append(record.id) }
            if let region = record.region { regions.add(region, record.id) }
            for tag in record.tags.uniqued() { tags.add(tag, record.id) }
            if let country = record.country?.id { countries[country, default: []].append(record.id) }
        }
        let statusValues = site.statuses.keys.compactMap { key in
            statuses[key].map { Facet.Value(key: key, label: site.statuses.label(key), detail: nil, caseIDs: $0) }
        }
        let chargeValues = site.charges.compactMap { charge in
            charges[charge.key].map { Facet.Value(key: charge.key, label: charge.label, detail: charge.law, caseIDs: $0) }
        }
        let facets = [
            Facet(name: "statuses", values: statusValues),
            Facet(name: "charges", values: chargeValues),
            Facet(name: "regions", values: regions.values),
            Facet(name: "tags", values: tags.values),
        ]
        guard countries.count > 1 else { return facets }
        return facets + [Facet(name: "countries", values: countryValues(countries, language: site.defaultLanguage))]
    }

    /// Each country by its name in the site's language; its address is the code in lower case (`/countries/kz/`).
    static func countryValues(_ countries: [String: [String]], language: String) -> [Facet.Value] {
        alphabetical(countries.map { code, cases in
            Facet.Value(key: code.lowercased(), label: Country.name(code, in: language), detail: nil, caseIDs: cases)
        }, in: language)
    }

    /// Values by their labels in the alphabet of `language` (`NameOrder`), then by key.
    static func alphabetical(_ values: [Facet.Value], in language: String) -> [Facet.Value] {
        let keys = values.map { (NameOrder.key($0.label, language: language), $0.key) }
        return values.indices.sorted { keys[$0] < keys[$1] }.map { values[$0] }
    }

    /// The URL key of a free-text value: "Zhambyl Region" -> "zhambyl-region".
    /// A text with no letter that has a Latin spelling (Arabic, Hebrew, Chinese: "ئۇيغۇر")
    /// gets one made from its letters, "x-" and eight hex digits, so that two such values
    /// keep two pages; a text without letters or digits is "other".
    static func slug(_ text: String) -> String {
        let slug = Identifier.slug(text)
        guard slug.isEmpty else { return slug }
        let key = FacetClashes.key(text)
        guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return "other" }
        var hash: UInt32 = 2_166_136_261  // FNV-1a: the same letters give the same address on every machine
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "x-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Free-text values (regions, tags) grouped by slug; the first spelling met is the label.
    struct FreeTextFacet {
        let language: String
        var labels: [String: String] = [:]
        var cases: [String: [String]] = [:]
        /// Slug per spelling: thousands of cases share a few hundred spellings, and a slug
        /// costs a Unicode decomposition.
        var slugs: [String: String] = [:]

        mutating func add(_ text: String, _ caseID: String) {
            let trimmed = text.trimmingSpaces
            guard !trimmed.isEmpty else { return }
            let slug = slugs[trimmed] ?? FacetBuilder.slug(trimmed)
            slugs[trimmed] = slug
            if labels[slug] == nil { labels[slug] = trimmed }
            if cases[slug]?.last != caseID { cases[slug, default: []].append(caseID) }
        }

        var values: [Facet.Value] {
            FacetBuilder.alphabetical(labels.map { Facet.Value(key: $0, label: $1, detail: nil, caseIDs: cases[$0] ?? []) }, in: language)
        }
    }
}
