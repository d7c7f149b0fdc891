import Foundation

/// The theme as the load stage reads it: the text of every template (`*.mustache`, in
/// sub-folders too, outside `assets/`) and the assets to publish. Reading follows the rules
/// of `StaticTree`: a template that is a FIFO, a folder, a dangling link or a link out of the
/// templates folder, and any folder that cannot be read, is an error with its reason, never
/// a template silently missing and never a build that waits forever.
struct ThemeFiles {
    /// Paths relative to the templates folder (`partials/header.mustache`), sorted.
    var templates: [(path: String, data: Data)] = []
    var assets: [StaticFile] = []
    var diagnostics: [Diagnostic] = []
    /// Templates there but not readable (`partials/header`): they exist, so they are not
    /// reported missing as well.
    var unreadable: Set<String> = []

    /// Nil when there is nothing at all at `directory`.
    static func read(_ directory: URL, displayName: String) -> ThemeFiles? {
        guard StaticTree.ownType(directory.path) != nil else { return nil }
        var theme = ThemeFiles()
        var tree = StaticTree(allowed: directory.path, root: "", displayName: displayName,
                              allowedName: "templates", copyInto: "the templates folder")
        tree.fileNames = { $0.hasSuffix(".mustache") }
        tree.skippedAtTop = ["assets"]
        let (templates, problems) = tree.walk()
        theme.diagnostics = problems
        for template in templates {
            switch FileBytes.contents(of: template.source, limit: Int.max) {
            case .bytes(let bytes): theme.templates.append((template.path, Data(bytes)))
            case .unreadable(let problem):
                theme.diagnostics.append(Diagnostic(.error, tree.display(template.path), .start, problem.description, isIO: true))
            case .tooLarge: break  // no limit
            }
        }
        let prefix = displayName + "/"
        for problem in theme.diagnostics where problem.file.hasPrefix(prefix) && problem.file.hasSuffix(".mustache") {
            theme.unreadable.insert(String(problem.file.dropFirst(prefix.count).dropLast(".mustache".count)))
        }
        // The folder's own problem is said once, by the templates' walk.
        if problems.contains(where: { $0.file == displayName }) { return theme }
        let (assets, assetProblems) = StaticTree.assets(templates: directory.path, displayName: displayName).walk()
        theme.assets = assets
        theme.diagnostics += assetProblems
        return theme
    }
}
