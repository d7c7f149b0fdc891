/// Whether the theme speaks every language site.yml lists: each needs a word catalogue with
/// every entry the theme and the build use (all of the built-in English's keys, its month
/// forms and plural rule among them), from the theme's file or, for a language casebook
/// ships (ru, kk), its own. A one-language site in
/// another language keeps the English words when its theme has no catalogue of its
/// language, as it always has, with a warning.
extension Theme {
    /// The keys each catalogue file gives itself (language -> file, keys), read before it is
    /// put over the built-in English.
    struct CatalogueKeys: Sendable {
        let file: String
        let keys: Set<String>
        /// The line of each section (`pager:`), where a missing entry of it is reported.
        let sectionLines: [String: Int]

        init(file: String, keys: Set<String>, text: String) {
            var lines: [String: Int] = [:]
            // A section starts a line; `plural_rule: {one: …}` on one line is one too.
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.first.map({ $0.isLetter }) == true {
                guard let colon = line.firstIndex(of: ":") else { continue }
                lines[String(line[..<colon])] = number + 1
            }
            sectionLines = lines
            self.file = file
            // The rule is no entry of the catalogue read: the file gives it when it has the section.
            self.keys = lines["plural_rule"] == nil ? keys : keys.union(["plural_rule"])
        }
    }

    /// The entries of a catalogue: its texts, plural texts and month forms (`months.genitive`).
    static func keys(of catalogue: Catalogue) -> Set<String> {
        Set(catalogue.texts.keys).union(catalogue.plurals.keys).union(catalogue.months.keys.map { "months.\($0)" })
    }

    /// A regex literal is parsed each time it is evaluated: once here, not once per line.
    nonisolated(unsafe) static let rootBeforeSharedFile = #/\{\{\{?&?\s*root\s*\}?\}\}(?:assets/|media/|data/[^"'\s]*\.(?:json|csv)|sitemap\.xml)/#

    /// The positions of `{{root}}` followed by a folder every language shares.
    static func rootLinksToSharedFiles(in text: String) -> [SourcePosition] {
        guard text.contains("root") else { return [] }
        var positions: [SourcePosition] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("root") {
            for match in line.matches(of: rootBeforeSharedFile) {
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                positions.append(SourcePosition(line: number + 1, column: column))
            }
        }
        return positions
    }

    func languageProblems(_ site: SiteConfig, displayName: String) -> [Diagnostic] {
        guard !site.languages.isEmpty else { return oneLanguageProblems(site, displayName: displayName) }
        // Every language has a plural rule; English's chooses forms no other language need share.
        let english = Self.keys(of: .english).union(["plural_rule"])
        // A theme made for one language: its other languages' pages would look for the
        // shared files in their own folder (`ru/assets/`).
        var problems = sharedFilesFromRoot.map { use in
            Diagnostic(.error, use.file, use.position,
                       "on a site in several languages, {{root}} leads to the page's language folder, where assets, media and the open data are not; write {{site_root}} before them")
        }
        for code in site.languages {
            // casebook's own catalogue of the language fills what the theme's leaves out.
            let builtIn = Catalogue.builtIn[code].map { Self.keys(of: $0).union(["plural_rule"]) } ?? []
            guard let own = catalogueKeys[code] else {
                if code != "en", builtIn.isEmpty {
                    problems.append(Diagnostic(.error, "\(displayName)/i18n/\(code).yml", .start,
                        "site.yml lists the language '\(code)', but the theme has no word catalogue for it: copy \(displayName)/i18n/en.yml to \(displayName)/i18n/\(code).yml and translate it"))
                }
                continue
            }
            guard code != "en" else { continue }  // a theme's en.yml gives only what it changes
            for key in english.subtracting(own.keys).subtracting(builtIn).subtracting(Self.unused(by: site)).sorted() {
                let line = own.sectionLines[String(key.prefix { $0 != "." })]
                problems.append(Diagnostic(.error, own.file, line.map { SourcePosition(line: $0, column: 1) } ?? .start,
                                           Self.missing(key, displayName: displayName)))
            }
        }
        return problems
    }

    /// Entries only a setting a site may not use shows, added after catalogues were written
    /// for it: a theme's catalogue may leave them out until the site uses the setting, so an
    /// archive that built keeps building (the withdrawn page, site.yml `withdrawn`).
    static func unused(by site: SiteConfig) -> Set<String> {
        site.withdrawn.contains { $0.key != .people && !$0.value.isEmpty } ? [] : ["renamed.withdrawn_title", "renamed.withdrawn"]
    }

    /// What a catalogue of a language casebook does not carry lacks, and what to give: the
    /// English would be taken silently otherwise (English month names, English plurals).
    static func missing(_ key: String, displayName: String) -> String {
        let english = "\(displayName)/i18n/en.yml (or the built-in English)"
        if key == "plural_rule" {
            return "the catalogue has no 'plural_rule', which chooses the plural form of every count; give the language's CLDR rule (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) as \(english) gives English's"
        }
        if key.hasPrefix("months.") {
            return "the catalogue has no '\(key)', month names the site's dates use; give the language's 12 names in that form, January first, as \(english) does"
        }
        return "the catalogue has no '\(key)', which the site's pages use; copy the entry from \(english) and translate it"
    }

    /// A one-language site in a language no catalogue speaks builds as it always has, in
    /// the English words, but says so: its pages say `lang="fr"` over English menus and dates.
    func oneLanguageProblems(_ site: SiteConfig, displayName: String) -> [Diagnostic] {
        let code = site.language, primary = LanguageCode.primary(code)
        guard primary != "en", catalogueKeys[code] == nil, catalogueKeys[primary] == nil, Catalogue.builtIn[primary] == nil else { return [] }
        return [Diagnostic(.warning, "\(displayName)/i18n/\(code).yml", .start,
            "site.yml's language is '\(VisibleText.escape(code))', but the theme has no word catalogue for it: the pages' own words (menus, headings, dates) are in English; copy \(displayName)/i18n/en.yml to \(displayName)/i18n/\(code).yml and translate it")]
    }
}
