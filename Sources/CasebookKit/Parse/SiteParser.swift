/// Reads `content/site.yml`: settings, and vocabularies that replace the built-in defaults.
enum SiteParser {
    static let keys = ["title", "description", "base_url", "language", "languages", "licence", "unsafe_html", "max_file_kb", "page_size", "statuses", "roles",
                       "event_types", "sentence_types", "organization_kinds", "affiliations", "document_kinds", "charges", "places", "tags",
                       "custody_kinds", "as_of", "stale_after_months", "decision_kinds", "decision_outcomes", "history", "withdrawn", "former_keys", "feed_name"]
    static let chargeKeys = ["label", "law", "unspecified", "country"]

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
        if let conflict = text.utf8.withContiguousStorageIfAvailable(ConflictMarkers.find) ?? nil {
            reader.diagnostics.error(SourcePosition(line: conflict.line, column: 1), ConflictMarkers.message(conflict))
            return (site, reader.diagnostics, false)
        }
        guard let root = YAMLTree.parse(text, firstLine: 1, diagnostics: &reader.diagnostics) else {
            if !reader.diagnostics.hasErrors { reader.diagnostics.error(.start, "site.yml is empty; it needs at least a title") }
            return (site, reader.diagnostics, false)
        }
        guard let fields = reader.fields(root, known: keys + imageKeys, what: "site.yml") else {
            return (site, reader.diagnostics, false)
        }
        // The languages first: every text after them may be given per language.
        setLanguages(&site, fields, reader: &reader)
        if let title = localized(fields, "title", site: site, required: true, reader: &reader) {
            site.title = title.text ?? site.title
            site.translatedTitle = title.translated
        }
        if let description = localized(fields, "description", site: site, reader: &reader) {
            site.description = description.text
            site.translatedDescription = description.translated
        }
        if let feedName = localized(fields, "feed_name", site: site, reader: &reader) {
            site.feedName = feedName.text?.trimmingSpaces.nonEmpty
            site.translatedFeedName = feedName.translated.compactMapValues { $0.trimmingSpaces.nonEmpty }
        }
        if let baseURL = reader.text(fields, "base_url")?.trimmingSpaces {
            if let problem = URLPolicy.baseURLProblem(baseURL) {
                reader.diagnostics.error(fields["base_url"]?.position, problem)
            } else {
                site.baseURL = URLPolicy.encodedBaseURL(baseURL.hasSuffix("/") ? baseURL : baseURL + "/")
            }
        }
        site.licence = reader.text(fields, "licence")?.trimmingSpaces.nonEmpty
        site.unsafeHTML = reader.bool(fields, "unsafe_html") ?? false
        site.keepImageMetadata = reader.bool(fields, "keep_image_metadata") ?? false
        site.showsHistory = reader.bool(fields, "history") ?? true
        if let kilobytes = reader.number(fields, "max_file_kb")?.doubleValue, kilobytes >= 1 {
            site.maxFileBytes = Int(min(kilobytes, 1_000_000)) * 1024
        }
        site.pageSize = pageSize(fields, reader: &reader) ?? site.pageSize
        let languages = site.allLanguages
        site.statuses = vocabulary(fields, "statuses", site: site, reader: &reader) ?? SiteConfig.Defaults.statusVocabulary(in: languages)
        site.roles = vocabulary(fields, "roles", site: site, reader: &reader) ?? SiteConfig.Defaults.roleVocabulary(in: languages)
        site.eventTypes = vocabulary(fields, "event_types", site: site, reader: &reader) ?? SiteConfig.Defaults.eventTypeVocabulary(in: languages)
        site.organizationKinds = vocabulary(fields, "organization_kinds", site: site, reader: &reader)
            ?? SiteConfig.Defaults.organizationKindVocabulary(in: languages)
        affiliations(&site, fields, reader: &reader)
        site.documentKinds = vocabulary(fields, "document_kinds", site: site, reader: &reader)
            ?? SiteConfig.Defaults.documentKinds(in: site.allLanguages)
        custodySettings(&site, fields, reader: &reader)
        decisionSettings(&site, fields, reader: &reader)
        site.charges = charges(fields, site: site, reader: &reader)
        site.places = places(fields, site: site, reader: &reader)
        site.tagNames = tagNames(fields, site: site, reader: &reader)
        site.withdrawn = withdrawn(fields, reader: &reader)
        site.formerKeys = formerKeys(fields, reader: &reader)
        for former in site.formerKeys where former.facet == "statuses" { site.statuses.renamed[former.old.id] = former.new.id }
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

    /// `keep_image_metadata` (docs/content.md "Photos and images"), listed apart from `keys`.
    static let imageKeys = ["keep_image_metadata"]

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
    /// Any size a list can take is accepted: a larger one than any list puts each on one page.
    static func pageSize(_ fields: Fields, reader: inout FieldReader) -> Int? {
        reader.wholeNumber(fields, "page_size", in: 1...Int.max, meaning: "items per page",
                           above: "; a page_size larger than any list puts each list on one page")
    }

    /// `{key: Label, ...}`; every key must follow the id rule so it can become a URL.
    static func vocabulary(_ fields: Fields, _ name: String, site: SiteConfig, reader: inout FieldReader) -> Vocabulary? {
        flaggedVocabulary(fields, name, flag: nil, site: site, reader: &reader)?.vocabulary
    }

    /// A vocabulary whose entries may also be `{label: …, <flag>: true|false}` (with a
    /// `flag`; without one, a plain vocabulary); the flags given, by key. Entries without
    /// the flag keep their built-in meaning.
    static func flaggedVocabulary(_ fields: Fields, _ name: String, flag: String?, site: SiteConfig,
                                  reader: inout FieldReader) -> (vocabulary: Vocabulary, flags: [String: Bool])? {
        guard let node = fields[name], !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected '\(name)' as a mapping of key: label, found \(node.kindName)")
            return nil
        }
        var pairs: [(String, String)] = []
        var translated: [String: [String: String]] = [:]
        var flags: [String: Bool] = [:]
        var plain: [EnglishLabelsCheck.Label] = []
        for entry in entries {
            let key = checkKey(entry, in: name, reader: &reader)
            var label: (text: String?, translated: [String: String])
            var value: Bool?
            let labelOf = LabelOf(vocabulary: name, key: entry.key)
            if let flag, case .mapping = entry.value.value, !isLabelPerLanguage(entry.value) {
                guard let item = reader.fields(entry.value, known: ["label", flag], what: "an entry of '\(name)'",
                                               example: "{label: …, \(flag): true}") else { continue }
                label = localized(item, "label", site: site, required: true, label: labelOf, reader: &reader) ?? (nil, [:])
                value = reader.bool(item, flag)
            } else {
                label = localized(entry.value, entry.key, site: site, label: labelOf, reader: &reader)
            }
            guard let key else { continue }
            // A key whose label is wrong is still a key: files using it are not reported too.
            pairs.append((key, label.text ?? key))
            if let text = label.text { plain.append(EnglishLabelsCheck.Label(key: key, text: text, position: entry.value.position)) }
            for (code, text) in label.translated { translated[code, default: [:]][key] = text }
            if let value { flags[key] = value }
        }
        if pairs.isEmpty {
            reader.diagnostics.error(node.position, "'\(name)' must list at least one key")
            return nil
        }
        EnglishLabelsCheck.check(name, plain, site: site, reader: &reader)
        var vocabulary = Vocabulary(name: name, entries: pairs)
        vocabulary.translated = translated
        return (vocabulary, flags)
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
