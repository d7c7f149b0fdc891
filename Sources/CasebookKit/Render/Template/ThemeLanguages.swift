/// Whether the theme speaks every language site.yml lists: each needs a word catalogue with
/// every entry the theme and the build use (all of the built-in English's keys), from the
/// theme's file or, for a language casebook ships (ru, kk), its own. A one-language site in
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
            self.file = file
            self.keys = keys
            var lines: [String: Int] = [:]
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.first.map({ $0.isLetter }) == true && line.hasSuffix(":") {
                lines[String(line.dropLast())] = number + 1
            }
            sectionLines = lines
        }
    }

    /// The entries of a catalogue: its texts and plural texts.
    static func keys(of catalogue: Catalogue) -> Set<String> {
        Set(catalogue.texts.keys).union(catalogue.plurals.keys)
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
        let english = Self.keys(of: .english)
        // A theme made for one language: its other languages' pages would look for the
        // shared files in their own folder (`ru/assets/`).
        var problems = sharedFilesFromRoot.map { use in
            Diagnostic(.error, use.file, use.position,
                       "on a site in several languages, {{root}} leads to the page's language folder, where assets, media and the open data are not; write {{site_root}} before them")
        }
        for code in site.languages {
            // casebook's own catalogue of the language fills what the theme's leaves out.
            let builtIn = Catalogue.builtIn[code].map { Self.keys(of: $0) } ?? []
            guard let own = catalogueKeys[code] else {
                if code != "en", builtIn.isEmpty {
                    problems.append(Diagnostic(.error, "\(displayName)/i18n/\(code).yml", .start,
                        "site.yml lists the language '\(code)', but the theme has no word catalogue for it: copy \(displayName)/i18n/en.yml to \(displayName)/i18n/\(code).yml and translate it"))
                }
                continue
            }
            guard code != "en" else { continue }  // a theme's en.yml gives only what it changes
            for key in english.subtracting(own.keys).subtracting(builtIn).sorted() {
                let line = own.sectionLines[String(key.prefix { $0 != "." })]
                problems.append(Diagnostic(.error, own.file, line.map { SourcePosition(line: $0, column: 1) } ?? .start,
                    "the catalogue has no '\(key)', which the site's pages use; copy the entry from \(displayName)/i18n/en.yml (or the built-in English) and translate it"))
            }
        }
        return problems
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
