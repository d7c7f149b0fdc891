/// The members of `data/cases.json` before the cases: the site, its counts and its
/// vocabularies, so that keys can be read without site.yml.
extension CasesJSON {
    /// The members before the cases. A site of several languages adds `title_ru`,
    /// `description_ru` and `vocabularies_ru` (its labels in that language, null where
    /// site.yml gives none) for each other language.
    var header: [(String, JSON)] {
        let site = archive.site, others = languages.languages, affiliations = archive.usesAffiliationKinds
        let custody = archive.custody.recordsCustody
        return [("title", .string(site.title))] + others.map { ("title_\($0)", .text(site.translatedTitle[$0])) }
            + [("description", .text(site.description))] + others.map { ("description_\($0)", .text(site.translatedDescription[$0])) }
            + [
                ("url", .text(urls.base)),
                ("licence", .text(site.licence)),
                ("counts", .object([("prosecutions", .int(archive.cases.count)), ("persons", .int(archive.prosecutedPersonCount))])),
            ]
            + (custody ? [("as_of", .date(archive.custody.asOf?.date))] : [])
            + [("vocabularies", Self.vocabularies(site, in: nil, affiliations: affiliations, custody: custody))]
            + others.map { ("vocabularies_\($0)", Self.vocabularies(site, in: $0, affiliations: affiliations, custody: custody)) }
    }

    /// Every vocabulary's labels, in the default language (`language` nil) or in another,
    /// where a label not given in that language is null. `affiliations` only where the
    /// archive gives links kinds (`Archive.usesAffiliationKinds`), `custody_kinds` only where it
    /// records custody: other files stay as they were.
    static func vocabularies(_ site: SiteConfig, in language: String?, affiliations: Bool = false, custody: Bool = false) -> JSON {
        func labels(_ vocabulary: Vocabulary) -> JSON {
            guard let language else { return Self.vocabulary(vocabulary) }
            let own = vocabulary.translated[language] ?? [:]
            return .object(vocabulary.keys.map { ($0, .text(own[$0])) })
        }
        func charge(_ charge: Charge) -> JSON {
            guard let language else {
                return .object([("label", .string(charge.label)), ("law", .text(charge.law))]
                               + (charge.unspecified ? [("unspecified", .bool(true))] : []))
            }
            return .object([("label", .text(charge.translatedLabel[language])), ("law", .text(charge.translatedLaw[language]))])
        }
        return .object([
            ("statuses", labels(site.statuses)), ("roles", labels(site.roles)),
            ("event_types", labels(site.eventTypes)), ("sentence_types", labels(site.sentenceTypes)),
            ("organization_kinds", labels(site.organizationKinds)),
        ] + (affiliations ? [("affiliations", labels(site.affiliations))] : [])
            + (custody ? [("custody_kinds", labels(site.custodyKinds.vocabulary))] : []) + [
            ("charges", .object(site.charges.map { ($0.key, charge($0)) })),
        ])
    }

    static func vocabulary(_ vocabulary: Vocabulary) -> JSON {
        .object(vocabulary.keys.map { ($0, .string(vocabulary.label($0))) })
    }
}
