/// A country as files write it: an ISO 3166-1 alpha-2 code (`KZ`), for a person's
/// `citizenship`, a case's `country` and a charge's `country` in site.yml. Names for the reader
/// come from `CountryNames` (CLDR), in English, Russian or Kazakh, else English.
public enum Country {
    /// The 249 officially assigned codes of ISO 3166-1 (user-assigned and reserved ones, such
    /// as XK or EU, are not countries here).
    static let codes: Set<String> = Set("""
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE
        BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
        CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
        DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
        GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
        ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
        KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
        MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
        NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
        PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
        SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
        TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
        VN VU WF WS YE YT ZA ZM ZW
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Codes the standard reserves for another use that editors still write.
    static let reserved = ["UK": "GB", "EL": "GR", "SU": "RU", "YU": "RS"]

    public static func isCode(_ text: String) -> Bool { codes.contains(text) }

    /// The code an unknown text most likely means: the same letters in upper case, a reserved
    /// code's country, or a country's name in English, Russian or Kazakh (any case); else nil.
    static func suggestion(for text: String) -> String? {
        let trimmed = text.trimmingSpaces
        if codes.contains(trimmed.uppercased()) { return trimmed.uppercased() }
        if let code = reserved[trimmed.uppercased()] { return code }
        let lowered = trimmed.lowercased()
        return names.first { $0.value.contains { $0.lowercased() == lowered } }?.key
    }

    /// The message for a text that is not a code, with the likely code when there is one.
    static func problem(_ text: String, key: String) -> String {
        let hint = suggestion(for: text).map { "; did you mean '\($0)'?" } ?? "; write the country's two capital letters, like KZ"
        return "'\(text)' is not an ISO 3166-1 alpha-2 country code for '\(key)'\(hint)"
    }

    /// The country's name in a language of the site (English for a language without names).
    /// By the language's primary subtag: a site in `kk-KZ` is shown Kazakh names.
    public static func name(_ code: String, in language: String) -> String {
        guard let names = names[code] else { return code }
        switch LanguageCode.primary(language) {
        case "ru": return names[1]
        case "kk": return names[2]
        default: return names[0]
        }
    }

    /// Whether the names are in `language` itself, not English standing in for it.
    static func hasNames(in language: String) -> Bool { ["en", "ru", "kk"].contains(LanguageCode.primary(language)) }

    /// Code -> [en, ru, kk], read once from the generated table.
    static let names: [String: [String]] = {
        var names: [String: [String]] = [:]
        for line in CountryNames.table.split(separator: "\n") {
            let parts = line.split(separator: "|").map(String.init)
            names[parts[0]] = Array(parts.dropFirst())
        }
        return names
    }()
}
