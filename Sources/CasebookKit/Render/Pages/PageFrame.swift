/// What every page's context holds besides its own content: the site, the way back to the
/// root, the navigation and the page title.
struct PageFrame: Sendable {
    let site: SiteValues
    let pages: [FooterPage]
    let draftMode: Bool
    let metadata: PageMetadata
    /// The catalogue's texts, `words` in every template (`words.case.charged_under`).
    let words: WordsValue
    /// The navigation labels, from the catalogue's `nav` entries.
    let labels: [String: String]
    /// The header (one per navigation section) and footer, rendered once per build.
    var headers: [String: String] = [:]
    var footer = ""

    /// The sections of the navigation; each label is the catalogue's `nav.<key>`.
    let sections: [(key: String, path: String)]
    /// Every archive's sections; "Held now" follows People when the archive records custody.
    static let sections: [(key: String, path: String)] = [
        ("cases", SitePaths.index(.cases)),
        ("people", SitePaths.index(.people)),
        ("organizations", SitePaths.index(.organizations)),
        ("timeline", SitePaths.timeline),
        ("statistics", SitePaths.statistics),
    ]

    /// The same page in the site's other languages.
    let languages: LanguageLinks?
    /// The commit the site was built from, in this language's words.
    let build: BuildStampValue?
    /// `/corrections/`, when the plan has it.
    let correctionsHref: String?

    init(archive: Archive, draftMode: Bool, words: Catalogue, languages: LanguageLinks? = nil, correctionsPage: Bool = false) {
        self.languages = languages
        self.words = words.templateWords
        var sections = Self.sections
        if archive.custody.recordsCustody { sections.insert(("held", HeldFilter.all.path(in: archive)), at: 2) }
        self.sections = sections
        self.labels = Dictionary(uniqueKeysWithValues: sections.map { ($0.key, words.text("nav.\($0.key)")) })
        let site = archive.site, other = site.language != site.defaultLanguage
        self.site = SiteValues(title: site.title, description: site.description, language: site.language,
                               titleLang: other && site.translatedTitle[site.language] == nil ? site.defaultLanguage : nil,
                               descriptionLang: other && site.description != nil && site.translatedDescription[site.language] == nil
                                   ? site.defaultLanguage : nil)
        // corrections.md is the introduction of /corrections/, which the footer links to by its own words.
        self.pages = archive.pages.filter { !correctionsPage || $0.record.id != CorrectionsPageContext.pageID }
            .map { FooterPage(title: $0.record.title, href: SitePaths.page(.pages, $0.record.id), titleLang: $0.untranslated?.titleLang) }
        self.correctionsHref = correctionsPage ? CorrectionsPageContext.path : nil
        self.draftMode = draftMode
        self.metadata = PageMetadata(archive: archive)
        self.build = PermanenceContext(archive: archive, words: words).stamp()
    }

    /// Renders the header and footer partials once: they depend on the section only.
    mutating func renderFragments(_ theme: Theme) {
        for section in sections.map(\.key) + [""] {
            headers[section] = theme.render(shared(section: section), template: "partials/header",
                                            path: "the header of section '\(section)'")
        }
        footer = theme.render(shared(section: nil), template: "partials/footer", path: "the footer")
    }

    /// What the header and footer see: the site, the navigation, the free pages.
    func shared(section: String?) -> SharedFrame {
        SharedFrame(site: site, siteRoot: languages?.siteRoot ?? SitePaths.rootMarker, footerPages: pages,
                    nav: sections.map { NavItem(label: labels[$0.key]!, href: $0.path, current: $0.key == section) },
                    words: words, build: build, correctionsHref: correctionsHref)
    }

    /// One page in navigation section `section`; `path` (from the site root) gives the page
    /// its canonical address and `meta` values. `titleLang`: the title's language where it
    /// is not the page's and no `translation` says so (a facet page's label).
    func page(_ content: any TemplateFields, template: String, title: String?, section: String?,
              description: String? = nil, path: String, translation: TranslationMarks? = nil,
              titleLang: String? = nil) -> PageValue {
        let switcher = languages?.switcher(path) ?? []
        let siteTitle = BidiText.isolated(site.title)
        var meta = metadata.values(path: path, title: title, description: description ?? site.description)
        // The texts left in the default language say so, as on the page: the title or summary
        // of an untranslated record, else site.yml's title or description.
        meta.titleLang = title == nil ? site.titleLang : translation?.titleLang ?? titleLang
        meta.descriptionLang = description == nil ? site.descriptionLang : translation?.summaryLang
        meta.siteNameLang = site.titleLang
        var page = PageValue(
            path: path, template: template, shared: shared(section: section),
            pageTitle: title.map { "\(BidiText.isolated($0)) · \(siteTitle)" } ?? siteTitle,
            metaDescription: description ?? site.description,
            meta: meta,
            fragments: Fragments(header: headers[section ?? ""] ?? "", footer: footer),
            draftMode: draftMode, languages: switcher, alternates: languages?.alternates(switcher) ?? [],
            translation: translation, content: content)
        page.pageTitleLang = meta.titleLang == site.titleLang ? site.titleLang : nil
        return page
    }
}
