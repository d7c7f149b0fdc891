import Foundation

/// casebook's default theme as the binary carries it: every file of the repository's
/// `templates/` (templates, partials, assets and word catalogues), so an archive needs no
/// templates folder, and one that has one overrides the default file by file (`ThemeFiles`).
/// The texts are generated from `templates/` (`scripts/builtin-theme.py`; the catalogues are
/// `BuiltInCatalogue`'s) and `BuiltInThemeTests` holds the two equal. Nothing here is parsed
/// until a build asks for it: the literals are constants of the binary.
public enum BuiltInTheme {
    /// How the built-in files are named in messages (`built-in theme/case.mustache`).
    public static let displayName = "built-in theme"

    /// Every file of the default theme, paths relative to the templates folder, sorted.
    public static var files: [(path: String, text: String)] {
        (generated + [("i18n/en.yml", BuiltInCatalogue.text), ("i18n/kk.yml", BuiltInCatalogue.kazakh),
                      ("i18n/ru.yml", BuiltInCatalogue.russian)]).sorted { $0.path < $1.path }
    }

    /// The templates (`partials/header.mustache`) with their bytes.
    static var templates: [(path: String, data: Data)] {
        generated.filter { $0.path.hasSuffix(".mustache") }.map { ($0.path, Data($0.text.utf8)) }
    }

    /// The assets, published from their bytes (`assets/style.css`).
    static var assets: [StaticFile] {
        generated.filter { $0.path.hasPrefix("assets/") }
            .map { StaticFile(path: $0.path, contents: Array($0.text.utf8), shownAs: "\(displayName)/\($0.path)") }
    }

    /// The bytes of one asset by its path in the site (`assets/style.css`), for the dev server.
    static func asset(at path: String) -> [UInt8]? {
        guard path.hasPrefix("assets/") else { return nil }
        return generated.first { $0.path == path }.map { Array($0.text.utf8) }
    }
}
