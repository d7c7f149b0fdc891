/// `check --against`: a site published without `base_url` names its feed's entry ids after
/// its title (`urn:casebook:<title>:cases:x`), so a new title would make a feed reader show
/// every entry again as new. site.yml `feed_name` keeps the old name; the published
/// `cases.json` gives the title each language had, so this says what to write.
enum FeedNameCheck {
    static func problems(_ published: PublishedIDs, site: SiteConfig, file: String) -> [Diagnostic] {
        // With an address, published or now, the ids are addresses (a new base_url renews
        // them once, as data.md says); a file with no title is another site's.
        guard published.siteURL == nil, site.baseURL == nil, let publishedDefault = published.siteTitles[""] else { return [] }
        var names: [(code: String, name: String)] = []
        var changed: [(code: String, title: String, name: String)] = []
        // A language added since had no feed to keep.
        for code in site.allLanguages where code == site.defaultLanguage || published.siteLanguages.contains(code) {
            let localized = site.localized(to: code)
            let title = code == site.defaultLanguage ? publishedDefault : published.siteTitles[code] ?? publishedDefault
            let old = AtomFeed.urnName({ var old = localized; old.title = title; old.feedName = nil; return old }())
            // A language feed_name names was seen to; one whose title is as published keeps its ids.
            if localized.feedName == nil, localized.title != title, AtomFeed.urnName(localized) != old {
                changed.append((code, title, old))
                names.append((code, old))
            } else {
                names.append((code, AtomFeed.urnName(localized)))
            }
        }
        guard let first = changed.first else { return [] }
        // A plain name is the default language's; the others' need their own (each keeps its title's otherwise).
        let value = changed.allSatisfy { $0.code == site.defaultLanguage }
            ? names[0].name
            : "{" + names.map { "\($0.code): \($0.name)" }.joined(separator: ", ") + "}"
        let titles = changed.map { "'\($0.title)'" }.joined(separator: ", ")
        return [Diagnostic(.warning, file, .start,
            "the site's title is not the one published (\(titles)), and a site without 'base_url' names its feed's entry ids after its title (urn:casebook:\(first.name):…), so a feed reader would show every entry again as new: keep them with 'feed_name: \(value)' in site.yml (setting 'base_url' changes them once, for good)")]
    }
}
