/// What only rendering finds in a theme's own templates: a page past the renderer's budget, a
/// group or list printed whole (`Theme.renderProblems`). `check` renders every page for them,
/// writing nothing, so that it finds what `build` would. The built-in templates cannot fail
/// this way (the tests render them), so a site whose templates are all the built-in ones
/// (none in the folder, or copies as `theme export` writes them) is not rendered: `check`
/// stays as fast as before for it.
enum ThemeRenderCheck {
    /// Whether the theme folder gives a template that differs from the built-in one.
    static func needed(_ theme: Theme) -> Bool {
        !theme.changedTemplates.isEmpty
    }

    /// The errors `build` would give as it renders `archive`, in every language of the site.
    static func problems(_ archive: Archive, theme: Theme, includeDrafts: Bool) -> [Diagnostic] {
        let archives = SiteRendering.languages(of: archive)
        let plan = SitePlan(archives: archives, copies: [], theme: theme)
        let rendering = SiteRendering(archives: archives, plan: plan, theme: theme, includeDrafts: includeDrafts)
        do {
            // Each file is dropped as soon as it is made: only what rendering found is kept.
            _ = try rendering.renderAll { _, _ in }
        } catch {
            // Only writing throws, and nothing is written.
        }
        return theme.renderProblems()
    }
}
