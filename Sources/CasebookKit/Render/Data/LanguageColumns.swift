/// The open data's texts in the site's other languages. The files stay one set, in the
/// default language; each text a translation can give gets, per other language of the
/// site, a column or key named `<name>_<language>` (`case_title_ru`, `name_kk`) holding
/// the translation's text: empty in CSV, null in JSON where there is none. A site of one
/// language gets none, so its files stay as they were.
struct LanguageColumns: Sendable {
    /// The site's languages after the default, in site.yml's order.
    let languages: [String]
    let translations: Translations

    init(archive: Archive) {
        languages = Array(archive.site.languages.dropFirst())
        translations = archive.translations
    }

    /// One translatable text of a table: its column's name and how to read it from a row's
    /// translation into a language.
    struct Text<Row>: Sendable {
        let name: String
        let description: String
        let value: @Sendable (Row, _ language: String) -> String?
    }

    /// The translation of one file into `language`, if there is one.
    func translation(_ kind: ContentKind, _ id: String, _ language: String) -> LinkedTranslation? {
        translations.translation(kind, id, in: language)
    }

    /// The translations of one file into each other language, in `languages`' order.
    func translations(_ kind: ContentKind, _ id: String) -> [LinkedTranslation?] {
        languages.map { translation(kind, id, $0) }
    }

    /// The columns added after a table's own: every text in the first other language, then
    /// every text in the next, so a language added to the site only adds columns at the end.
    func csvColumns<Row>(_ texts: [Text<Row>]) -> [CSVColumn<Row>] {
        languages.flatMap { language in
            texts.map { text in
                CSVColumn("\(text.name)_\(language)", "\(text.description), in the language \(language); empty where not translated") {
                    text.value($0, language) ?? ""
                }
            }
        }
    }

    /// Puts after the member `key` of `members` its text in each other language (`title`,
    /// `title_ru`, `title_kk`), read from `translations` (one per language, as
    /// `translations(_:_:)` gives). Nothing to do, and nothing allocated, on a site of one
    /// language.
    func add(_ key: String, _ translations: [LinkedTranslation?], to members: inout [(String, JSON)],
             _ text: (Translation) -> String?) {
        guard !languages.isEmpty, let position = members.firstIndex(where: { $0.0 == key }) else { return }
        members.insert(contentsOf: zip(languages, translations).map { language, translation in
            ("\(key)_\(language)", JSON.text(translation.flatMap { text($0.translation) }))
        }, at: position + 1)
    }

    /// The added keys of `cases.json`'s cases, as the data page names them (`people.name_ru`
    /// for the `name_ru` of each person), language by language.
    var jsonKeys: [String] {
        languages.flatMap { language in CasesJSON.translatedKeys.map { "\($0)_\(language)" } }
    }
}

extension Array {
    /// The element at `index` of a list a translation gives by position (`[String?]`), nil
    /// past its end.
    func element<Wrapped>(_ index: Int) -> Wrapped? where Element == Wrapped? {
        indices.contains(index) ? self[index] : nil
    }
}
