import Foundation

/// The theme as the load stage reads it: the text of every template (`*.mustache`, in
/// sub-folders too, outside `assets/`), the word catalogues (`i18n/*.yml`) and the assets
/// to publish. Reading follows the rules
/// of `StaticTree`: a template that is a FIFO, a folder, a dangling link or a link out of the
/// templates folder, and any folder that cannot be read, is an error with its reason, never
/// a template silently missing and never a build that waits forever.
///
/// The folder overrides the built-in theme (`BuiltInTheme`) file by file: a template or an
/// asset it does not have is the built-in one, and a missing folder is the built-in theme
/// whole, unless the folder was named (`--templates`), where it is an error (a typo must not
/// quietly give the default look). The catalogues are not filled in: `Theme.words` falls back
/// to the built-in ones.
struct ThemeFiles {
    /// Paths relative to the templates folder (`partials/header.mustache`), sorted.
    var templates: [(path: String, data: Data)] = []
    /// Word catalogues by language (`en` for `i18n/en.yml`), with their paths.
    var catalogues: [(language: String, path: String, data: Data)] = []
    var assets: [StaticFile] = []
    /// The bytes of the folder's own assets, read once with the theme (`keepAssetBytes`, the
    /// dev server): what the theme's checks judge is then what is served, until the next read.
    var assetBytes: [String: [UInt8]] = [:]
    var diagnostics: [Diagnostic] = []
    /// Catalogues named so that no language finds them (`i18n/ru.yaml`, `i18n/RU.yml`).
    var warnings: [Diagnostic] = []
    /// Templates that are there but could not be read (`partials/header`), or may be inside a
    /// folder that could not be: already reported, so not reported missing as well.
    var unreadable: Set<String> = []
    /// The templates folder itself is missing or unusable: nothing else is said.
    var folderProblem: Diagnostic?
    /// The templates taken from the built-in theme (`partials/header.mustache`).
    var builtIn: Set<String> = []

    static let missingFolder = "templates folder not found; check the --templates path, or leave the option out for templates/ if there is one, else the built-in theme"

    /// How messages name a template of this theme: in the folder, or built in.
    static func file(_ path: String, displayName: String, builtIn: Set<String>) -> String {
        "\(builtIn.contains(path) ? BuiltInTheme.displayName : displayName)/\(path)"
    }

    /// `required`: the folder was named (`--templates`), so a missing one is an error.
    /// `keepAssetBytes`: read the own assets' bytes too (`assetBytes`).
    static func read(_ directory: URL, displayName: String, required: Bool = false, keepAssetBytes: Bool = false) -> ThemeFiles {
        var theme = ThemeFiles()
        guard StaticTree.ownType(directory.path) != nil else {
            if required {
                theme.folderProblem = Diagnostic(.error, displayName, .start, missingFolder, isIO: true)
            } else {
                theme.addBuiltIn()
            }
            return theme
        }
        var tree = StaticTree(allowed: directory.path, root: "", displayName: displayName,
                              allowedName: "templates", copyInto: "the templates folder")
        tree.fileNames = { $0.hasSuffix(".mustache") || $0.hasSuffix(".yml") }
        tree.skippedAtTop = ["assets"]
        let (templates, problems) = tree.walk()
        if let own = problems.first(where: { $0.file == displayName }) {
            theme.folderProblem = own
            return theme
        }
        theme.diagnostics = problems
        for template in templates {
            let read = FileBytes.contents(of: template.source, limit: Int.max)
            // A merge git left unfinished would put its markers and both versions on every
            // page; a catalogue holding one is not read (libyaml would only trip on a colon).
            var conflicted = false
            if case .bytes(let bytes) = read, let conflict = bytes.withUnsafeBufferPointer(ConflictMarkers.find) {
                theme.diagnostics.append(Diagnostic(.error, tree.display(template.path), SourcePosition(line: conflict.line, column: 1),
                                                    ConflictMarkers.message(conflict)))
                conflicted = true
            }
            switch read {
            case .bytes(let bytes) where template.path.hasSuffix(".mustache"):
                theme.templates.append((template.path, Data(bytes)))
            case .bytes(let bytes):
                // Only i18n/<language>.yml means anything; other YAML files are the theme's own.
                guard template.path.hasPrefix("i18n/"), !template.path.dropFirst(5).contains("/"), !conflicted else { continue }
                theme.catalogues.append((String(template.path.dropFirst(5).dropLast(4)), template.path, Data(bytes)))
            case .unreadable(let problem):
                theme.diagnostics.append(Diagnostic(.error, tree.display(template.path), .start, problem.description, isIO: true))
            case .tooLarge: break  // no limit
            }
        }
        theme.warnings = misnamedCatalogues(in: directory, displayName: displayName)
        theme.unreadable = unreadableNames(theme.diagnostics, displayName: displayName, templates: theme.templates)
        let (assets, assetProblems) = StaticTree.assets(templates: directory.path, displayName: displayName).walk()
        theme.assets = assets
        theme.diagnostics += assetProblems
        if keepAssetBytes {
            for asset in assets where keptWhole(asset.source) {
                // One that cannot be read is not served, as the build cannot copy it.
                if case .bytes(let bytes) = FileBytes.contents(of: asset.source, limit: MediaImages.readLimit) { theme.assetBytes[asset.path] = bytes }
            }
        }
        theme.addBuiltIn()
        return theme
    }

    /// Whether the dev server keeps an asset's bytes as read: a file under `LargeFile.threshold`,
    /// or a JPEG, PNG, WebP or GIF up to `MediaImages.readLimit`, whose metadata is left out of
    /// what is served. Any larger file (a 2 GB video among the assets was read whole, and again
    /// at each change of the theme) is served from disk in pieces (`StaticFiles.largeFile`);
    /// an image over the limit is not served, an error as in a build.
    static func keptWhole(_ source: String) -> Bool {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { return true }  // its problem told as it is read
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) >= LargeFile.threshold else { return true }
        guard Int(info.st_size) <= MediaImages.readLimit,
              case .success(let head) = MediaImages.readHead(input, ImageMetadata.signatureLength) else { return false }
        return ImageMetadata.format(of: head) != nil
    }

    /// The built-in templates and assets the folder does not give, sorted with its own; a
    /// template the folder has but could not read is not replaced (its problem is reported).
    mutating func addBuiltIn() {
        let own = Set(templates.map(\.path)).union(unreadable.map { $0 + ".mustache" })
        let added = BuiltInTheme.templates.filter { !own.contains($0.path) }
        builtIn = Set(added.map(\.path))
        templates = (templates + added).sorted { $0.path < $1.path }
        let ownAssets = Set(assets.map(\.path))
        assets = (assets + BuiltInTheme.assets.filter { !ownAssets.contains($0.path) }).sorted { $0.path < $1.path }
    }

    /// A file of `i18n/` that looks like a catalogue but is not `<language>.yml` with the
    /// language in lower case: the site's language would never find it, so its words would
    /// quietly not be used. (A region stays as written: `ru-KZ.yml`.)
    static func misnamedCatalogues(in directory: URL, displayName: String) -> [Diagnostic] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("i18n").path)) ?? []
        return names.sorted().compactMap { name in
            let lower = name.lowercased()
            // One dot only: `ru.old.yml` is a copy put aside, not a catalogue misnamed.
            guard !name.hasPrefix("."), name.count(where: { $0 == "." }) == 1,
                  lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") else { return nil }
            let stem = name.prefix { $0 != "." }
            let primary = stem.prefix { $0 != "-" && $0 != "_" }
            let wanted = primary.lowercased() + stem.dropFirst(primary.count) + ".yml"
            guard wanted != name else { return nil }
            let rule = lower.hasSuffix(".yml") ? "with the language in lower case" : "ending in .yml"
            return Diagnostic(.warning, "\(displayName)/i18n/\(name)", .start,
                "this word catalogue is not used: casebook reads i18n/<language>.yml, \(rule); rename it i18n/\(wanted)")
        }
    }

    /// The template names the problems account for: each refused template, and for a folder
    /// that could not be read, the required templates and the partials used from inside it.
    static func unreadableNames(_ problems: [Diagnostic], displayName: String,
                                templates: [(path: String, data: Data)]) -> Set<String> {
        let prefix = displayName + "/"
        var names: Set<String> = []
        var folders: [String] = []
        for problem in problems where problem.file.hasPrefix(prefix) {
            let path = String(problem.file.dropFirst(prefix.count))
            if path.hasSuffix(".mustache") {
                names.insert(String(path.dropLast(".mustache".count)))
            } else {
                folders.append(path + "/")
            }
        }
        guard !folders.isEmpty else { return names }
        func inside(_ name: String) -> Bool { folders.contains { name.hasPrefix($0) } }
        names.formUnion(Theme.requiredTemplates.filter(inside))
        for template in templates {
            // A template that does not parse is reported by the theme's own checks.
            let used = (try? TemplateOutline.read(String(decoding: template.data, as: UTF8.self)))?.references.map(\.name) ?? []
            names.formUnion(used.filter(inside))
        }
        return names
    }
}
