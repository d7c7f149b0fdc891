/// Reads `content/site.yml`: settings, and vocabularies that replace the built-in defaults.
enum SiteParser {
    static let keys = ["title", "description", "base_url", "language", "licence", "unsafe_html", "max_file_kb", "page_size", "statuses", "roles",
                       "event_types", "sentence_types", "organization_kinds", "charges"]
    static let chargeKeys = ["label", "law"]

    /// The site settings, the problems found, and whether the file could be read at all:
    /// when it cannot, its vocabularies are unknown and checking other files would only
    /// repeat the one mistake in every file.
    static func parse(_ text: String, path: String) -> (SiteConfig, Diagnostics, readable: Bool) {
        var reader = FieldReader(file: path)
        reader.source = YAMLSource(text: text, firstLine: 1)
        var site = SiteConfig()
        let controls = text.utf8.withContiguousStorageIfAvailable { bytes in
            let found = ControlCharacters.scan(bytes, bytes.indices, references: false)
            ControlCharacters.report(found, in: bytes, diagnostics: &reader.diagnostics)
            return found.count
        }
        if let controls, controls > 0 { return (site, reader.diagnostics, false) }
        guard let root = YAMLTree.parse(text, firstLine: 1, diagnostics: &reader.diagnostics) else {
            if !reader.diagnostics.hasErrors { reader.diagnostics.error(.start, "site.yml is empty; it needs at least a title") }
            return (site, reader.diagnostics, false)
        }
        guard let fields = reader.fields(root, known: keys, what: "site.yml") else {
            return (site, reader.diagnostics, false)
        }
        site.title = reader.text(fields, "title", required: true) ?? site.title
        site.description = reader.text(fields, "description")
        if let baseURL = reader.text(fields, "base_url")?.trimmingSpaces {
            if let problem = URLPolicy.baseURLProblem(baseURL) {
                reader.diagnostics.error(fields["base_url"]?.position, problem)
            } else {
                site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            }
        }
        site.language = language(fields, reader: &reader) ?? site.language
        site.licence = reader.text(fields, "licence")?.trimmingSpaces.nonEmpty
        site.unsafeHTML = reader.bool(fields, "unsafe_html") ?? false
        if let kilobytes = reader.number(fields, "max_file_kb")?.doubleValue, kilobytes >= 1 {
            site.maxFileBytes = Int(min(kilobytes, 1_000_000)) * 1024
        }
        site.pageSize = pageSize(fields, reader: &reader) ?? site.pageSize
        site.statuses = vocabulary(fields, "statuses", reader: &reader) ?? site.statuses
        site.roles = vocabulary(fields, "roles", reader: &reader) ?? site.roles
        site.eventTypes = vocabulary(fields, "event_types", reader: &reader) ?? site.eventTypes
        site.sentenceTypes = vocabulary(fields, "sentence_types", reader: &reader) ?? site.sentenceTypes
        site.organizationKinds = vocabulary(fields, "organization_kinds", reader: &reader) ?? site.organizationKinds
        site.charges = charges(fields, reader: &reader)
        // The build gives these keys a meaning: the default role, and what makes an organization a court.
        if !site.roles.contains(Role.defendant) {
            reader.diagnostics.error(fields["roles"]?.position ?? fields.position,
                                     "'roles' must keep the key '\(Role.defendant)', which the build relies on; change its label instead")
            site.roles = Vocabulary(name: "roles", entries: [(Role.defendant, "Defendant")] + site.roles.keys.map { ($0, site.roles.label($0)) })
        }
        if !site.organizationKinds.contains(OrganizationKind.court) {
            reader.diagnostics.error(fields["organization_kinds"]?.position ?? fields.position,
                                     "'organization_kinds' must keep the key '\(OrganizationKind.court)', which the build relies on; change its label instead")
            site.organizationKinds = Vocabulary(name: "organization_kinds", entries: site.organizationKinds.keys.map {
                ($0, site.organizationKinds.label($0)) } + [(OrganizationKind.court, "Court")])
        }
        return (site, reader.diagnostics, true)
    }

    /// `language`: a BCP 47 language tag, for the pages' `lang` attribute.
    static func language(_ fields: Fields, reader: inout FieldReader) -> String? {
        guard let node = fields["language"], let tag = reader.text(fields, "language") else { return nil }
        guard LanguageTag.isValid(tag) else {
            let advice = LanguageTag.suggestion(for: tag).map { "write '\($0)'" } ?? "write a tag like 'en', 'ru', 'kk' or 'kk-Cyrl-KZ'"
            let what = TextShortcuts.isBlank(tag) ? "must not be empty" : "must be a language tag, found '\(tag)'"
            reader.diagnostics.error(node.position, "'language' \(what); \(advice)")
            return nil
        }
        return tag
    }

    /// `page_size`: a whole number of 1 or more (items per page of a long list), in digits.
    static func pageSize(_ fields: Fields, reader: inout FieldReader) -> Int? {
        guard let node = fields["page_size"], let number = reader.number(fields, "page_size") else { return nil }
        guard number.isWhole, let size = Int(number.digits), size >= 1 else {
            let raw = if case .scalar(let text, _) = node.value { text } else { number.digits }
            reader.diagnostics.error(node.position, "expected a whole number of 1 or more for 'page_size' (items per page), found '\(raw)'")
            return nil
        }
        return size
    }

    /// `{key: Label, ...}`; every key must follow the id rule so it can become a URL.
    static func vocabulary(_ fields: Fields, _ name: String, reader: inout FieldReader) -> Vocabulary? {
        guard let node = fields[name], !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected '\(name)' as a mapping of key: label, found \(node.kindName)")
            return nil
        }
        var pairs: [(String, String)] = []
        for entry in entries {
            let key = checkKey(entry, in: name, reader: &reader)
            guard let key, let label = reader.text(entry.value, entry.key) else { continue }
            pairs.append((key, label))
        }
        if pairs.isEmpty {
            reader.diagnostics.error(node.position, "'\(name)' must list at least one key")
            return nil
        }
        return Vocabulary(name: name, entries: pairs)
    }

    static func charges(_ fields: Fields, reader: inout FieldReader) -> [Charge] {
        guard let node = fields["charges"], !node.isNull else { return [] }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected 'charges' as a mapping of key: {label, law}, found \(node.kindName)")
            return []
        }
        var charges: [Charge] = []
        for entry in entries {
            guard let key = checkKey(entry, in: "charges", reader: &reader) else { continue }
            if case .scalar(let label, _) = entry.value.value {
                charges.append(Charge(key: key, label: label, law: nil))
                continue
            }
            guard let item = reader.fields(entry.value, known: chargeKeys, what: "a charge"),
                  let label = reader.text(item, "label", required: true) else { continue }
            charges.append(Charge(key: key, label: label, law: reader.text(item, "law")))
        }
        return charges
    }

    /// The key, or for an invalid key (reported here) its suggested form, so files that
    /// already use the suggested key are not reported again; nil when there is none.
    static func checkKey(_ entry: YAMLEntry, in name: String, reader: inout FieldReader) -> String? {
        let repaired = reader.checkLookAlikes(entry.key, at: entry.keyPosition)
        if repaired != entry.key {
            let key = Identifier.isValid(repaired) ? repaired : Identifier.slug(repaired)
            return key.isEmpty ? nil : key
        }
        guard Identifier.isValid(entry.key) else {
            let suggestion = Identifier.slug(entry.key)
            reader.diagnostics.error(entry.keyPosition,
                "'\(entry.key)' is not a valid key in '\(name)'; use lower-case letters, digits and hyphens, like '\(suggestion)'")
            return suggestion.isEmpty ? nil : suggestion
        }
        return entry.key
    }
}
