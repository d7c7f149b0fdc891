/// What a page of another language says about the texts it shows untranslated: a notice in
/// the page's language, and the `lang` of each text left in the default language, so that
/// screen readers switch voice (`Untranslated`, from `Archive.localized`).
struct TranslationMarks: Sendable {
    let notice: String
    let titleLang: String?
    let summaryLang: String?
    let bodyLang: String?

    /// Nil when everything on the page is in its language.
    init?(_ untranslated: Untranslated?, words: borrowing Catalogue) {
        guard let untranslated, !untranslated.isEmpty else { return nil }
        notice = words.text(untranslated.whole ? "translation.missing" : "translation.partial")
        titleLang = untranslated.titleLang
        summaryLang = untranslated.summaryLang
        bodyLang = untranslated.bodyLang
    }

    static let fieldNames = ["translation_notice", "title_lang", "summary_lang", "body_lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "translation_notice": .string(notice)
        case "title_lang": titleLang.templateValue
        case "summary_lang": summaryLang.templateValue
        case "body_lang": bodyLang.templateValue
        default: nil
        }
    }
}
