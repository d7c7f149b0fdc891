/// The page at a former id's address (`Redirect`): a one-line script that goes on to the
/// new page with the old address's `#fragment` (a cited `#correction-2021-03-05` or
/// `#source-3` still lands on its place), a refresh to the new page for a browser without
/// JavaScript (which drops the fragment), a visible relative link for a browser that follows
/// neither, `noindex`, and with `base_url` a canonical link to the new address.
///
/// A fixed piece of HTML worded from the catalogue, not a template: it is on screen for an
/// instant, every theme (the existing ones too) gets it without a file of its own, and no
/// theme can drop the refresh, the link or `noindex` that keep an old address working.
extension SiteRenderer {
    func redirect(_ redirect: Redirect) -> [UInt8] {
        let words = items.words
        guard let to = redirect.to else {
            return Array(RedirectPage.withdrawn(language: archive.site.language, site: archive.site.title,
                                                home: redirect.relativeHome, words: words).utf8)
        }
        let title: String
        switch redirect.kind {
        case _ where redirect.facet != nil:
            title = archive.facets.first { $0.name == redirect.facet }?.values.first { $0.key == to }?.label ?? to
        case .cases: title = archive.caseRecord(to)?.record.title ?? to
        case .people: title = archive.person(to)?.record.name ?? to
        case .organizations: title = archive.organization(to)?.record.name ?? to
        case .pages: title = archive.pages.first { $0.record.id == to }?.record.title ?? to
        }
        let canonical = redirect.targetPath.flatMap(SiteURLs(base: archive.site.baseURL).absolute)
        return Array(RedirectPage.html(language: archive.site.language, title: title, target: redirect.relativeTarget,
                                       canonical: canonical, words: words).utf8)
    }
}

enum RedirectPage {
    /// The catalogue's sentence `key` with `{link}` made a link to `target` reading `title`.
    static func sentence(_ key: String, title: String, target: String, words: Catalogue) -> String {
        let escape = HTMLEscaping.escape
        let link = "<a href=\"\(escape(target))\"><bdi>\(escape(title))</bdi></a>"
        var sentence = ""
        for part in words.texts[key]?.parts ?? [.value(name: "link", form: nil)] {
            switch part {
            case .text(let text): sentence += escape(text)
            case .value(let name, _): sentence += name == "link" ? link : escape("{\(name)}")
            }
        }
        return sentence
    }

    static func head(language: String) -> String {
        let escape = HTMLEscaping.escape
        return "<!DOCTYPE html>\n<html lang=\"\(escape(language))\"\(LanguageCode.isRightToLeft(language) ? " dir=\"rtl\"" : "")>\n<head>\n<meta charset=\"utf-8\">\n"
    }

    /// A withdrawn record's address: what happened, in the site's words, and a link to the
    /// home page; no name, no id, nothing to go on to, and `noindex`.
    static func withdrawn(language: String, site: String, home: String, words: Catalogue) -> String {
        var html = head(language: language)
        html += "<title>\(HTMLEscaping.escape(words.text("renamed.withdrawn_title")))</title>\n"
        html += "<meta name=\"robots\" content=\"noindex\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n"
        html += "<body>\n<p>\(sentence("renamed.withdrawn", title: site, target: home, words: words))</p>\n</body>\n</html>\n"
        return html
    }

    static func html(language: String, title: String, target: String, canonical: String?, words: Catalogue) -> String {
        let escape = HTMLEscaping.escape
        let sentence = sentence("renamed.moved", title: title, target: target, words: words)
        var html = head(language: language)
        html += "<title>\(escape(words.text("renamed.title", ["title": BidiText.isolated(title)])))</title>\n"
        html += "<meta name=\"robots\" content=\"noindex\">\n"
        html += script(target: target)
        html += "<meta http-equiv=\"refresh\" content=\"0; url=\(escape(target))\">\n"
        if let canonical { html += "<link rel=\"canonical\" href=\"\(escape(canonical))\">\n" }
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n"
        html += "<body>\n<p>\(sentence)</p>\n</body>\n</html>\n"
        return html
    }

    /// `location.replace` to the relative target with the reader's `#fragment`: relative, so it
    /// works opened from disk and under any path prefix; `replace`, so Back skips the old
    /// address. The target is `../<id>/index.html` (ids need no escaping); anything else a
    /// string in a script could end with is escaped all the same.
    static func script(target: String) -> String {
        var quoted = ""
        for scalar in target.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "/", "-", "_": quoted.unicodeScalars.append(scalar)
            default: quoted += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return "<script>location.replace(\"\(quoted)\" + location.hash)</script>\n"
    }
}
