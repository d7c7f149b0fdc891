/// A translation's file name whose id or language breaks the rule: `mаmay-2022.en.md` with
/// a Cyrillic "а", `usenov-2024.еn.md` with a Cyrillic "е", `ura-ata.кк.md` typed on a
/// Cyrillic keyboard, `Mamay_2022.kk.md`. Read as one id, such a name was told to become
/// `mamay-2022-en.md`: renamed as told, the translation turned into a new record of its
/// own. The name suggested here keeps the language, so the file stays a translation.
enum TranslationName {
    /// The errors for `stem` (the name without `.md`) when it is `<id>.<language>` with a
    /// fixable id or language; nil when it does not look like a translation's name.
    static func problems(_ stem: String, renames: inout RenameSuggestions) -> [String]? {
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let code = languageCode(String(parts[1])), let id = validID(String(parts[0])) else { return nil }
        let wanted = "\(id).\(code).md"
        // Never a name that is there, nor one told to another file of this run.
        let advice = renames.claim(wanted) ? "rename it to '\(wanted)'"
            : renames.exists(wanted) ? "'\(wanted)' already exists: merge this file into it, then delete this one"
            : "'\(wanted)' is suggested for another file here: merge this one into that file, then delete this one"
        let findings = LookAlike.findings(in: stem)
        guard !findings.isEmpty else {
            return ["'\(LookAlike.shown(stem))' is not a valid name for a translation, which is <id>.<language>.md: "
                + "the id in lower-case ASCII letters, digits and single hyphens, and the language's two-letter code in lower-case Latin letters; \(advice)"]
        }
        return findings.map { $0.message(in: stem, fix: "\($0.advice); \(advice)") }
    }

    /// The two-letter code `written` stands for: its look-alike letters made Latin (`еn`),
    /// or its letters transliterated (`кк`, `ққ`, `RU`); nil when it is not two letters.
    static func languageCode(_ written: String) -> String? {
        let repaired = LookAlike.repaired(written)
        if isCode(repaired) { return repaired }
        // Kazakh "қ" is a "k" here (its id spelling is "q": no language code has one).
        let latin = Identifier.slug(repaired.replacingOccurrences(of: "қ", with: "к").replacingOccurrences(of: "Қ", with: "К"))
        return isCode(latin) ? latin : nil
    }

    /// The id `written` should be: itself with look-alike letters made Latin, else its slug.
    static func validID(_ written: String) -> String? {
        let repaired = LookAlike.repaired(written)
        if Identifier.isValid(repaired) { return repaired }
        let slug = Identifier.slug(repaired)
        return slug.isEmpty ? nil : slug
    }

    /// A translation's name whose language is written another way (`x.RU.md`, `x.rus.md`):
    /// the load stage tells it the name to take, `x.ru.md`, before site.yml is read.
    struct Misnamed: Sendable, Hashable {
        let written: String, code: String, id: String
        /// The file in the default language, `x.md`, is there.
        let originalExists: Bool
    }

    /// The load stage's messages, with those about a language that is the site's default told
    /// again: `x.RU.md` renamed `x.ru.md` as told was an error again when Russian is the
    /// default, a translation into the language of the file it translates.
    static func defaultLanguage(_ diagnostics: [Diagnostic], misnamed: [String: Misnamed], site: SiteConfig) -> [Diagnostic] {
        guard !misnamed.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard diagnostic.severity == .error, let name = misnamed[diagnostic.file], name.code == site.defaultLanguage else { return diagnostic }
            var told = diagnostic
            told.message = name.originalExists
                ? "'\(name.written)' is '\(name.code)', the site's default language, which \(name.id).md is written in; a translation is into another of the site's languages, named <id>.<language>.md with the language's two-letter code in lower case: rename or remove this file"
                : "'\(name.written)' is '\(name.code)', the site's default language, whose files have no language in their name: rename this file to \(name.id).md"
            return told
        }
    }

    static func isCode(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }
}
