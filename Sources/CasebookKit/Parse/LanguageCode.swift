/// The language codes of site.yml `languages` and of translation files (`x.ru.md`):
/// two lower-case letters of ISO 639-1. Not looked up in the standard: any such pair is a
/// code; a mistake gets the code it most likely meant.
enum LanguageCode {
    /// The primary subtag of a language tag, in lower case: `ru` for `ru-KZ` or `ru_KZ`,
    /// what casebook's own words and orders are chosen by.
    static func primary(_ tag: String) -> String {
        String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    /// Languages written from right to left (Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi,
    /// Uyghur, Yiddish, Dhivehi, Hebrew's old code): their pages need `dir="rtl"`.
    static func isRightToLeft(_ tag: String) -> Bool {
        ["ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"].contains(primary(tag))
    }

    static func isValid(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// The code meant by `english`, `RU`, `en-US` or `en_GB`, or by a country code often
    /// taken for its language (`kz` for Kazakh, `ua` for Ukrainian); nil when it cannot be told.
    static func suggestion(for written: String) -> String? {
        let lower = written.trimmingSpaces.lowercased()
        if let code = LanguageTag.names[lower] { return code }
        if let code = countryCodes[lower] ?? threeLetter[lower] { return code }
        // `кк` typed on a Cyrillic keyboard, `еn` with a Cyrillic "е": the code it reads as.
        if !lower.utf8.allSatisfy({ $0 < 0x80 }), let read = TranslationName.languageCode(lower) { return countryCodes[read] ?? read }
        let primary = String(lower.prefix { $0 != "-" && $0 != "_" })
        guard isValid(primary), primary.count == lower.count || LanguageTag.isValid(written.replacingOccurrences(of: "_", with: "-")) else {
            return nil
        }
        return countryCodes[primary] ?? (primary == written ? nil : primary)
    }

    /// " in Latin letters" after a code suggested for one typed in Cyrillic: "did you mean
    /// 'kk'?" for 'кк' would show the same letters twice.
    static func inLatin(_ written: String) -> String {
        written.utf8.allSatisfy { $0 < 0x80 } ? "" : " in Latin letters"
    }

    /// ISO 639-2 codes of the region's languages, written where the two-letter code was meant.
    static let threeLetter = ["rus": "ru", "kaz": "kk", "eng": "en", "kir": "ky", "uzb": "uz", "ukr": "uk", "bel": "be", "tgk": "tg", "tuk": "tk"]

    /// Country codes written where the language's code was meant; none is a language's code.
    static let countryCodes = ["kz": "kk", "ua": "uk", "by": "be", "kg": "ky", "tj": "tg", "cn": "zh",
                               "jp": "ja", "gr": "el", "dk": "da", "cz": "cs", "ge": "ka"]

    /// The nearest of `codes` to a code that is not among them: what it stands for when
    /// that is listed, else one letter off (any two codes are two letters apart at most,
    /// so the usual suggestion would always find one).
    static func nearest(to written: String, in codes: [String]) -> String? {
        if let meant = suggestion(for: written), codes.contains(meant) { return meant }
        let target = Array(written.lowercased().unicodeScalars)
        return codes.first { Suggestion.editDistance(target, Array($0.unicodeScalars)) <= 1 }
    }

    /// The message for a language a site.yml map or a translation file uses that the site
    /// does not list, with what to do: the language meant, or how to add it.
    static func unlisted(_ code: String, site: SiteConfig, remedy: String = "remove this text") -> String {
        let all = site.allLanguages
        guard isValid(code) else {
            if let near = nearest(to: code, in: all) { return "'\(code)' is not a language code; did you mean '\(near)'\(inLatin(code))?" }
            let form = all.map { "\($0): ..." }.joined(separator: ", ")
            return "'\(code)' is not a language code; a text per language is written {\(form)}"
        }
        guard all.count > 1 else {
            // `kz` for `kk`: the language meant, not a second language made of the slip.
            if let near = nearest(to: code, in: all), suggestion(for: code) == near {
                return "'\(code)' is not the site's language ('\(site.defaultLanguage)'); did you mean '\(near)'?"
            }
            return "'\(code)' is not the site's language ('\(site.defaultLanguage)'); to publish in more languages, add `languages: [\(site.defaultLanguage), \(code)]` to site.yml"
        }
        let list = all.joined(separator: ", ")
        if let near = nearest(to: code, in: all) {
            return "'\(code)' is not one of the site's languages (\(list)); did you mean '\(near)'?"
        }
        return "'\(code)' is not one of the site's languages (\(list)); add it to 'languages' in site.yml, or \(remedy)"
    }

    /// The language's English name for messages ("Russian"), or its code.
    static func name(_ code: String) -> String {
        names[code] ?? code
    }

    static let names: [String: String] = {
        var names: [String: String] = [:]
        for (name, code) in LanguageTag.names { names[code] = name.prefix(1).uppercased() + name.dropFirst() }
        return names
    }()
}
