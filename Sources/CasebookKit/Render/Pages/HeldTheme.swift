extension Theme {
    /// The `held` template is needed only by an archive that records custody, so a theme
    /// made before it existed still builds every other archive.
    func custodyProblems(_ archive: Archive, displayName: String) -> [Diagnostic] {
        guard archive.custody.recordsCustody, library.getTemplate(named: "held") == nil else { return [] }
        return [Diagnostic(.error, "\(displayName)/held.mustache", .start,
            "the theme has no 'held' template, which the build needs for an archive that records custody (the list of people held now); copy held.mustache from casebook's default templates")]
    }
}
