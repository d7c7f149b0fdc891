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
        let title: String
        switch redirect.kind {
        case .cases: title = archive.caseRecord(redirect.to)?.record.title ?? redirect.to
        case .people: title = archive.person(redirect.to)?.record.name ?? redirect.to
        case .organizations: title = archive.organization(redirect.to)?.record.name ?? redirect.to
        case .pages: title = archive.pages.first { $0.record.id == redirect.to }?.record.title ?? redirect.to
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
