/// Translations in the link stage: each checked against the site's languages and the file
/// it translates, and the published ones, bodies rendered, gathered into `Translations`.
enum TranslationLinker {
    /// What a translation is checked against: its default-language file as parsed.
    struct Original: Sendable {
        let events: Int
        let sources: Int
        let corrections: Int
        let draft: Bool
        /// Cases: each person's number of penalties.
        var sentences: [Int] = []
        /// Cases: the number of documents.
        var documents = 0
        /// Cases: each person's number of custody periods.
        var custody: [Int] = []
        /// Cases: each person's number of decisions.
        var decisions: [Int] = []
        /// Organizations: the number of former names.
        var formerNames = 0
        /// People: whether the file gives `letters` and a `photo`, which a translation's
        /// letters' note and photo texts go with.
        var letters = false
        var photo = false
    }

    /// The default-language files by kind and id; empty when there are no translations.
    static func originals(_ content: ParsedContent) -> [ContentKind: [String: Original]] {
        guard !content.translations.isEmpty else { return [:] }
        var found: [ContentKind: [String: Original]] = [:]
        for record in content.cases {
            found[.cases, default: [:]][record.id] = Original(events: record.events.count, sources: record.sources.count,
                                                             corrections: record.corrections.count, draft: record.draft,
                                                             sentences: record.people.map(\.sentence.count),
                                                             documents: record.documents.count,
                                                             custody: record.people.map(\.custody.count),
                                                             decisions: record.people.map(\.decisions.count))
        }
        for person in content.people {
            found[.people, default: [:]][person.id] = Original(events: person.events.count, sources: person.sources.count,
                                                              corrections: person.corrections.count, draft: false,
                                                              letters: person.letters != nil, photo: person.photo != nil)
        }
        for organization in content.organizations {
            found[.organizations, default: [:]][organization.id] = Original(
                events: organization.events.count, sources: organization.sources.count,
                corrections: organization.corrections.count, draft: false,
                formerNames: organization.formerNames.count)
        }
        for page in content.pages {
            found[.pages, default: [:]][page.id] = Original(events: 0, sources: 0, corrections: 0, draft: page.draft)
        }
        return found
    }

    /// The problems that need the other files, and for each translation the file it
    /// translates when the translation can be shown (nil: an error, or its file failed to parse).
    static func check(_ content: ParsedContent, originals: [ContentKind: [String: Original]]) -> ([Original?], [Diagnostic]) {
        let site = content.site
        // A translation left behind by a rename is told the file that took its id.
        let renamed = content.translations.isEmpty ? [:] : FormerIDCheck.renamed(content)
        // Each translation on its own: 20,000 of them were a serial fifth of a second.
        let checked = parallelMap(content.translations) { parsed -> (Original?, [Diagnostic]) in
            let info = parsed.translation.info
            var problems = Diagnostics(file: info.path)
            let language = parsed.translation.language
            let source = TranslationParser.defaultPath(of: info)
            let sourceExists = content.fileIDs[info.kind]?.contains(info.id) == true
            if language == site.defaultLanguage, !sourceExists {
                // The file is in the default language under a translation's name: one message, the fix.
                let plain = source.split(separator: "/").last.map(String.init) ?? source
                problems.error(.start, "'\(language)' is the site's default language, whose files have no language in their name: rename this file to \(plain)")
                return (nil, problems.items)
            }
            if language == site.defaultLanguage {
                problems.error(.start, "'\(language)' is the site's default language, which \(source) is written in; a translation is into another of the site's languages: rename or remove this file")
            } else if !site.allLanguages.contains(language) {
                problems.error(.start, LanguageCode.unlisted(language, site: site, remedy: "rename or remove this file"))
            }
            if !sourceExists, let current = renamed[info.kind]?[info.id] {
                // Never a name that is taken: two cases merged leave two translations of one.
                let name = "\(current).\(language).md"
                let taken = content.translations.contains {
                    $0.translation.info.kind == info.kind && $0.translation.info.id == current && $0.translation.language == language
                }
                let fix = taken
                    ? "content/\(info.kind.rawValue)/\(name) exists already: move what this file adds into it, and delete this one"
                    : "rename this file to \(name)"
                problems.error(.start, "this translates \(source), which does not exist: '\(info.id)' is a former id of \(info.kind.rawValue)/\(current).md, "
                    + "and a translation is named after the file it translates: \(fix)")
                return (nil, problems.items)
            }
            guard sourceExists else {
                let ids = content.fileIDs[info.kind] ?? []
                // Facts written here are not told one by one (`ParsedContent.reported`): this says where they go.
                let kind = info.kind.singular, plain = source.split(separator: "/").last.map(String.init) ?? source
                let moved = content.otherKind(holding: info).map { other in
                    // The content folder as the command was given it: the part before cases/.
                    let folder = String(info.path.dropLast(info.kind.rawValue.count + 1 + (info.path.split(separator: "/").last?.count ?? 0) + 1))
                    let there = folder.isEmpty ? other.rawValue : "\(folder)/\(other.rawValue)"
                    return "; \(there)/\(info.id).md does: if this translates that \(other.singular), move this file into \(there)/"
                }
                let advice = moved ?? Suggestion.nearest(to: info.id, in: ids).map { "; did you mean '\($0)' (name this file \($0).\(language).md)?" }
                    ?? ": the facts come from the \(kind)'s file in the site's default language (\(site.defaultLanguage)), and a translation gives only its text in another; if this is the \(kind)'s first file, name it \(plain)"
                problems.error(.start, "this translates \(source), which does not exist\(advice)")
                return (nil, problems.items)
            }
            let original = originals[info.kind]?[info.id]
            // Counted only against a file parsed whole: a typo there would make every
            // translation's lists look too long.
            if let original, !content.filesWithErrors.contains(source) {
                let translation = parsed.translation
                for (key, count, own) in [("events", original.events, translation.eventSummaries.count),
                                          ("sources", original.sources, translation.sourceTitles.count),
                                          ("corrections", original.corrections, translation.correctionNotes.count),
                                          ("documents", original.documents, translation.documentTitles.count),
                                          ("former_names", original.formerNames, translation.formerNames.count)]
                where parsed.lists[key] != nil && own != count {
                    problems.error(parsed.lists[key], "'\(key)' lists \(entries(own)) but \(source) has \(entries(count)); list them in the same order, one for each (an empty '-' keeps one untranslated)")
                }
                // A text with nothing to go with would be shown nowhere: never dropped without a word.
                if let position = parsed.lists["letters"], translation.lettersNote != nil, !original.letters {
                    problems.error(position, "'letters' gives a note, but \(source) has no letters for it to go with (their address is a fact of that file): give them there, or remove this")
                }
                if let position = parsed.lists["photo"], let photo = translation.photo, photo.credit != nil || photo.alt != nil, !original.photo {
                    problems.error(position, "'photo' gives a credit or alt, but \(source) has no photo for them to go with (the file is a fact of that file): give it there, or remove this")
                }
                if let position = parsed.lists["people"] {
                    let notes = translation.sentenceNotes
                    if notes.count != original.sentences.count {
                        problems.error(position, "'people' lists \(entries(notes.count)) but \(source) has \(entries(original.sentences.count)); list them in the same order, one for each (an empty '-' keeps one untranslated)")
                    } else {
                        for (index, (given, penalties)) in zip(notes, original.sentences).enumerated() where !given.isEmpty && given.count != penalties {
                            // A sentence the original does not have (yet): its notes go with nothing.
                            problems.error(position, penalties == 0
                                ? "the sentence of person \(index + 1) in 'people' lists \(entries(given.count)) but \(source) gives that person no sentence; remove it here, or give the sentence there first"
                                : "the sentence of person \(index + 1) in 'people' lists \(entries(given.count)) but \(source) has \(entries(penalties)); give each penalty's note in the same order")
                        }
                        for (index, (given, periods)) in zip(translation.custodyPlaces, original.custody).enumerated() where !given.isEmpty && given.count != periods {
                            problems.error(position, "the custody of person \(index + 1) in 'people' lists \(entries(given.count)) but \(source) has \(entries(periods)); give each period's place in the same order")
                        }
                        for (index, (given, decisions)) in zip(translation.decisionTexts, original.decisions).enumerated() where !given.isEmpty && given.count != decisions {
                            problems.error(position, "the decisions of person \(index + 1) in 'people' list \(entries(given.count)) but \(source) has \(entries(decisions)); give each decision's note in the same order")
                        }
                    }
                }
            }
            return (problems.hasErrors ? nil : original, problems.items)
        }
        return (checked.map(\.0), checked.flatMap(\.1))
    }

    static func entries(_ count: Int) -> String {
        count == 1 ? "1 entry" : "\(count) entries"
    }

    /// The translations that are shown: without errors, of a file that is published.
    static func gather(_ content: ParsedContent, usable: [Original?], bodies: [String], includeDrafts: Bool) -> Translations {
        var translations = Translations()
        for (index, parsed) in content.translations.enumerated() {
            guard let original = usable[index], !original.draft || includeDrafts else { continue }
            let info = parsed.translation.info
            translations.byLanguage[parsed.translation.language, default: [:]][info.kind, default: [:]][info.id] =
                LinkedTranslation(translation: parsed.translation, bodyHTML: bodies[index])
        }
        return translations
    }
}
