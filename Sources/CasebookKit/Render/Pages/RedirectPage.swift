/// The page at a former id's address (`Redirect`): a refresh to the new page at once, a
/// visible relative link for a browser that does not follow it, `noindex`, and with
/// `base_url` a canonical link to the new address.
///
/// A fixed piece of HTML worded from the catalogue, not a template: it is on screen for an
/// instant, every theme (the existing ones too) gets it without a file of its own, and no
/// theme can drop the refresh, the link or `noindex` that keep an old address working.
extension SiteRenderer {
    func redirect(_ redirect: Redirect) -> [UInt8] {
        let words = items.words
        let title: String
        switch redirect.kind {
        case .cases: title = archive.caseRecord(redirect.to)?.record.title ?? redirect.to
        case .people: title = archive.person(redirect.to)?.record.name ?? redirect.to
        case .organizations: title = archive.organization(redirect.to)?.record.name ?? redirect.to
        case .pages: title = redirect.to
        }
        let canonical = SiteURLs(base: archive.site.baseURL).absolute(SitePaths.page(redirect.kind, redirect.to))
        return Array(RedirectPage.html(language: archive.site.language, title: title, target: redirect.relativeTarget,
                                       canonical: canonical, words: words).utf8)
    }
}

enum RedirectPage {
    static func html(language: String, title: String, target: String, canonical: String?, words: Catalogue) -> String {
        let escape = HTMLEscaping.escape
        let link = "<a href=\"\(escape(target))\"><bdi>\(escape(title))</bdi></a>"
        var sentence = ""
        for part in words.texts["renamed.moved"]?.parts ?? [.value(name: "link", form: nil)] {
            switch part {
            case .text(let text): sentence += escape(text)
            case .value(let name, _): sentence += name == "link" ? link : escape("{\(name)}")
            }
        }
        var html = "<!DOCTYPE html>\n<html lang=\"\(escape(language))\"\(LanguageCode.isRightToLeft(language) ? " dir=\"rtl\"" : "")>\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<title>\(escape(words.text("renamed.title", ["title": BidiText.isolated(title)])))</title>\n"
        html += "<meta name=\"robots\" content=\"noindex\">\n"
        html += "<meta http-equiv=\"refresh\" content=\"0; url=\(escape(target))\">\n"
        if let canonical { html += "<link rel=\"canonical\" href=\"\(escape(canonical))\">\n" }
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n"
        html += "<body>\n<p>\(sentence)</p>\n</body>\n</html>\n"
        return html
    }
}
