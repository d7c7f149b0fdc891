/// The site.yml `casebook init` writes: every setting explained in comments (English, as the
/// docs are), the texts and the vocabularies' labels in the archive's languages. One
/// language gives plain texts; several give a text per language, the default first, and
/// `places` with the example region's other spellings.
enum InitSettings {
    /// The vocabularies init writes and the keys of each, with what their comments say.
    static let vocabularies: [(name: String, comment: String?, keys: [String])] = [
        ("statuses", nil, ["investigation", "detained", "trial", "sentenced", "appeal", "serving", "released", "acquitted", "closed"]),
        ("roles", "# A person's role in a case; 'defendant' must stay (the counts rely on it).", ["defendant", "witness", "lawyer"]),
        ("event_types", "# 'update' is the event `casebook import` writes at a case's latest date, from open data.",
         ["detention", "search", "charge", "restraint", "trial", "verdict", "appeal", "release", "update"]),
        ("sentence_types", nil, ["imprisonment", "freedom-limitation", "suspended", "fine", "community-work"]),
        ("organization_kinds", "# 'court' must stay: a case's court is an organization of this kind.", ["party", "movement", "court", "media", "ngo"]),
    ]

    static func siteYAML(languages: [String]) -> String {
        let several = languages.count > 1
        func texts(_ text: (InitTexts) -> String) -> [(String, String)] { languages.map { ($0, text(InitTexts.of($0))) } }
        /// `key: text`, or `key:` and a line per language.
        func setting(_ key: String, _ text: (InitTexts) -> String, indent: String = "") -> String {
            let all = texts(text)
            guard several else { return "\(indent)\(key): \(all[0].1)" }
            return (["\(indent)\(key):"] + all.map { "\(indent)  \($0): \($1)" }).joined(separator: "\n")
        }
        var lines = [
            "# The archive's settings and vocabularies (docs/content.md, \"site.yml\").",
            "# Every key is optional except title; the values below are examples to change.",
            "",
            "# The archive's name, in the header, the footer and every page's title.",
            setting("title", \.title),
            "# One sentence: the home page's lede and the pages' description for search engines.",
            setting("description", \.description),
            "# The address the site is published at, with its path. Feeds, the sitemap, canonical",
            "# links and citations need it; without it they are left out. See docs/deploying.md.",
            "# base_url: https://example.org/archive/",
            "# The language of the pages (en, ru, kk...). For a site in several languages, list them,",
            "# the default first, and translate files as <id>.<lang>.md (docs/content.md, \"Languages\").",
        ]
        lines += several ? ["languages: [\(languages.joined(separator: ", "))]"]
                         : ["language: \(languages[0])", "# languages: [en, ru, kk]"]
        lines += [
            "# The licence of the open data, in words.",
            "licence: CC BY 4.0",
            "# false leaves the list of changes (from git) out of the pages; their dates stay.",
            "history: true",
            "# Items per page of a long list.",
            "page_size: 100",
            "",
            "# Vocabularies: key: Label. Keys become addresses (statuses/detained/), so use",
            "# lower-case letters, digits and dashes; change the labels freely. Files use the keys.",
        ]
        for vocabulary in vocabularies {
            if let comment = vocabulary.comment { lines.append(comment) }
            let labels = languages.map { code in (code, label(vocabulary.name, code)) }
            if several {
                lines.append("\(vocabulary.name):")
                lines += vocabulary.keys.map { key in
                    "  \(key): {" + labels.map { "\($0): \(flow($1[key] ?? key))" }.joined(separator: ", ") + "}"
                }
            } else {
                lines.append("\(vocabulary.name): {" + vocabulary.keys.map { "\($0): \(flow(labels[0].1[$0] ?? $0))" }.joined(separator: ", ") + "}")
            }
        }
        lines += [
            "",
            "# The charges cases may cite: the article of the law and its name.",
            "charges:",
            "  example-article:",
            setting("label", \.chargeLabel, indent: "    "),
            setting("law", \.chargeLaw, indent: "    "),
        ]
        if several {
            let region = InitTexts.of(languages[0]).region
            lines += ["# How the other languages spell each region and city, by its spelling in the files.",
                      "places:",
                      "  \(region): {" + languages.dropFirst().map { "\($0): \(flow(InitTexts.of($0).region))" }.joined(separator: ", ") + "}"]
        }
        lines += [
            "",
            "# More settings: affiliations, document_kinds, custody_kinds, decision_kinds,",
            "# decision_outcomes, places, tags, as_of, stale_after_months, keep_image_metadata,",
            "# max_file_kb, unsafe_html (publishes raw HTML in bodies unchecked: only with",
            "# trusted editors): see docs/content.md, \"site.yml\".",
            "",
            "# Addresses that must keep working (docs/content.md): the ids of records taken out on",
            "# purpose, and the old keys of renamed statuses, charges, regions and tags.",
            "# withdrawn: {cases: [old-case-id]}",
            "# former_keys: {tags: {old-tag: new-tag}}",
            "# Without base_url, the feed's entry ids are named after the title: before changing",
            "# the title, keep them with its old name (check --against gives it).",
            "# feed_name: old-title-as-an-id",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The built-in labels of a vocabulary in one language (`update` has none built in).
    static func label(_ vocabulary: String, _ code: String) -> [String: String] {
        let table: [String: [(String, String)]] = switch vocabulary {
        case "statuses": SiteConfig.Defaults.statusLabels
        case "roles": SiteConfig.Defaults.roleLabels
        case "event_types": SiteConfig.Defaults.eventTypeLabels
        case "sentence_types": SiteConfig.Defaults.sentenceTypeLabels
        default: SiteConfig.Defaults.organizationKindLabels
        }
        var labels = Dictionary(uniqueKeysWithValues: table[code] ?? table["en"]!)
        if vocabulary == "event_types" { labels["update"] = InitTexts.of(code).update }
        return labels
    }

    /// A label as a value of a flow mapping: quoted when it holds a character that would end it.
    static func flow(_ text: String) -> String {
        guard text.contains(where: { ",[]{}:#\"'".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
