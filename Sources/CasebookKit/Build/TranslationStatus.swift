/// What is left to translate, per language other than the default: content files without a
/// translation, translations older than their file, translations that leave texts in the
/// default language, site.yml labels without text, and places and tags without a spelling.
/// `casebook check` warns once per language; `check --missing LANG` lists it all.
public struct TranslationStatus: Sendable {
    public struct Language: Sendable {
        public let code: String
        /// Content files considered (drafts only in a preview) and those without a translation.
        public var files = 0
        public var untranslated: [String] = []
        /// "content/cases/x.ru.md: older than content/cases/x.md (2021-03-01 < 2021-04-02)".
        public var outdated: [String] = []
        /// "content/cases/x.ru.md: partly translated; no ru text for the body and 1 sentence
        /// note of content/cases/x.md": what a translation leaves out, which its page shows
        /// untranslated (`TranslationGaps`).
        public var incomplete: [String] = []
        /// Labels of site.yml shown in the default language: "statuses: sentenced".
        public var labels: [String] = []
        /// Regions, cities and tags the published files write that site.yml `places` and
        /// `tags` give no spelling in this language, so its pages show them as the files do.
        public var places: [String] = []
        public var tags: [String] = []
    }

    /// Every language of the site, the default first.
    public let siteLanguages: [String]
    public var languages: [Language] = []
    let siteFile: String

    /// The status of the parsed archive; nothing to do on a one-language site.
    init(_ content: ParsedContent, loaded: LoadedContent, siteFile: String, includeDrafts: Bool) {
        let site = content.site
        siteLanguages = site.allLanguages
        self.siteFile = siteFile
        let others = Array(siteLanguages.dropFirst())
        guard !others.isEmpty else { return }
        var drafts: Set<String> = []
        if !includeDrafts {
            for record in content.cases where record.draft { drafts.insert(record.info.path) }
            for page in content.pages where page.draft { drafts.insert(page.info.path) }
        }
        let sources = loaded.files.filter { $0.info.language == nil && !drafts.contains($0.info.path) }
        var translated: Set<String> = []  // "ru/cases/x"
        for file in loaded.files { if let code = file.info.language { translated.insert("\(code)/\(file.info.kind.rawValue)/\(file.info.id)") } }
        let sourcePaths = Set(sources.map(\.info.path))
        let caseUpdates = Dictionary(content.cases.map { ($0.id, $0.updated) }, uniquingKeysWith: { a, _ in a })
        let caseRecords = Dictionary(content.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let people = Dictionary(content.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let organizations = Dictionary(content.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let pages = Dictionary(content.pages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var places: Set<String> = [], tags: Set<String> = []
        for record in content.cases where !drafts.contains(record.info.path) {
            places.formUnion([record.region, record.city].compactMap { $0?.trimmingSpaces.nonEmpty })
            tags.formUnion(record.tags)
        }
        for person in content.people { if let region = person.region?.trimmingSpaces.nonEmpty { places.insert(region) } }
        let (placeList, tagList) = (places.sorted(), tags.sorted())
        languages = others.map { code in
            var language = Language(code: code)
            language.files = sources.count
            language.untranslated = sources.filter { !translated.contains("\(code)/\($0.info.kind.rawValue)/\($0.info.id)") }.map(\.info.path)
            language.labels = Self.untranslatedLabels(site, code)
            language.places = placeList.filter { site.places.spellings[$0]?[code] == nil }
            language.tags = tagList.filter { site.tagNames.spellings[$0]?[code] == nil }
            for parsed in content.translations where parsed.translation.language == code {
                let info = parsed.translation.info
                let source = TranslationParser.defaultPath(of: info)
                guard sourcePaths.contains(source) else { continue }
                let own = "\(info.kind.rawValue)/\(info.id)"
                if let why = Self.older(translation: "\(own).\(code).md", than: "\(own).md", history: content.history,
                                        updated: (parsed.translation.updated, info.kind == .cases ? caseUpdates[info.id] ?? nil : nil)) {
                    language.outdated.append("\(info.path): older than \(source) (\(why))")
                }
                let translation = parsed.translation
                let gaps: TranslationGaps? = switch info.kind {
                case .cases: caseRecords[info.id].map { TranslationGaps.of(translation, case: $0) }
                case .people: people[info.id].map { TranslationGaps.of(translation, person: $0) }
                case .organizations: organizations[info.id].map { TranslationGaps.of(translation, organization: $0) }
                case .pages: pages[info.id].map { TranslationGaps.of(translation, page: $0) }
                }
                if let line = gaps?.line { language.incomplete.append(line) }
            }
            return language
        }
    }

    /// Why a translation is older than its file, or nil. In git, by the order of their last
    /// commits (git lists them newest first, by the moment they were made, whatever the day
    /// or time zone); else by `updated`, only when every day the translation's date may
    /// mean comes before every day the file's may ("2021-03" is not older than "2021-03-05").
    static func older(translation: String, than file: String, history: ArchiveHistory,
                      updated: (PartialDate?, PartialDate?)) -> String? {
        if let mine = history.files[translation]?.first, let theirs = history.files[file]?.first {
            guard mine > theirs else { return nil }
            let (day, fileDay) = (history.commits[Int(mine)].date, history.commits[Int(theirs)].date)
            return "last committed \(day), before its file's last commit of \(fileDay)"
        }
        guard let mine = updated.0, let theirs = updated.1, mine.lastDayNumber < theirs.firstDayNumber else { return nil }
        return "\(mine) < \(theirs)"
    }

    /// The site's texts with no version in `code`: the title, the description, every label.
    static func untranslatedLabels(_ site: SiteConfig, _ code: String) -> [String] {
        var missing: [String] = []
        if site.translatedTitle[code] == nil { missing.append("title") }
        if site.description != nil, site.translatedDescription[code] == nil { missing.append("description") }
        // The built-in affiliations have their own Russian and Kazakh labels: only site.yml's are listed.
        // Decisions' and documents' kinds too: a label left out is shown in the default language.
        for vocabulary in [site.statuses, site.roles, site.eventTypes, site.sentenceTypes, site.organizationKinds,
                           site.documentKinds, site.decisionKinds, site.decisionOutcomes.vocabulary]
            + (site.ownAffiliations ? [site.affiliations] : []) {
            let own = vocabulary.translated[code] ?? [:]
            missing += vocabulary.keys.filter { own[$0] == nil }.map { "\(vocabulary.name): \($0)" }
        }
        for charge in site.charges {
            if charge.translatedLabel[code] == nil { missing.append("charges: \(charge.key) (label)") }
            if charge.law != nil, charge.translatedLaw[code] == nil { missing.append("charges: \(charge.key) (law)") }
        }
        return missing
    }

    /// One line per language with something left to do, for `casebook check`.
    public var summaries: [String] {
        languages.compactMap { language in
            let name = LanguageCode.name(language.code)
            var parts: [String] = []
            let files = language.untranslated.count
            if files > 0 { parts.append("\(files) of \(language.files) files \(files == 1 ? "has" : "have") no \(name) translation") }
            let old = language.outdated.count
            if old > 0 { parts.append(old == 1 ? "1 translation is older than its file" : "\(old) translations are older than their files") }
            let incomplete = language.incomplete.count
            if incomplete > 0 { parts.append(incomplete == 1 ? "1 translation leaves texts out" : "\(incomplete) translations leave texts out") }
            let labels = language.labels.count
            if labels > 0 { parts.append("\(labels) \(labels == 1 ? "label" : "labels") of site.yml \(labels == 1 ? "has" : "have") no \(name) text") }
            let (places, tags) = (language.places.count, language.tags.count)
            if places + tags > 0 {
                let named = [places > 0 ? "\(places) \(places == 1 ? "place" : "places")" : nil,
                             tags > 0 ? "\(tags) \(tags == 1 ? "tag" : "tags")" : nil].compactMap { $0 }
                parts.append(named.joined(separator: " and ") + " of the files \(places + tags == 1 ? "has" : "have") no \(name) spelling in site.yml")
            }
            guard !parts.isEmpty else { return nil }
            return "\(language.code): \(parts.joined(separator: "; ")); `casebook check --missing \(language.code)` lists them"
        }
    }

    /// Why `code` cannot be listed (not a language of the site, or its default), or nil.
    public func problem(with code: String) -> String? {
        let list = siteLanguages.joined(separator: ", ")
        if siteLanguages.count < 2 {
            let only = siteLanguages.first ?? "en"
            // `languages` takes plain codes: a regional `language: ru-KZ` is listed as `ru`.
            let plain = LanguageCode.primary(only)
            // An example of a second language: the one asked for, unless it is the site's own.
            let other = LanguageCode.isValid(code) && code != plain ? code : (plain == "ru" ? "kk" : "ru")
            return "the site has one language ('\(only)'); to translate it, list more in site.yml, like `languages: [\(plain), \(other)]`"
        }
        if code == siteLanguages[0] {
            return "'\(code)' is the site's default language; --missing takes one of the others: \(siteLanguages.dropFirst().joined(separator: ", "))"
        }
        guard languages.contains(where: { $0.code == code }) else {
            let near = LanguageCode.nearest(to: code, in: Array(siteLanguages.dropFirst())).map { "; did you mean '\($0)'\(LanguageCode.inLatin(code))?" } ?? ""
            return "'\(code)' is not one of the site's languages (\(list))\(near)"
        }
        return nil
    }

    /// The to-do list for `code`, one line per file or label, sorted.
    public func todo(_ code: String) -> [String] {
        guard let language = languages.first(where: { $0.code == code }) else { return [] }
        let files = language.untranslated.map { "\($0): no \(code) translation" } + language.outdated + language.incomplete
        return files.sorted() + language.labels.map { "\(siteFile): no \(code) text for \($0)" }
            + language.places.map { "\(siteFile): no \(code) spelling for places: \($0)" }
            + language.tags.map { "\(siteFile): no \(code) spelling for tags: \($0)" }
    }
}
